package vn.motcua.support;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points each Spring test context at a database of its own (see {@link TestDatabase}) and
 * drops it when the context closes. Registered before every other bean, the drop is
 * destroyed last: after the engine and the connection pool have shut down.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = TestDatabase.newName();
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("motcua-test-database", TestDatabase.create(name)));
        ((DefaultListableBeanFactory) context.getBeanFactory())
                .registerDisposableBean("motcuaTestDatabaseDrop", () -> TestDatabase.drop(name));
    }
}
