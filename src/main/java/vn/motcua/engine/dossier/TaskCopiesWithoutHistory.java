package vn.motcua.engine.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.FileHeader;

/**
 * History level {@code full}, except for copies of the file's columns and header as task variables: those
 * that tasks of earlier versions carry (before {@link FileColumnsOnRead} and {@link FileHeaderOnRead} read
 * them from the register), and those a complaint's task carries for its card. Their values are the
 * register's and the process's own, kept there for good, and nothing reads them from the history (Tasklist
 * shows open tasks; the process-level variables keep their history). Each copy cost a historic variable row
 * and a detail row per task and per change: about a quarter of the variable history a file left, and a share
 * of the database's work per file (docs/benchmark.md, "Capacity at saturation").
 * <p>
 * The level keeps the name "full" and id 3, so a database set up at {@code full} starts unchanged (the
 * engine checks the id); the engine picks the last level of that name it knows, and custom levels come
 * after its own. {@code motcua.history.task-copies: true} keeps their history as before. Not covered: a
 * process-instance migration passes the engine's migrating variable, not the variable, so migrated copies
 * would get a history row (instances are not migrated here: docs/operations.md).
 */
@Component
@ConditionalOnProperty(name = "motcua.history.task-copies", havingValue = "false", matchIfMissing = true)
class TaskCopiesWithoutHistory extends AbstractProcessEnginePlugin {

    /** Every name a copy on a task has, or had. */
    static final Set<String> COPIES = Stream.concat(TaskCardColumns.NAMES.stream(), FileHeader.VARIABLES.stream())
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Chosen by the engine only where the configured level is "full"; a lower level keeps less anyway.
        List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryLevels());
        levels.add(new FullWithoutTaskCopies());
        configuration.setCustomHistoryLevels(levels);
    }

    static final class FullWithoutTaskCopies extends HistoryLevelFull {

        @Override
        public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
            return !isTaskCopy(entity) && super.isHistoryEventProduced(eventType, entity);
        }

        static boolean isTaskCopy(Object entity) {
            if (entity instanceof VariableInstanceEntity variable) {
                return variable.getTaskId() != null && COPIES.contains(variable.getName());
            }
            if (entity instanceof HistoricVariableUpdateEventEntity update) {
                return update.getTaskId() != null && COPIES.contains(update.getVariableName());
            }
            return false;
        }
    }
}
