package vn.motcua.engine.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization checks use the caller's groups as they are, instead of first asking the
 * database which groups hold any grant at all.
 * <p>
 * Why: before every authorization-checked command (a task list, its count, the variables a list shows, a
 * task opened) the engine runs {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION} to drop the
 * caller's groups that hold no grant. The table holds grants on every open task for its candidate groups and
 * on every task's history, so at province size (150,000 open files: 463,000 rows) that is a scan of 50–150 ms,
 * three or four times per Tasklist request (docs/benchmark.md, "Officer latency at province size"). Dropping a
 * group without grants changes no check's answer, because such a group matches no grant row (the engine uses
 * the list only to build its grant checks; administrators and tenants are checked apart); it only shortens the
 * {@code IN} list for users with hundreds of directory groups, and an officer here has two to four.
 */
@Component
@ConditionalOnProperty(name = "motcua.authorization-groups-as-given.enabled", matchIfMissing = true) // off: to measure
class AuthorizationGroupsAsGiven extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new GroupsAsGiven();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    static final class GroupsAsGiven extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
        }
    }
}
