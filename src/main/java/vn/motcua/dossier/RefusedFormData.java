package vn.motcua.dossier;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.Expression;
import org.camunda.bpm.engine.impl.el.JuelExpression;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Form data refused by a {@code ${dossierProcess...}} step reaches the officer as Camunda's own
 * "form field invalid" answer: 400 with the Vietnamese reason, in Tasklist and on the REST API.
 * Without this, JUEL wraps every exception thrown by an expression in a plain
 * ProcessEngineException whose message is the exception's class name and text, which both REST
 * APIs answer with 500.
 */
@Component
class RefusedFormData extends AbstractProcessEnginePlugin {

    private final ApplicationContext context;

    RefusedFormData(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setExpressionManager(new SpringExpressionManager(context, configuration.getBeans()) {
            @Override
            public Expression createExpression(String text) {
                ensureInitialized();
                return new Unwrapping(createValueExpression(text), this, text);
            }
        });
    }

    private static final class Unwrapping extends JuelExpression {

        Unwrapping(org.camunda.bpm.impl.juel.jakarta.el.ValueExpression value, SpringExpressionManager manager,
                String text) {
            super(value, manager, text);
        }

        @Override
        public Object getValue(VariableScope scope, BaseDelegateExecution execution) {
            try {
                return super.getValue(scope, execution);
            } catch (ProcessEngineException e) {
                if (e.getCause() instanceof FormFieldValidationException refused) {
                    throw refused;
                }
                throw e;
            }
        }
    }
}
