package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.security.EngineAccessRules.Verdict;

/** Who may write what through the engine API, by role; reads are the engine's authorizations' business. */
class EngineAccessRulesTest {

    private static final EngineCaller OFFICER = new EngineCaller("xa1", List.of("commune"));
    private static final EngineCaller SUPERVISOR = new EngineCaller("giamsat1", List.of("supervisors"));
    private static final EngineCaller ANALYST = new EngineCaller("phantich1", List.of("analysts"));
    private static final EngineCaller ADMIN = new EngineCaller("admin", List.of("camunda-admin"));

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource({
        "officer, PUT, /engine-rest/job/1/suspended, Deny",
        "officer, PUT, /engine-rest/job/1/duedate, Deny",
        "officer, POST, /engine-rest/job/1/execute, Deny",
        "officer, PUT, /engine-rest/user/xa1/profile, Deny",
        "officer, DELETE, /engine-rest/user/xa1, Deny",
        "officer, PUT, /engine-rest/user/xa1/credentials, Allow",
        "officer, PUT, /engine-rest/user/admin/credentials, Deny",
        "officer, GET, /engine-rest/metrics/activity-instance-start/sum, Deny",
        "officer, GET, /engine-rest/task/1/variables, Allow",
        "officer, POST, /engine-rest/task, Allow",
        "officer, POST, /engine-rest/engine/default/filter/f/list, Allow",
        "officer, POST, /camunda/api/engine/engine/default/task/1/claim, Allow",
        "officer, POST, /camunda/api/engine/engine/default/task/1/unclaim, Unclaim",
        "officer, POST, /engine-rest/task/1/complete, CheckTaskForm",
        "officer, POST, /engine-rest/task/1/submit-form/, CheckTaskForm",
        "officer, POST, /engine-rest/task/1/variables, Deny",
        "officer, PUT, /engine-rest/task/1/localVariables/dossierCode, Deny",
        "officer, PUT, /engine-rest/process-instance/1/variables/x, Deny",
        "officer, POST, /engine-rest/message, Deny",
        "officer, POST, /engine-rest/process-instance/1/modification, Deny",
        "officer, POST, /engine-rest/history/process-instance/delete, Deny",
        "officer, POST, /engine-rest/history/cleanup, Deny",
        "officer, POST, /engine-rest/deployment/create, Deny",
        "officer, POST, /engine-rest/process-definition/key/land-use-conversion/submit-form, CheckStartForm",
        "supervisor, POST, /engine-rest/task/1/comment/create, Deny",
        "supervisor, POST, /engine-rest/task/1/attachment/create, Deny",
        "supervisor, DELETE, /engine-rest/task/1/attachment/2, Deny",
        "supervisor, POST, /engine-rest/task/1/complete, Deny",
        "supervisor, PUT, /engine-rest/job/1/retries, Allow",
        "supervisor, GET, /engine-rest/metrics, Allow",
        "supervisor, POST, /engine-rest/process-instance/count, Allow",
        "analyst, POST, /engine-rest/deployment/create, Allow",
        "analyst, DELETE, /engine-rest/deployment/1, Allow",
        "analyst, PUT, /engine-rest/job/1/suspended, Deny",
        "admin, PUT, /engine-rest/job/1/suspended, Allow",
        "admin, PUT, /engine-rest/process-instance/1/variables/dossierCode, CheckProtectedVariables",
        "admin, POST, /engine-rest/task/1/complete, CheckTaskForm"})
    void decides(String role, String method, String path, String verdict) {
        EngineCaller caller = switch (role) {
            case "supervisor" -> SUPERVISOR;
            case "analyst" -> ANALYST;
            case "admin" -> ADMIN;
            default -> OFFICER;
        };
        Verdict decided = EngineAccessRules.decide(EnginePath.of(method, path), caller, true);
        assertThat(decided.getClass().getSimpleName()).isEqualTo(verdict);
    }

    @ParameterizedTest
    @CsvSource({"POST, /engine-rest/deployment/create", "POST, /engine-rest/deployment/1/redeploy"})
    void inProductionNobodyDeploysThroughTheApi(String method, String path) {
        for (EngineCaller caller : List.of(ANALYST, ADMIN)) {
            assertThat(EngineAccessRules.decide(EnginePath.of(method, path), caller, false))
                    .isInstanceOf(EngineAccessRules.Deny.class);
        }
    }

    @ParameterizedTest
    @CsvSource({"/engine-rest/task/1, /task/1", "/engine-rest/engine/default/task/1, /task/1",
        "/camunda/api/engine/engine/default/task/1/, /task/1", "/engine-rest, /"})
    void bothDoorsReadAlike(String full, String path) {
        assertThat(EnginePath.of("get", full).path()).isEqualTo(path);
        assertThat(EnginePath.of("GET", "/camunda/app/tasklist/default/")).isNull();
    }
}
