package vn.motcua.engine.dossier;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks that act on what an officer typed in a form, as delegates
 * ({@code camunda:delegateExpression="${extendAppointment}"}). A refused form reaches the officer as
 * Camunda's own "form field invalid" answer (400 with the Vietnamese reason, in Tasklist and on the
 * REST API) because the engine calls a delegate directly: an expression such as
 * {@code ${dossierProcess.extend(execution)}} would wrap the refusal in a plain engine error (500).
 * The older expressions stay callable for files running on earlier diagram versions.
 */
@Configuration(proxyBeanMethods = false)
class FormSteps {

    @Bean
    JavaDelegate registerFile(DossierProcess process) {
        return process::register;
    }

    @Bean
    JavaDelegate acceptFile(DossierProcess process) {
        return process::accept;
    }

    @Bean
    JavaDelegate requestSupplementAtReception(DossierProcess process) {
        return process::requestSupplementAtReception;
    }

    @Bean
    JavaDelegate refuseFile(DossierProcess process) {
        return process::refuse;
    }

    @Bean
    JavaDelegate requestAgencySupplement(DossierProcess process) {
        return process::requestAgencySupplement;
    }

    @Bean
    JavaDelegate extendAppointment(DossierProcess process) {
        return process::extend;
    }
}
