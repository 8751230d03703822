package vn.motcua.procedure;

import java.time.LocalDate;
import java.util.List;

/**
 * The time-limit tables in force and what a reload would change, as the analyst's read-only page
 * shows them (editing stays in the YAML files).
 *
 * @param pendingChanges what reloading the files on disk would change, one line each (empty: nothing)
 * @param reloadProblem  why a reload would be refused (a table with mistakes), or null
 */
public record TimeLimitOverview(List<Table> tables, List<String> pendingChanges, String reloadProblem) {

    /** One YAML file: the national defaults or a province's table. */
    public record Table(String file, String province, String setBy, LocalDate effectiveFrom, String staleBecause,
            List<Procedure> procedures) {

        public boolean national() {
            return province == null || province.isBlank();
        }
    }

    /** One procedure of a table; a province table lists only what it changes. */
    public record Procedure(String key, String name, Integer days, String dayCount, String source, String processingUnit,
            List<Step> steps) {
    }

    /** A step's quota, by the name analysts read in the diagram. */
    public record Step(String id, String name, int workingDays, boolean excluded) {
    }
}
