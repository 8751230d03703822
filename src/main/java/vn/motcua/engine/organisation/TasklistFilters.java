package vn.motcua.engine.organisation;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;

import vn.motcua.engine.dossier.TaskCardColumns;
import vn.motcua.system.Messages;

/**
 * The shared Tasklist filters in Vietnamese (messages/organisation.properties). A filter shows only
 * the tasks its viewer may read, so one set of filters serves every unit.
 */
@Component
class TasklistFilters {

    /**
     * The layout this version writes. A shared filter written by an earlier version (sorted by the
     * step's due date only) is rewritten at the next start; one already at this layout is left alone.
     */
    static final int LAYOUT = 2;
    static final String LAYOUT_PROPERTY = "motcuaLayout";
    /** The appointment: the variable cards show and lists sort by. */
    static final String APPOINTMENT = TaskCardColumns.APPOINTMENT;

    /** Columns every filter shows next to the task name, so an officer recognises the file. */
    private static final List<Map<String, String>> FILE_COLUMNS = List.of(
            Map.of("name", TaskCardColumns.CODE, "label", Messages.text("organisation.tasklist.column.dossierCode")),
            Map.of("name", TaskCardColumns.APPLICANT, "label", Messages.text("organisation.tasklist.column.applicantName")),
            Map.of("name", APPOINTMENT, "label", Messages.text("organisation.tasklist.column.dueDate")));
    /** "Sắp đến hạn": the days ahead a task's due date falls in. */
    private static final int DUE_SOON_DAYS = 2;

    private final FilterService filterService;
    private final TaskService taskService;
    private final EngineDirectory directory;

    TasklistFilters(FilterService filterService, TaskService taskService, EngineDirectory directory) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.directory = directory;
    }

    void apply() {
        ensure(Messages.text("organisation.tasklist.mine"), 10, Messages.text("organisation.tasklist.mine.description"),
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensure(Messages.text("organisation.tasklist.unit"), 20, Messages.text("organisation.tasklist.unit.description"),
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .taskUnassigned());
        ensure(Messages.text("organisation.tasklist.dueSoon"), 30,
                Messages.text("organisation.tasklist.dueSoon.description", DUE_SOON_DAYS),
                taskService.createTaskQuery().dueAfterExpression("${now()}")
                        .dueBeforeExpression("${dateTime().plusDays(" + DUE_SOON_DAYS + ").toDate()}"));
        ensure(Messages.text("organisation.tasklist.overdue"), 40,
                Messages.text("organisation.tasklist.overdue.description"),
                taskService.createTaskQuery().dueBeforeExpression("${now()}"));
    }

    /**
     * The earliest appointment first, then the step's own due date: the file the applicant waits for
     * soonest is on top. Tasks of files without an appointment yet (reception) come after them.
     */
    private void ensure(String name, int priority, String description, TaskQuery query) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("variables", FILE_COLUMNS);
        // a card without an appointment shows none rather than the word "undefined"
        properties.put("showUndefinedVariable", false);
        properties.put(LAYOUT_PROPERTY, LAYOUT);
        TaskQuery sorted = query.orderByProcessVariable(APPOINTMENT, ValueType.STRING).asc().orderByDueDate().asc();
        Filter existing = filterService.createTaskFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            if (!Integer.valueOf(LAYOUT).equals(existing.getProperties().get(LAYOUT_PROPERTY))) {
                filterService.saveFilter(existing.setProperties(properties).setQuery(sorted));
            }
            return;
        }
        Filter filter = filterService.newTaskFilter(name)
                .setOwner(null)
                .setProperties(properties)
                .setQuery(sorted);
        filterService.saveFilter(filter);
        directory.grantEveryone(FILTER, filter.getId(), READ);
    }
}
