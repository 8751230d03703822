package vn.motcua.engine.filepage;

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

import vn.motcua.filepage.FileComments;

/**
 * The file page's comments ({@link FileComments}) from the engine's history: every process instance of
 * the file (the procedure and the diagrams it calls share the file code as business key), oldest first.
 */
@Component
class CamundaFileComments implements FileComments {

    private final HistoryService history;
    private final TaskService tasks;

    CamundaFileComments(HistoryService history, TaskService tasks) {
        this.history = history;
        this.tasks = tasks;
    }

    @Override
    public List<Entry> of(String code) {
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
