package vn.motcua.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Every bean the diagrams in {@code processes/} name, doing nothing: the capacity benchmark's baseline
 * runs the same diagrams on a bare engine with these in place of the project's beans, so the ratio
 * between the two is the project's own cost. Every name but three is one {@link Anything}; where the
 * project's bean sets a variable that a gateway reads next, a {@link Sets} sets it the same (a file
 * accepted or refused, a request sent). A diagram that names a bean or method missing here fails the
 * baseline with the engine's "Unknown property" or "Method not found" error: the signal to add it.
 */
public final class NoOpBeans {

    /** Who works every task of the baseline: the candidate group of every step. */
    static final String GROUP = "bench-officers";

    private static final List<String> BEANS = List.of("stepWarning", "stepEscalation", "extendAppointment",
            "requestSupplementAtReception", "requestAgencySupplement", "registerFile", "partnerReminder",
            "onlineFileAlert", "onlineAcceptanceOverdue", "dossierProcess", "complaintProcess", "partnerExchange",
            "fileClock", "stepClock", "onlineReception", "deadlines", "routing");

    private NoOpBeans() {
    }

    static Map<Object, Object> all() {
        Map<Object, Object> beans = new HashMap<>();
        Anything anything = new Anything(false);
        BEANS.forEach(name -> beans.put(name, anything));
        beans.put("acceptFile", new Sets("accepted", true));
        beans.put("refuseFile", new Sets("accepted", false));
        beans.put("partnerRequest", new Sets("partnerAnswered", false));
        return beans;
    }

    /**
     * As {@link #all()}, for the timer storm's files: the file clock's three deadlines (near due, apology,
     * overdue) are already past and the file is likely late, as the application's clock and register say of
     * a file received four months ago; so the same paths are drawn (the near-due warning, the apology task,
     * the overdue mark and task). Every other deadline is still a year away.
     */
    static Map<Object, Object> lateFiles() {
        Map<Object, Object> beans = all();
        Anything late = new Anything(true);
        beans.put("fileClock", late);
        beans.put("dossierProcess", late);
        return beans;
    }

    /**
     * Each method a diagram calls on the project's beans (the engine finds them by name and number of
     * arguments), answering what keeps a file on its usual path: deadlines a year away, never due while a
     * file runs; no extension, not likely late; one group for every step; the public posting's 15 days as
     * drawn, which the driver advances as it does the application's. As a delegate or listener it does
     * nothing.
     */
    public static final class Anything implements JavaDelegate, ExecutionListener, TaskListener {

        /** The file clock's deadlines are past and the file is likely late ({@link #lateFiles()}). */
        private final boolean late;

        Anything(boolean late) {
            this.late = late;
        }

        @Override
        public void execute(DelegateExecution execution) {
        }

        @Override
        public void notify(DelegateExecution execution) {
        }

        @Override
        public void notify(DelegateTask task) {
        }

        // dossierProcess, partnerExchange, complaintProcess: steps with nothing to record here
        public void warnNearDue(Object execution) {
        }

        public void markOverdue(Object execution) {
        }

        public void withdraw(Object execution) {
        }

        public void recordDecision(Object execution) {
        }

        public void resumeClock(Object execution) {
        }

        public void pauseClock(Object execution, String reason) {
        }

        public void prepareResult(Object execution) {
        }

        public void finish(Object execution) {
        }

        public void open(Object execution) {
        }

        public void reported(Object execution) {
        }

        public void waitEnded(Object execution) {
        }

        public void callInLeaders(Object execution) {
        }

        public void answer(Object execution, Object user) {
        }

        // ... and the two that a gateway reads after
        public void restartClock(DelegateExecution execution) {
            execution.setVariable("supplemented", true);
        }

        public void close(DelegateExecution execution) {
            execution.setVariable("accepted", false);
            execution.setVariable("supplemented", false);
        }

        public boolean isExtended(Object execution) {
            return false;
        }

        public boolean isLikelyLate(Object execution) {
            return late;
        }

        // fileClock, stepClock, onlineReception, partnerExchange, complaintProcess: deadlines
        public Date nearDueAt(Object execution) {
            return fileDeadline(3);
        }

        public Date apologyStartsAt(Object execution) {
            return fileDeadline(2);
        }

        public Date apologyDeadline(Object execution) {
            return farAway();
        }

        public Date overdueHandlingDueAt(Object execution) {
            return farAway();
        }

        public Date supplementExpiresAt(Object execution) {
            return farAway();
        }

        public Date dueAt(Object execution) {
            return fileDeadline(1);
        }

        public Date dueAt(Object execution, String step) {
            return farAway();
        }

        public Date warnAt(Object execution, String step) {
            return farAway();
        }

        public Date escalateAt(Object execution, String step) {
            return farAway();
        }

        public Date alertAt(Object execution) {
            return farAway();
        }

        public Date acceptBy(Object execution) {
            return farAway();
        }

        public Date remindAt(Object execution) {
            return farAway();
        }

        public Date reportAt(Object execution) {
            return farAway();
        }

        public Date lateAt(Object execution) {
            return farAway();
        }

        // deadlines: the public posting, a waiting period as drawn
        public Date afterCalendarDays(Date from, long days) {
            return Date.from(from.toInstant().plus(Duration.ofDays(days)));
        }

        // routing, complaintProcess: who works a step
        public String group(Object execution, String role) {
            return GROUP;
        }

        public String leaders(Object execution, String role) {
            return GROUP;
        }

        public String unit(Object execution) {
            return GROUP;
        }

        /** A deadline of the file clock: for a late file, {@code daysAgo} days past (near due first, overdue last). */
        private Date fileDeadline(int daysAgo) {
            return late ? Date.from(Instant.now().minus(Duration.ofDays(daysAgo))) : farAway();
        }

        private static Date farAway() {
            return Date.from(Instant.now().plus(Duration.ofDays(365)));
        }
    }

    /** Sets the one variable the diagram reads after this step, as the project's bean does, and nothing else. */
    public record Sets(String variable, Object value) implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable(variable, value);
        }
    }
}
