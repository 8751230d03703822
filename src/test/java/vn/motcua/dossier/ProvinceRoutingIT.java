package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.FileScenario.clockAt;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.demo.OfficerAnswers;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * One system for the demo province: Long Thành (A), An Phước (B) and the remote Bù Gia Mập (C),
 * two registry branches. A file is received at any centre's desk and processed by the agencies of
 * its parcel's commune; other communes' officers see neither its tasks nor the file.
 */
@IntegrationTest
class ProvinceRoutingIT {

    static final String LONG_THANH = "26041";
    static final String AN_PHUOC = "26068";
    static final String BU_GIA_MAP = "25219";

    @LocalServerPort
    int port;
    @Autowired
    FileScenario files;
    @Autowired
    DossierService dossiers;
    @Autowired
    TaskService taskService;
    @Autowired
    FilterService filterService;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    LegacyFileRouting legacyRouting;
    @Autowired
    FileRoutes routes;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aFileForCommuneBReceivedAtCommuneADeskIsProcessedByBAndReturnedByA() {
        Dossier dossier = dossiers.receive(file("land-use-conversion", AN_PHUOC, "Ấp 1, xã An Phước"), "tiepnhan1");

        // Long Thành's centre received it: its code, its desk returns it (Decree 118/2025 Art 14(2)).
        assertThat(dossier.code()).startsWith("000.00.15.H57-");
        assertThat(groupsAt(dossier.code(), "appraiseFile")).containsExactly("anphuoclandoffice");
        files.complete(dossier.code(), "appraiseFile", OfficerAnswers.forStep("appraiseFile"));
        files.complete(dossier.code(), "provideCadastralExtract", OfficerAnswers.forStep("provideCadastralExtract"));
        assertThat(groupsAt(dossier.code(), "approveConversion")).containsExactly("anphuoclandofficeleaders");
        for (String step : List.of("approveConversion", "issueTaxNotice", "confirmPayment")) {
            files.complete(dossier.code(), step, OfficerAnswers.forStep(step));
        }
        // The Long Thành branch covers An Phước too.
        assertThat(groupsAt(dossier.code(), "updateLandRecords")).containsExactly("landregistry");
        files.complete(dossier.code(), "updateLandRecords", OfficerAnswers.forStep("updateLandRecords"));
        assertThat(groupsAt(dossier.code(), "returnResult")).containsExactly("desk");
    }

    @Test
    void aRemoteCommunesFileGoesToItsBranchAndGetsItsExtraDaysFromTheCommuneData() {
        clockAt(LocalDate.of(2026, 12, 7), LocalTime.of(9, 0));
        Dossier remote = dossiers.receive(file("land-use-conversion", BU_GIA_MAP, "Thôn Bù Gia Phúc"), "tiepnhanap");
        Dossier near = dossiers.receive(file("land-use-conversion", AN_PHUOC, "Ấp 2, xã An Phước"), "tiepnhanap");

        assertThat(remote.code()).startsWith("000.00.15.H58-");
        assertThat(remote.parcel().remoteCommune()).isTrue();
        assertThat(near.parcel().remoteCommune()).isFalse();
        assertThat(remote.timeLimitDays()).isEqualTo(near.timeLimitDays() + 10);
        assertThat(remote.dueDate()).isAfter(near.dueDate());
        assertThat(groupsAt(remote.code(), "appraiseFile")).containsExactly("bugiamaplandoffice");
        files.complete(remote.code(), "appraiseFile", OfficerAnswers.forStep("appraiseFile"));
        // The cadastral extract is asked of the branch that covers the parcel: its hand-over names it.
        assertThat(jdbc.queryForList("select h.unit from mc_handover h join mc_dossier d on d.id = h.dossier_id"
                + " where d.code = ? and h.step_key = 'provideCadastralExtract'", String.class, remote.code()))
                .containsExactly("phuoclonglandregistry");
        files.complete(remote.code(), "provideCadastralExtract", OfficerAnswers.forStep("provideCadastralExtract"));
        for (String step : List.of("approveConversion", "issueTaxNotice", "confirmPayment")) {
            files.complete(remote.code(), step, OfficerAnswers.forStep(step));
        }
        assertThat(groupsAt(remote.code(), "updateLandRecords")).containsExactly("phuoclonglandregistry");
    }

