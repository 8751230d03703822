package vn.motcua.deadline;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import vn.motcua.calendar.DayFormat;
import vn.motcua.organisation.GroupNames;
import vn.motcua.system.Messages;

/**
 * What a step's deadline does to its task, without the engine: the priority it rises to, the
 * leaders called in, and the comment Tasklist shows. The engine's delegates of the drawn step
 * deadlines and of the online check apply it to the task.
 */
public final class StepAlerts {

    /** The step's last day has begun, or an online file waits unclaimed. */
    public static final int WARNING_PRIORITY = 70;
    /** The step used up its quota (or the desk's 08 working hours ran out). */
    public static final int ESCALATION_PRIORITY = 90;

    private StepAlerts() {
    }

    /** The leaders' group of each unit that is a candidate for the task, once each. */
    public static List<String> leadersOf(Collection<String> candidateGroups) {
        return candidateGroups.stream().filter(Objects::nonNull).map(GroupNames::leadersOf).distinct().toList();
    }

    public static String warningComment(String step, Instant due) {
        return due == null ? Messages.text("deadline.step.warning", step)
                : Messages.text("deadline.step.warningWithDue", step, DayFormat.ofMoment(due));
    }

    public static String escalationComment(String step, List<String> leaderGroups) {
        return Messages.text("deadline.step.escalation", step, String.join(", ", leaderGroups));
    }

    public static String unclaimedOnlineFileComment() {
        return Messages.text("deadline.online.unclaimed", OnlineReceptionDeadlines.ALERT_HOURS);
    }
}
