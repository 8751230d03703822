package vn.motcua.engine.security;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.engine.system.EngineIdentity;
import vn.motcua.security.EngineCaller;
import vn.motcua.security.FormDefinition;

/**
 * What the engine-API guard asks the engine: whether the caller sees a task or a process, the form
 * of a step, the variables it already has. Visibility is asked as the caller, so the guard never
 * tells a caller more than the engine would; forms and variables are then read as the system.
 */
@Component
class EngineForms {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final IdentityService identity;
    private final TaskService tasks;
    private final FormService forms;
    private final RepositoryService repository;
    private final AuthorizationService authorizations;

    EngineForms(IdentityService identity, TaskService tasks, FormService forms, RepositoryService repository,
            AuthorizationService authorizations) {
        this.authorizations = authorizations;
        this.identity = identity;
        this.tasks = tasks;
        this.forms = forms;
        this.repository = repository;
    }

    Optional<Task> visibleTask(String taskId, EngineCaller caller) {
        return as(caller, () -> Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult()));
    }

    Optional<ProcessDefinition> visibleDefinition(String id, String key, EngineCaller caller) {
        return as(caller, () -> Optional.ofNullable(id != null
                ? repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult()
                : repository.createProcessDefinitionQuery().processDefinitionKey(key).withoutTenantId().latestVersion()
                        .singleResult()));
    }

    /** The engine's own rule for starting a process: create an instance of this definition. */
    boolean mayStart(String definitionKey, EngineCaller caller) {
        return asSystem(() -> authorizations.isUserAuthorized(caller.userId(), caller.groups(), Permissions.CREATE_INSTANCE,
                Resources.PROCESS_DEFINITION, definitionKey)
                && authorizations.isUserAuthorized(caller.userId(), caller.groups(), Permissions.CREATE,
                        Resources.PROCESS_INSTANCE));
    }

    boolean exists(String taskId) {
        return asSystem(() -> tasks.createTaskQuery().taskId(taskId).count() > 0);
    }

    /** @return the task's Camunda Form, or empty if the step has none */
    Optional<FormDefinition> taskForm(String taskId) {
        return asSystem(() -> read(() -> forms.getDeployedTaskForm(taskId)));
    }

    Optional<FormDefinition> startForm(String definitionId) {
        return asSystem(() -> read(() -> forms.getDeployedStartForm(definitionId)));
    }

    Map<String, Object> variables(String taskId) {
        return asSystem(() -> new HashMap<>(tasks.getVariables(taskId)));
    }

    /** Gives the task back to the unit; the guard has checked that the caller holds it. */
    void unclaim(String taskId) {
        asSystem(() -> {
            tasks.setAssignee(taskId, null);
            return null;
        });
    }

    private static Optional<FormDefinition> read(Supplier<InputStream> deployed) {
        try (InputStream in = deployed.get()) {
            return Optional.of(FormDefinition.parse(JSON.readTree(in)));
        } catch (ProcessEngineException e) {
            // no Camunda Form on this step (or none deployed with it)
            return Optional.empty();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("A deployed form is not JSON", e);
        }
    }

    private <T> T as(EngineCaller caller, Supplier<T> action) {
        return EngineIdentity.as(identity, new Authentication(caller.userId(), caller.groups()), action);
    }

    private <T> T asSystem(Supplier<T> action) {
        return EngineIdentity.asSystem(identity, action);
    }

    static List<String> groupsOf(Authentication authentication) {
        return authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    }
}
