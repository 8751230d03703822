package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which requests get the task-query planning: task lists and counts only, through either door. */
class TaskQueryPlanningTest {

    @Test
    void onlyTaskListsAndCountsAreTaskQueries() {
        assertThat(taskQuery("/engine-rest/filter/abc/list")).isTrue();
        assertThat(taskQuery("/engine-rest/filter/abc/count")).isTrue();
        assertThat(taskQuery("/camunda/api/engine/engine/default/filter/abc/list")).isTrue();
        assertThat(taskQuery("/engine-rest/engine/default/task")).isTrue();
        assertThat(taskQuery("/engine-rest/task/count")).isTrue();
        assertThat(taskQuery("/engine-rest/task/abc/claim")).isFalse();
        assertThat(taskQuery("/engine-rest/task/abc/submit-form")).isFalse();
        assertThat(taskQuery("/engine-rest/filter/abc")).isFalse();
        assertThat(taskQuery("/engine-rest/process-instance")).isFalse();
        assertThat(taskQuery("/api/files/search")).isFalse();
    }

    private static boolean taskQuery(String path) {
        return TaskQueryPlanning.TASK_QUERIES.matcher(path).matches();
    }
}
