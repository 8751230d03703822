package vn.motcua.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Every bean the diagrams in {@code processes/} name, doing nothing: the capacity benchmark's baseline
 * runs the same diagrams on a bare engine with these in place of the project's beans, so the ratio
 * between the two is the project's own cost. Where an expression must return something, it returns
 * what keeps a file on its usual path: deadlines a year away (never due while a file runs), no
 * extension, not likely late, one group for every step; and where the project's bean sets a variable that
 * a gateway reads next, the no-op sets it the same (a file accepted, a request sent). A diagram that names a bean missing here
 * fails the baseline with the engine's "Unknown property" error, which is the signal to add it.
 */
public final class NoOpBeans {

    /** Who works every task of the baseline: the candidate group of every step. */
    static final String GROUP = "bench-officers";

    private NoOpBeans() {
    }

    static Map<Object, Object> all() {
        Map<Object, Object> beans = new HashMap<>();
        Delegate delegate = new Delegate();
        for (String name : new String[] { "stepWarning", "stepEscalation", "extendAppointment",
                "requestSupplementAtReception", "requestAgencySupplement", "registerFile",
                "partnerReminder", "onlineFileAlert", "onlineAcceptanceOverdue" }) {
            beans.put(name, delegate);
        }
        // what the reception's gateway reads after them
        beans.put("acceptFile", new Sets("accepted", true));
        beans.put("refuseFile", new Sets("accepted", false));
        beans.put("partnerRequest", new Sets("partnerAnswered", false));
        beans.put("dossierProcess", new DossierProcess());
        beans.put("complaintProcess", new ComplaintProcess());
        beans.put("partnerExchange", new PartnerExchange());
        beans.put("fileClock", new FileClock());
        beans.put("stepClock", new StepClock());
        beans.put("onlineReception", new OnlineReception());
        beans.put("deadlines", new Deadlines());
        beans.put("routing", new Routing());
        return beans;
    }

    static Date farAway() {
        return Date.from(Instant.now().plus(Duration.ofDays(365)));
    }

    /** A service task, execution listener or task listener that does nothing. */
    public static class Delegate implements JavaDelegate, ExecutionListener, TaskListener {
        @Override
        public void execute(DelegateExecution execution) {
        }

        @Override
        public void notify(DelegateExecution execution) {
        }

        @Override
        public void notify(DelegateTask task) {
        }
    }

    /**
     * Sets the one variable the diagram reads after this step, as the project's bean does, and nothing
     * else. For {@code partnerRequest}: the request is "sent" and not yet answered; the answer comes later
     * as the message the exchange waits for, as in the application (the benchmark's driver delivers it at
     * once, where the application's simulator calls back over HTTP).
     */
    public static final class Sets implements JavaDelegate {
        private final String variable;
        private final Object value;

        Sets(String variable, Object value) {
            this.variable = variable;
            this.value = value;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable(variable, value);
        }
    }

    public static final class DossierProcess {
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

        public void restartClock(DelegateExecution execution) {
            execution.setVariable("supplemented", true);
        }

        public void prepareResult(Object execution) {
        }

        public void pauseClock(Object execution, String reason) {
        }

        public void finish(Object execution) {
        }

        public void close(DelegateExecution execution) {
            execution.setVariable("accepted", false);
            execution.setVariable("supplemented", false);
        }

        public boolean isExtended(Object execution) {
            return false;
        }

        public boolean isLikelyLate(Object execution) {
            return false;
        }
    }

    public static final class ComplaintProcess extends Delegate {
        public void callInLeaders(Object execution) {
        }

        public void answer(Object execution, Object user) {
        }

        public Date dueAt(Object execution) {
            return farAway();
        }

        public Date lateAt(Object execution) {
            return farAway();
        }

        public String unit(Object execution) {
            return GROUP;
        }
    }

    public static final class PartnerExchange {
        public void open(Object execution) {
        }

        public void reported(Object execution) {
        }

        public void waitEnded(Object execution) {
        }

        public Date remindAt(Object execution) {
            return farAway();
        }

        public Date reportAt(Object execution) {
            return farAway();
        }
    }

    public static final class FileClock {
        public Date nearDueAt(Object execution) {
            return farAway();
        }

        public Date apologyStartsAt(Object execution) {
            return farAway();
        }

        public Date dueAt(Object execution) {
            return farAway();
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
    }

    public static final class StepClock {
        public Date warnAt(Object execution, String step) {
            return farAway();
        }

        public Date escalateAt(Object execution, String step) {
            return farAway();
        }

        public Date dueAt(Object execution, String step) {
            return farAway();
        }
    }

    public static final class OnlineReception {
        public Date alertAt(Object execution) {
            return farAway();
        }

        public Date acceptBy(Object execution) {
            return farAway();
        }
    }

    /** A waiting period (the public posting): as drawn, so the driver advances it as it does the application's. */
    public static final class Deadlines {
        public Date afterCalendarDays(Date from, long days) {
            return Date.from(from.toInstant().plus(Duration.ofDays(days)));
        }
    }

    public static final class Routing {
        public String group(Object execution, String role) {
            return GROUP;
        }

        public String leaders(Object execution, String role) {
            return GROUP;
        }
    }
}
