package vn.motcua.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** {@code organisation/province.yaml} as written, bound by Jackson; {@link Organisation} checks it. */
record OrganisationFile(Province province, LocalDate effectiveFrom, List<CommuneEntry> communes,
        List<AgencyEntry> agencies, Routing routing) {

    record Province(String code, String name) {
    }

    record CommuneEntry(String code, String name, Boolean remote, String remoteSource) {
    }

    record AgencyEntry(String id, String kind, String code, String name, String parent, String abbreviation,
            String commune, List<String> serves, String place, String address, String phone, Head head,
            String groupPrefix) {
    }

    record Head(String title, String name) {
    }

    /** Role (desk, landoffice...) to the kind of agency that plays it, by default and per procedure. */
    record Routing(Map<String, RoleRule> defaults, Map<String, Map<String, RoleRule>> procedures) {

        @com.fasterxml.jackson.annotation.JsonCreator
        static Routing of(@com.fasterxml.jackson.annotation.JsonProperty("default") Map<String, RoleRule> defaults,
                @com.fasterxml.jackson.annotation.JsonProperty("procedures") Map<String, Map<String, RoleRule>> procedures) {
            return new Routing(defaults, procedures);
        }
    }

    record RoleRule(String kind, String source) {
    }
}
