package vn.motcua.organisation;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters in Vietnamese. A filter shows only the tasks its viewer may
 * read, so one set of filters serves every unit.
 */
@Component
class TasklistFilters {

    /** Columns every filter shows next to the task name, so an officer recognises the file. */
    private static final List<Map<String, String>> FILE_COLUMNS = List.of(
            Map.of("name", "dossierCode", "label", "Mã hồ sơ"),
            Map.of("name", "applicantName", "label", "Người nộp"),
            Map.of("name", "dossierDueDate", "label", "Hạn trả kết quả"));

    private final FilterService filterService;
    private final TaskService taskService;
    private final OrganisationDirectory directory;

    TasklistFilters(FilterService filterService, TaskService taskService, OrganisationDirectory directory) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.directory = directory;
    }

    void apply() {
        ensure("Việc của tôi", 10, "Việc đang giao cho tôi",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensure("Việc của đơn vị", 20, "Việc chờ đơn vị của tôi nhận xử lý",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .taskUnassigned());
        ensure("Sắp đến hạn", 30, "Việc đến hạn trong 2 ngày tới",
                taskService.createTaskQuery().dueAfterExpression("${now()}")
                        .dueBeforeExpression("${dateTime().plusDays(2).toDate()}"));
        ensure("Quá hạn", 40, "Việc đã quá hạn xử lý",
                taskService.createTaskQuery().dueBeforeExpression("${now()}"));
    }

    private void ensure(String name, int priority, String description, TaskQuery query) {
        if (filterService.createTaskFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("variables", FILE_COLUMNS);
        Filter filter = filterService.newTaskFilter(name)
                .setOwner(null)
                .setProperties(properties)
                .setQuery(query.orderByDueDate().asc());
        filterService.saveFilter(filter);
        directory.grantEveryone(FILTER, filter.getId(), READ);
    }
}
