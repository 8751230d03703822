package vn.motcua.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.support.IntegrationTest;

/** The engine checks grants against the caller's groups as given, with the same answers. */
@IntegrationTest
class AuthorizationGroupsAsGivenIT {

    @Autowired
    ProcessEngineConfigurationImpl configuration;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskService taskService;

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    @Test
    void theEngineDoesNotAskWhichGroupsHoldGrants() {
        AuthorizationManager manager = configuration.getCommandExecutorTxRequired()
                .execute((Command<AuthorizationManager>) context -> context.getAuthorizationManager());
        assertThat(manager).isInstanceOf(AuthorizationGroupsAsGiven.GroupsAsGiven.class);
        assertThat(manager.filterAuthenticatedGroupIds(List.of("landoffice", "no-such-group")))
                .containsExactly("landoffice", "no-such-group");
        assertThat(manager.filterAuthenticatedGroupIds(null)).isEmpty();
    }

    @Test
    void aGroupWithoutGrantsAddsNothingAndTakesNothingAway() {
        // a user with no grants of his own: what he sees comes from his groups alone, so a plugin that lost or
        // dropped a group would show zero or fewer tasks
        identityService.setAuthentication("no-such-user", List.of("landoffice"));
        long asOfficer = taskService.createTaskQuery().count();
        identityService.setAuthentication("no-such-user", List.of("landoffice", "no-such-group"));
        assertThat(taskService.createTaskQuery().count()).isEqualTo(asOfficer).isPositive();
        identityService.setAuthentication("no-such-user", List.of("no-such-group"));
        assertThat(taskService.createTaskQuery().count()).isZero();
    }
}
