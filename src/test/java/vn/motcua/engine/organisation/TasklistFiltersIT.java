package vn.motcua.engine.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.ReceivedFile;
import vn.motcua.support.HttpCalls;

import vn.motcua.support.IntegrationTest;

/**
 * The four shared Tasklist filters: each card shows the file code, the applicant and the appointment,
 * and each list puts the earliest appointment first, also for filters an earlier version wrote.
 */
@IntegrationTest
class TasklistFiltersIT {

    private static final List<String> NAMES = List.of("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn");

    @Autowired
    FilterService filterService;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    TasklistFilters filters;
    @Autowired
    DossierService dossiers;
    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    @Test
    void everyFilterShowsTheFileOnItsCardsAndSortsByTheAppointment() {
        for (String name : NAMES) {
            Filter filter = filterService.createTaskFilterQuery().filterName(name).singleResult();
            List<?> variables = (List<?>) filter.getProperties().get("variables");
            assertThat(variables.stream().map(v -> (Object) ((Map<?, ?>) v).get("name")).toList()).as(name)
                    .containsExactly("dossierCode", "applicantName", "dossierDueDate");
            assertThat(filter.getProperties().get("showUndefinedVariable")).isEqualTo(false);
            assertSortedByAppointment(name, filter);
        }
    }

    @Test
    void theUnitsListPutsTheEarliestAppointmentFirstWhateverTheStepsDueDate() throws Exception {
        // the later appointment has the earlier step due date: sorted by the step, it would come first
        String later = receive("3", "71", "2027-03-01", 1);
        String sooner = receive("3", "72", "2027-02-01", 5);
        String filterId = filterService.createTaskFilterQuery().filterName("Việc của đơn vị").singleResult().getId();
        HttpResponse<String> list = new HttpCalls(port).sendHal("POST", "/engine-rest/filter/" + filterId
                + "/list?firstResult=0&maxResults=500", "chuyenvien1:demo", "{}");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(sooner).contains(later);
        assertThat(list.body().indexOf(sooner)).isLessThan(list.body().indexOf(later));
    }

    private String receive(String sheet, String parcel, String appointment, int stepDueInDays) {
        Dossier dossier = dossiers.receive(new ReceivedFile("land-use-conversion", null, Channel.ONLINE,
                new Dossier.Applicant("Mai Văn Tâm", "001203009998", null, null, "Xã Long Thành"),
                new Dossier.Parcel(sheet, parcel, "Ấp 1", "26041", false), null, null), "tiepnhan1");
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(dossier.code())
                .taskDefinitionKey("appraiseFile").singleResult();
        runtimeService.setVariable(task.getProcessInstanceId(), "dossierDueDate", appointment);
        task.setDueDate(Date.from(Instant.now().plus(stepDueInDays, ChronoUnit.DAYS)));
        taskService.saveTask(task);
        return dossier.code();
    }

    @Test
    void aFilterWrittenByAnEarlierVersionIsRewrittenAtTheNextStart() {
        Filter old = filterService.createTaskFilterQuery().filterName("Quá hạn").singleResult();
        Map<String, Object> properties = new LinkedHashMap<>(old.getProperties());
        properties.remove(TasklistFilters.LAYOUT_PROPERTY);
        filterService.saveFilter(old.setProperties(properties)
                .setQuery(taskService.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc()));

        filters.apply();

        Filter rewritten = filterService.getFilter(old.getId());
        assertSortedByAppointment("Quá hạn", rewritten);
        assertThat(rewritten.getProperties().get(TasklistFilters.LAYOUT_PROPERTY)).isEqualTo(TasklistFilters.LAYOUT);
        assertThat(filterService.createTaskFilterQuery().filterName("Quá hạn").count()).isOne();
    }

    private static void assertSortedByAppointment(String name, Filter filter) {
        List<QueryOrderingProperty> order = ((TaskQueryImpl) filter.getQuery()).getOrderingProperties();
        assertThat(order).as(name).hasSize(2);
        assertThat(order.get(0).getRelation()).isEqualTo("variable");
        assertThat(order.get(0).getRelationConditions()).anySatisfy(c -> assertThat(c.getScalarValue())
                .isEqualTo("dossierDueDate"));
        assertThat(order.get(0).getDirection().getName()).isEqualTo("asc");
        assertThat(order.get(1).getQueryProperty().getName()).isEqualToIgnoringCase("DUE_DATE_");
    }
}
