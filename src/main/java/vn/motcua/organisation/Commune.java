package vn.motcua.organisation;

/**
 * A commune of the province (national administrative-unit code and name).
 *
 * @param remote mountainous, island, remote or difficult: its files get the table's extra days
 * @param remoteSource the list that classes it so
 */
public record Commune(String code, String name, boolean remote, String remoteSource) {
}