    @Test
    void officersOfCommuneCSeeNeitherTheTaskNorTheFile() throws Exception {
        Dossier dossier = dossiers.receive(file("land-use-conversion", AN_PHUOC, "Ấp 3, xã An Phước"), "tiepnhan1");
        String taskId = files.task(dossier.code(), "appraiseFile").getId();
        String tasks = "/engine-rest/task?processInstanceBusinessKey=" + dossier.code();

        assertThat(get(tasks, "chuyenvienap").body()).contains(taskId);
        assertThat(get(tasks, "chuyenvienbgm").body()).isEqualTo("[]");
        assertThat(get(tasks, "xabgm").body()).isEqualTo("[]");
        assertThat(get(tasks, "chuyenvien1").body()).isEqualTo("[]");
        assertThat(new HttpCalls(port).send("POST", "/engine-rest/task/" + taskId + "/claim", "chuyenvienbgm:demo",
                "{\"userId\":\"chuyenvienbgm\"}").statusCode()).isIn(403, 404);

        String filterId = filterService.createTaskFilterQuery().filterName("Việc của đơn vị").singleResult().getId();
        String unitFilter = "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=500";
        assertThat(new HttpCalls(port).sendHal("POST", unitFilter, "chuyenvienap:demo", "{}").body())
                .contains(dossier.code());
        assertThat(new HttpCalls(port).sendHal("POST", unitFilter, "chuyenvienbgm:demo", "{}").body())
                .doesNotContain(dossier.code());

        String detail = "/api/dossiers/" + dossier.code();
        HttpResponse<String> read = get(detail, "tiepnhan1");
        assertThat(read.statusCode()).as("the receiving desk").isEqualTo(200);
        assertThat(read.body()).contains("\"communeCode\":\"26068\"", "\"remoteCommune\":false",
                "{\"role\":\"landoffice\",\"agencyId\":\"anphuoc-economy\",\"agencyName\":\"Phòng Kinh tế xã An Phước\"}",
                "{\"role\":\"desk\",\"agencyId\":\"longthanh-centre\"");
        assertThat(get(detail, "chuyenvienap").statusCode()).as("the unit holding it").isEqualTo(200);
        assertThat(get(detail, "chutichap").statusCode()).as("the parcel's commune leader").isEqualTo(200);
        assertThat(get(detail, "giamsat1").statusCode()).as("the province supervisor").isEqualTo(200);
        for (String stranger : List.of("tiepnhanbgm", "chuyenvienbgm", "chutichbgm", "xabgm", "tiepnhanap")) {
            HttpResponse<String> refused = get(detail, stranger);
            assertThat(refused.statusCode()).as(stranger).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("Ấp 3, xã An Phước");
        }
        assertThat(new HttpCalls(port).send("POST", detail + "/withdrawal", "tiepnhanbgm:demo",
                "{\"reason\":\"Thử rút hồ sơ của xã khác\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void aFileReceivedBeforeRoutingGetsTheFirstOfficesRouteAndStaysReadable() throws Exception {
        Dossier dossier = dossiers.receive(file("parcel-split", LONG_THANH, "Ấp 5, xã Long Thành"), "tiepnhan1");
        // as a file registered before V10 looks: no route, no receiving centre, no commune
        jdbc.update("delete from mc_dossier_route where dossier_id = ?", dossier.id());
        jdbc.update("update mc_dossier set receiving_agency = null, commune_code = null where id = ?", dossier.id());

        legacyRouting.seed();

        assertThat(jdbc.queryForObject("select receiving_agency from mc_dossier where id = ?", String.class,
                dossier.id())).isEqualTo("longthanh-centre");
        assertThat(dossiers.get(dossier.code()).parcel().communeCode()).isEqualTo(LONG_THANH);
        assertThat(routes.legs(dossier.id())).extracting(FileRoutes.Leg::staffGroup)
                .contains("desk", "landregistry", "landoffice", "commune", "taxoffice");
        assertThat(get("/api/dossiers/" + dossier.code(), "tiepnhan1").statusCode()).isEqualTo(200);
        legacyRouting.seed(); // again: nothing changes
        assertThat(routes.legs(dossier.id())).hasSize(5);
    }

    @Test
    void onlyAnAdministratorReloadsTheOrganisation() throws Exception {
        HttpCalls http = new HttpCalls(port);
        assertThat(http.send("POST", "/api/organisation/reload", "tiepnhan1:demo", null).statusCode()).isEqualTo(403);
        assertThat(http.send("POST", "/api/organisation/reload", "giamsat1:demo", null).statusCode()).isEqualTo(403);
        HttpResponse<String> reloaded = http.send("POST", "/api/organisation/reload", "admin:demo", null);
        assertThat(reloaded.statusCode()).isEqualTo(200);
        assertThat(reloaded.body()).contains("\"province\":\"Tỉnh Đồng Nai\"", "\"communes\":3");
    }

    @Test
    void theCommunesListIsTheDeploymentsFirstCommuneFirst() throws Exception {
        HttpResponse<String> communes = get("/api/organisation/communes", "tiepnhanap");
        assertThat(communes.statusCode()).isEqualTo(200);
        assertThat(communes.body()).startsWith("[{\"code\":\"26041\",\"name\":\"Xã Long Thành\",\"remote\":false}")
                .contains("{\"code\":\"25219\",\"name\":\"Xã Bù Gia Mập\",\"remote\":true}");
        assertThat(new HttpCalls(port).send("GET", "/api/organisation/communes", null, null).statusCode())
                .isEqualTo(401);
    }

    private List<String> groupsAt(String code, String step) {
        Task task = files.task(code, step);
        assertThat(task).as("open task " + step).isNotNull();
        return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(g -> g != null).toList();
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return new HttpCalls(port).send("GET", path, user + ":demo", null);
    }

    static ReceivedFile file(String procedure, String commune, String parcelAddress) {
        return new ReceivedFile(procedure, null, Channel.IN_PERSON,
                new Dossier.Applicant("Phan Văn Hậu", "001203007788", null, null, parcelAddress),
                new Dossier.Parcel("8", "120", parcelAddress, commune, false),
                "Chuyển mục đích từ đất trồng cây lâu năm sang đất ở", null);
    }
}
