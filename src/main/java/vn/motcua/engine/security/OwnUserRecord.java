package vn.motcua.engine.security;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

/**
 * A new user gets READ and UPDATE on his own record (UPDATE to change his password), not the
 * engine's default ALL, which let an officer delete himself. Renaming oneself (the name printed on
 * letters) is refused by the engine-API guard. Users created before are corrected at every start
 * ({@link #ONLY}).
 */
@Component
class OwnUserRecord extends AbstractProcessEnginePlugin {

    static final Permission[] ONLY = {READ, UPDATE};

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
            @Override
            public AuthorizationEntity[] newUser(User user) {
                AuthorizationEntity[] granted = super.newUser(user);
                for (AuthorizationEntity authorization : granted) {
                    authorization.setPermissions(ONLY);
                }
                return granted;
            }
        });
    }
}
