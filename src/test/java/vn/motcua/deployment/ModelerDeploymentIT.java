package vn.motcua.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.ModelerDeployment;

/**
 * An analyst deploys a changed diagram from Camunda Modeler, which sends the diagram alone. Every user
 * task finds its form in its own deployment ({@code camunda:formRefBinding="deployment"}), so the released
 * forms must travel with the diagram; a form that exists nowhere refuses the deployment. Each test removes
 * what it deployed, so the integration tests after it run the released diagram again.
 */
@IntegrationTest
class ModelerDeploymentIT {

    private static final String ANALYST = "phantich1:demo";
    private static final String DESK = "tiepnhan1:demo";
    private static final String SPECIALIST = "chuyenvien1:demo";
    private static final Path DIAGRAM = Path.of("processes/land-use-conversion.bpmn");
    private static final String APPRAISAL_NAME = "name=\"Thẩm định hồ sơ, kiểm tra thực địa\"";
    private static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    TaskService taskService;

    private HttpCalls calls;
    private final List<String> deployments = new ArrayList<>();
    private final List<String> files = new ArrayList<>();

    @BeforeEach
    void client() {
        calls = new HttpCalls(port);
    }

    /** A file received on the analyst's version is withdrawn before that version goes. */
    @AfterEach
    void removeWhatWasDeployed() throws Exception {
        for (String code : files) {
            HttpResponse<String> withdrawn = calls.post("/api/dossiers/" + code + "/withdrawal", DESK,
                    "{\"reason\":\"Thử triển khai từ Camunda Modeler\"}");
            assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        }
        deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
    }

    @Test
    void aDiagramDeployedAloneFromModelerRunsWithTheReleasedForms() throws Exception {
        String changed = released().replace(APPRAISAL_NAME, "name=\"Thẩm định hồ sơ, kiểm tra thực địa (sửa tên)\"");
        assertThat(changed).contains("(sửa tên)");

        String deploymentId = deployed(deploy(changed));
        String code = receiveFile();
        Task appraisal = taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey("appraiseFile")
                .singleResult();
        assertThat(appraisal.getName()).as("the file runs the analyst's version").endsWith("(sửa tên)");

        HttpResponse<String> form = calls.get("/engine-rest/task/" + appraisal.getId() + "/deployed-form", SPECIALIST);
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        assertThat(form.body()).contains("\"appraise-file\"", "appraisalDecision");
        assertThat(repositoryService.getDeploymentResourceNames(deploymentId))
                .as("the diagram and a copy of each released form it names")
                .containsExactlyInAnyOrder("land-use-conversion.bpmn", "receive-file.form", "appraise-file.form",
                        "approve-conversion.form", "update-land-records.form",
                        // the apology and overdue tasks of the file deadlines drawn on processing
                        "propose-extension.form", "handle-overdue-file.form");
    }

    @Test
    void aDiagramNamingAFormThatExistsNowhereIsRefusedWithTheFormsId() throws Exception {
        long before = repositoryService.createDeploymentQuery().count();
        String unknownForm = released().replace("camunda:formRef=\"appraise-file\"", "camunda:formRef=\"bieu-mau-chua-co\"");

        HttpResponse<String> refused = deploy(unknownForm);
        remember(refused);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("bieu-mau-chua-co", "appraiseFile", "biểu mẫu");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);

        // The guard against code still speaks first: a model that runs code is refused as such.
        HttpResponse<String> hostile = deploy(unknownForm.replace("<endEvent id=\"fileNotAccepted\"",
                "<scriptTask id=\"runScript\" name=\"Chạy mã\" scriptFormat=\"groovy\"/><endEvent id=\"fileNotAccepted\""));
        remember(hostile);
        assertThat(hostile.statusCode()).as(hostile.body()).isEqualTo(400);
        assertThat(hostile.body()).contains("runScript", "không được phép");
    }

    @Test
    void aDiagramStoppingTheClockForAPeriodTheTablesDoNotKnowIsRefusedWithTheElement() throws Exception {
        long before = repositoryService.createDeploymentQuery().count();
        String unknownPeriod = released().replace("pauseClock(execution, 'financialObligations')",
                "pauseClock(execution, 'nghiaVuThue')");

        HttpResponse<String> refused = deploy(unknownPeriod);
        remember(refused);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("fulfilFinancialObligations", "nghiaVuThue", "financialObligations",
                "không tính vào thời hạn");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void theReleaseIsDeployedUnderItsFileNames() throws IOException {
        Deployment release = repositoryService.createDeploymentQuery().deploymentName("SpringAutoDeployment")
                .orderByDeploymentTime().asc().list().get(0);
        List<String> expected = new ArrayList<>();
        for (Path folder : List.of(Path.of("processes"), Path.of("forms"))) {
            try (Stream<Path> found = Files.list(folder)) {
                found.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".bpmn") || f.endsWith(".form"))
                        .forEach(expected::add);
            }
        }
        assertThat(repositoryService.getDeploymentResourceNames(release.getId()))
                .as("plain file names, as Camunda Modeler and the packaged jar name them, never a build folder's path")
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private static String released() throws IOException {
        String xml = Files.readString(DIAGRAM, StandardCharsets.UTF_8);
        assertThat(xml).contains(APPRAISAL_NAME, "camunda:formRef=\"appraise-file\"");
        return xml;
    }

    private HttpResponse<String> deploy(String diagram) throws Exception {
        return ModelerDeployment.deploy(calls, ANALYST, "land-use-conversion.bpmn", diagram.getBytes(StandardCharsets.UTF_8));
    }

    private String deployed(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return remember(response);
    }

    /** @return the id of the deployment, if one was made, so that it is removed after the test */
    private String remember(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 200) {
            return null;
        }
        String id = JSON.readTree(response.body()).path("id").asText();
        deployments.add(id);
        return id;
    }

    private String receiveFile() throws Exception {
        HttpResponse<String> received = calls.post("/api/dossiers", DESK, "{\"procedureKey\":\"land-use-conversion\","
                + "\"channel\":\"ONLINE\",\"applicant\":{\"fullName\":\"Đỗ Văn Mô\",\"idNumber\":\"001203004599\","
                + "\"address\":\"Thôn Đông\"},\"parcel\":{\"communeCode\":\"26041\",\"mapSheet\":\"12\",\"parcelNumber\":\"399\","
                + "\"address\":\"Thôn Đông, xã Long Thành\"},\"requestSummary\":\"\"}");
        assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
        Matcher code = CODE.matcher(received.body());
        assertThat(code.find()).isTrue();
        files.add(code.group(1));
        return code.group(1);
    }
}
