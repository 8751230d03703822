package vn.motcua.engine.dossier;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.FileRouting;

/**
 * The diagrams name roles, never offices: {@code candidateGroups="${routing.group(execution,
 * 'landregistry')}"} gives the group of the registry branch that covers this file's parcel, from the
 * file's route ({@link FileRouting}).
 */
@Component("routing")
public class RoutingExpressions {

    private final FileRouting routing;

    RoutingExpressions(FileRouting routing) {
        this.routing = routing;
    }

    /** The officers' group of the agency playing this role for the execution's file. */
    public String group(DelegateExecution execution, String role) {
        return routing.staffGroup(FileIdentity.codeOf(execution), FileRouting.role(role));
    }

    /** Its leaders' group: approvals and escalations. */
    public String leaders(DelegateExecution execution, String role) {
        return routing.leadersGroup(FileIdentity.codeOf(execution), FileRouting.role(role));
    }
}
