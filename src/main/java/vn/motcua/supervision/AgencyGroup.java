package vn.motcua.supervision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.motcua.organisation.Agency;
import vn.motcua.organisation.Commune;
import vn.motcua.organisation.Organisation;
import vn.motcua.system.Messages;

/** The agencies of the filter's choice under a heading: each commune's own, then those serving several communes. */
record AgencyGroup(String label, List<Agency> agencies) {

    static final String SHARED = Messages.text("supervision.agencyGroup.shared");

    static List<AgencyGroup> of(List<Agency> agencies, Organisation org) {
        Map<String, List<Agency>> byLabel = new LinkedHashMap<>();
        for (Commune commune : org.communes()) {
            byLabel.put(commune.name(), new ArrayList<>());
        }
        byLabel.put(SHARED, new ArrayList<>());
        for (Agency agency : agencies) {
            String label = agency.commune() == null ? SHARED
                    : org.commune(agency.commune()).map(Commune::name).orElse(SHARED);
            byLabel.get(label).add(agency);
        }
        List<AgencyGroup> groups = new ArrayList<>();
        byLabel.forEach((label, list) -> {
            if (!list.isEmpty()) {
                groups.add(new AgencyGroup(label, List.copyOf(list)));
            }
        });
        return groups;
    }
}
