package vn.motcua.search;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.SearchKeys;
import vn.motcua.organisation.Agency;
import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.organisation.Unit;
import vn.motcua.system.InvalidRequestException;
import vn.motcua.system.Messages;

/**
 * Finds files in the register by code (or its tail), applicant name without diacritics, citizen ID,
 * parcel and status, among the files the caller may read, newest first. Each kind of query seeks on
 * its own index (V18), so a province's register answers as fast as a commune's. Independent of the
 * web: the files API and the officers' pages call it with the caller's groups.
 */
@Service
public class FileSearch {

    /** More than a page of rows is a query to refine, not to read. */
    public static final int MOST_ROWS = 50;

    private final NamedParameterJdbcTemplate jdbc;
    private final OrganisationCatalogue organisation;

    FileSearch(NamedParameterJdbcTemplate jdbc, OrganisationCatalogue organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    /**
     * @param typed what the officer typed (see {@link SearchQuery})
     * @param status a {@link DossierStatus} name, or null for every status
     * @throws InvalidRequestException the query is empty, too short or too long, or the status unknown
     */
    @Transactional(readOnly = true)
    public List<FileSearchRow> search(String typed, String status, ReadableFiles caller) {
        SearchQuery query = SearchQuery.parse(typed);
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder sql = new StringBuilder("""
                select d.code, d.applicant_name, d.procedure_name, d.status, d.due_date,
                    (select h.unit from mc_handover h where h.dossier_id = d.id and h.finished_at is null
                     order by h.received_at desc, h.id desc fetch first 1 rows only) as holding_unit
                from mc_dossier d where\s""");
        sql.append(match(query, params));
        if (status != null && !status.isBlank()) {
            sql.append(" and d.status = :status");
            params.addValue("status", statusOf(status).name());
        }
        if (!caller.everyFile()) {
            sql.append(" and ").append(readableBy(caller, params));
        }
        sql.append(" order by d.received_at desc, d.id desc fetch first " + MOST_ROWS + " rows only");
        return jdbc.query(sql.toString(), params, (rs, n) -> {
            DossierStatus fileStatus = DossierStatus.valueOf(rs.getString("status"));
            Date due = rs.getDate("due_date");
            String holding = rs.getString("holding_unit");
            return new FileSearchRow(rs.getString("code"), rs.getString("applicant_name"),
                    rs.getString("procedure_name"), fileStatus.name(), fileStatus.label(),
                    due == null ? null : due.toLocalDate(), holding, unitName(holding));
        });
    }

    private static String match(SearchQuery query, MapSqlParameterSource params) {
        switch (query.kind()) {
            case PARCEL -> {
                params.addValue("sheet", query.sheet()).addValue("parcel", query.parcel());
                return "d.parcel_number = :parcel and d.parcel_sheet = :sheet";
            }
            case DIGITS -> {
                // one index each, joined as a union so that H2 seeks on each too (it scans for an "or")
                params.addValue("tail", SearchKeys.reversedCode(query.text()) + "%").addValue("digits", query.text());
                return """
                        d.id in (select c.id from mc_dossier c where c.code_reversed like :tail
                            union select i.id from mc_dossier i where i.applicant_id_number = :digits
                            union select p.id from mc_dossier p where p.parcel_number = :digits)""";
            }
            case CODE -> {
                params.addValue("tail", SearchKeys.reversedCode(query.text()) + "%");
                return "d.code_reversed like :tail";
            }
            default -> {
                params.addValue("name", "% " + escapeLike(query.text()) + "%");
                return "d.applicant_search like :name escape '\\'";
            }
        }
    }

    /**
     * The rule of {@code FileReaders} as SQL. Scalar subqueries rather than exists, as in the dashboard's
     * unit filter: PostgreSQL would otherwise hash the whole route table or control sheet.
     */
    private static String readableBy(ReadableFiles caller, MapSqlParameterSource params) {
        List<String> groups = new ArrayList<>(caller.groups());
        if (groups.isEmpty()) {
            return "1 = 0";
        }
        params.addValue("groups", groups).addValue("desk", Unit.DESK.groupId())
                .addValue("commune", Unit.COMMUNE.groupId());
        StringBuilder passed = new StringBuilder();
        StringBuilder handedOver = new StringBuilder();
        int i = 0;
        for (String unit : caller.units()) {
            params.addValue("unit" + i, "%," + unit + ",%").addValue("leaders" + i, "%," + Unit.leadersOf(unit) + ",%");
            passed.append(" or d.units_passed like :unit").append(i);
            handedOver.append(handedOver.isEmpty() ? "" : " or ").append("(',' || h.unit || ',') like :unit").append(i)
                    .append(" or (',' || h.unit || ',') like :leaders").append(i);
            i++;
        }
        String sql = "((select 1 from mc_dossier_route r where r.dossier_id = d.id and ((r.unit = :desk and"
                + " (r.staff_group in (:groups) or r.leaders_group in (:groups))) or (r.unit = :commune and"
                + " r.leaders_group in (:groups))) fetch first 1 rows only) = 1" + passed;
        if (!handedOver.isEmpty()) {
            // files registered before units_passed (V6): their hand-overs tell
            sql += " or (d.units_passed is null and (select 1 from mc_handover h where h.dossier_id = d.id and ("
                    + handedOver + ") fetch first 1 rows only) = 1)";
        }
        return sql + ")";
    }

    private static DossierStatus statusOf(String status) {
        try {
            return DossierStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            StringBuilder known = new StringBuilder();
            for (DossierStatus s : DossierStatus.values()) {
                known.append(known.isEmpty() ? "" : ", ").append(s.name()).append(" (").append(s.label()).append(')');
            }
            throw new InvalidRequestException("status", Messages.text("search.status.unknown", status, known));
        }
    }

    private String unitName(String group) {
        if (group == null) {
            return null;
        }
        String first = group.split(",")[0];
        return organisation.current().agencyOfGroup(first).map(Agency::name).orElse(first);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
