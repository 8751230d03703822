package vn.motcua.organisation;

/**
 * The kinds of agency a province runs, each playing one role ({@link Unit}) of the diagrams.
 * Commune-level kinds belong to one commune; the others cover the communes they serve.
 */
public enum AgencyKind {

    SERVICE_CENTRE(Unit.DESK, true),
    COMMUNE_COMMITTEE(Unit.COMMUNE, true),
    COMMUNE_LAND_OFFICE(Unit.LAND_OFFICE, true),
    PROVINCE_DEPARTMENT(Unit.LAND_OFFICE, false),
    REGISTRY_BRANCH(Unit.LAND_REGISTRY, false),
    TAX_OFFICE(Unit.TAX_OFFICE, false);

    private final Unit role;
    private final boolean communeLevel;

    AgencyKind(Unit role, boolean communeLevel) {
        this.role = role;
        this.communeLevel = communeLevel;
    }

    public Unit role() {
        return role;
    }

    public boolean communeLevel() {
        return communeLevel;
    }
}
