package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"stepWarning", "appraisalDecision == 'SUPPLEMENT'", "!accepted",
        "stepClock.dueAt(execution, 'appraiseFile')", "execution.processBusinessKey",
        "execution.setVariable('decision', 'APPROVED')", "deadlines.afterCalendarDays(now(), 15)",
        "!dossierProcess.isExtended(execution)", "a > 1.5 && b le 2 or empty c", "x ? 'a' : \"b\"",
        "decision != 'APPROVED' and meetingOutcome ne 'ADJOURNED'"})
    void theProjectsExpressionsPass(String expression) {
        assertThat(ExpressionRules.refusal(expression)).as(expression).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"''.getClass()", "''.class", "execution.getClass()", "execution.processEngineServices",
        "execution.processBusinessKey.getClass()", "applicantName.bytes", "dossierProcess.dossiers",
        "x[0]", "execution['getClass']()", "x = 1", "a; b", "(x -> x)(1)", "Runtime.getRuntime()",
        "processEngine.runtimeService", "stepClock.dueAt(execution, 'x').getClass()", "forName('x')",
        "'unclosed", "a # b", "{1, 2}"})
    void anythingElseIsRefused(String expression) {
        assertThat(ExpressionRules.refusal(expression)).as(expression).isPresent();
    }

    @Test
    void findsEveryExpressionOfAText() {
        assertThat(ExpressionRules.expressionsIn("a ${x} b #{y.z('}')} c ${unclosed"))
                .containsExactly("x", "y.z('}')", "unclosed");
    }
}
