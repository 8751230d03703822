package vn.motcua.filepage;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Component;

/**
 * The comments officers wrote on a file's tasks in Tasklist, from every process instance of the file
 * (the procedure and the diagrams it calls share the file code as business key), oldest first. Read
 * without the engine's authorizations: the file page has already checked that the caller may read the file.
 */
@Component
class FileComments {

    /** One comment and the step it was written on (blank when written on the whole process instance). */
    record Entry(java.util.Date time, String userId, String step, String text) {
    }

    private final HistoryService history;
    private final TaskService tasks;

    FileComments(HistoryService history, TaskService tasks) {
        this.history = history;
        this.tasks = tasks;
    }

    List<Entry> of(String code) {
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(code).list();
        if (instances.isEmpty()) {
            return List.of();
        }
        Map<String, String> stepNames = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(code).list()
                .stream().collect(Collectors.toMap(HistoricTaskInstance::getId,
                        t -> t.getName() == null ? "" : t.getName(), (a, b) -> a));
        return instances.stream()
                .flatMap(instance -> tasks.getProcessInstanceComments(instance.getId()).stream())
                .sorted(Comparator.comparing(Comment::getTime))
                .map(c -> new Entry(c.getTime(), c.getUserId(), c.getTaskId() == null ? "" : stepNames.getOrDefault(c.getTaskId(), ""),
                        c.getFullMessage()))
                .toList();
    }
}
