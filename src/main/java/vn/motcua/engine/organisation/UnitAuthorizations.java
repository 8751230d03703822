package vn.motcua.engine.organisation;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.DELETE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.springframework.stereotype.Component;

import vn.motcua.organisation.Agency;
import vn.motcua.organisation.AgencyKind;
import vn.motcua.organisation.GroupNames;
import vn.motcua.organisation.Organisation;
import vn.motcua.organisation.Role;

/**
 * What each group may do. Officers get no global task READ: a task is visible to a unit
 * because the unit is its candidate group (the engine then grants READ and TASK_WORK on it).
 */
@Component
class UnitAuthorizations {

    private static final String ANY = Authorization.ANY;

    private final EngineDirectory directory;

    UnitAuthorizations(EngineDirectory directory) {
        this.directory = directory;
    }

    void apply(Organisation organisation) {
        for (Agency agency : organisation.agencies()) {
            directory.ensureGroup(agency.staffGroup(), agency.name());
            directory.ensureGroup(agency.leadersGroup(), GroupNames.leadersName(agency));
            for (String group : new String[] {agency.staffGroup(), agency.leadersGroup()}) {
                directory.grant(group, APPLICATION, "tasklist", ACCESS);
                directory.grant(group, PROCESS_DEFINITION, ANY, READ);
                directory.grant(group, DECISION_DEFINITION, ANY, READ);
            }
            if (agency.kind() == AgencyKind.SERVICE_CENTRE) {
                // The desk receives files: it starts process instances from Tasklist.
                directory.grant(agency.staffGroup(), PROCESS_DEFINITION, ANY, READ, CREATE_INSTANCE);
                directory.grant(agency.staffGroup(), PROCESS_INSTANCE, ANY, CREATE);
            }
        }

        for (Role role : Role.values()) {
            directory.ensureGroup(role.groupId(), role.displayName());
        }
        String supervisors = Role.SUPERVISOR.groupId();
        directory.grant(supervisors, APPLICATION, "cockpit", ACCESS);
        directory.grant(supervisors, APPLICATION, "tasklist", ACCESS);
        directory.grant(supervisors, PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_HISTORY, READ_TASK);
        directory.grant(supervisors, DECISION_DEFINITION, ANY, READ, READ_HISTORY);
        directory.grant(supervisors, PROCESS_INSTANCE, ANY, READ);
        directory.grant(supervisors, TASK, ANY, READ);
        directory.grant(supervisors, DEPLOYMENT, ANY, READ);
        // Cockpit's "retry" of a failed job, and nothing else that changes a process.
        directory.grant(supervisors, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.RETRY_JOB);

        // Analysts deploy diagrams, forms and decision tables from Camunda Modeler.
        String analysts = Role.ANALYST.groupId();
        directory.grant(analysts, APPLICATION, "cockpit", ACCESS);
        directory.grant(analysts, DEPLOYMENT, ANY, CREATE, READ, DELETE);
        // No READ_HISTORY: the history holds the applicants' personal data, which analysts do not read.
        directory.grant(analysts, PROCESS_DEFINITION, ANY, READ, UPDATE);
        directory.grant(analysts, DECISION_DEFINITION, ANY, READ, UPDATE);
        directory.revoke(analysts, PROCESS_DEFINITION, ANY, READ_HISTORY);
        directory.revoke(analysts, DECISION_DEFINITION, ANY, READ_HISTORY);

        // Officers read and update (their password) their own record; the engine's default is ALL.
        directory.limitOwnUserRecords(READ, UPDATE);
    }
}
