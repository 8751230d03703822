package vn.motcua.engine.organisation;

import org.springframework.stereotype.Component;

import vn.motcua.organisation.Organisation;
import vn.motcua.organisation.UnitAccess;

/** The organisation in the engine: its groups and grants first, then the filters everyone may read. */
@Component
class EngineUnitAccess implements UnitAccess {

    private final UnitAuthorizations authorizations;
    private final TasklistFilters filters;

    EngineUnitAccess(UnitAuthorizations authorizations, TasklistFilters filters) {
        this.authorizations = authorizations;
        this.filters = filters;
    }

    @Override
    public void apply(Organisation organisation) {
        authorizations.apply(organisation);
        filters.apply();
    }
}
