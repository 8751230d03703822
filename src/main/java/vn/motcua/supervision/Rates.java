package vn.motcua.supervision;

/** Small arithmetic shared by the KPIs, kept here so SQL and Java agree on one definition. */
final class Rates {

    private Rates() {
    }

    /** part ÷ whole in percent, or null when there is nothing to divide (shown as "—", not 0%). */
    static Double percent(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }
}
