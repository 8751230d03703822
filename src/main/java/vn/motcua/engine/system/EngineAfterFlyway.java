package vn.motcua.engine.system;

import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * The engine starts with {@code schema-update: false}: its tables must exist before it is built, so it
 * waits for Flyway (which runs {@code vn.motcua.system.CamundaEngineSchema}) like any bean that needs an initialised
 * database. Registered in META-INF/spring.factories, Spring Boot's extension point for this.
 */
class EngineAfterFlyway extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngineFactoryBean.class, ProcessEngine.class);
    }
}
