package vn.motcua.organisation;

import java.util.Map;

/** The agencies that play each role of the diagrams for one file, fixed when it is received. */
public record Route(Map<Unit, Agency> agencies) {

    public Route {
        agencies = Map.copyOf(agencies);
    }

    public Agency agency(Unit role) {
        Agency agency = agencies.get(role);
        if (agency == null) {
            throw new IllegalStateException("No agency plays the role " + role.groupId() + " for this file");
        }
        return agency;
    }
}
