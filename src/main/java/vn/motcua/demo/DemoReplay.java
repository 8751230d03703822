package vn.motcua.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.FileRouting;
import vn.motcua.dossier.Handovers;
import vn.motcua.organisation.Unit;
import vn.motcua.partner.PartnerAnswers;
import vn.motcua.partner.PartnerOperation;

/**
 * Plays {@link DemoStory} scripts on the engine as the months behind them would have: the engine's
 * clock (which {@code TimeSource} follows) is set to each moment in turn ({@link DemoEngine}), all
 * files together in time order, so task times, the control sheet (mc_handover), the register's
 * history, letters and their numbers all tell the same past.
 * <ul>
 * <li>Officers of the agency the file is routed to claim and complete its tasks, signed in as
 *     themselves (so the history names them), with the answers of {@link DemoAnswers}.</li>
 * <li>Partner agencies answer through {@link PartnerAnswers}, as their callback would; the answer is
 *     there before the request job runs, so nothing is sent over HTTP for the past, and the row of
 *     the control sheet names the agency's officer.</li>
 * <li>Every timer of the files (step warnings and escalations, near-due, apology, overdue, the
 *     15-day supplement and posting periods) fires at its own due time as the clock passes it, as
 *     the job executor would have: a late step is escalated, an overdue file gets its warning and
 *     the head's task. Nothing due before the start-up moment is left for the job executor, which
 *     would fire it "now". The leaders answer the apology and overdue tasks the script asks them to.</li>
 * </ul>
 * The clock is always reset afterwards. What a script puts after the start-up moment does not
 * happen: those files stay open where they are, partner requests among them are sent by the job
 * executor as soon as the seed commits.
 */
@Component
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
class DemoReplay {

    private static final String APOLOGY_TASK = "proposeExtension";
    private static final String OVERDUE_TASK = "handleOverdueFile";
    /** Tasks of the exchange process: a demo agency always answers in time and says yes. */
    private static final Set<String> NOT_PLAYED = Set.of("reportLatePartner", "reviewPartnerRejection");
    private static final LocalTime OPENS = LocalTime.of(7, 30);
    private static final LocalTime LAST_TASK = LocalTime.of(16, 45);
    private static final int MAX_MOVES = 50_000;

    private final DossierService dossiers;
    private final DemoEngine engine;
    private final PartnerAnswers partnerAnswers;
    private final Handovers handovers;
    private final FileRouting routing;
    private final WorkingCalendar calendar;
    private final ObjectMapper json;

    DemoReplay(DossierService dossiers, DemoEngine engine, PartnerAnswers partnerAnswers, Handovers handovers,
            FileRouting routing, WorkingCalendar calendar, ObjectMapper json) {
        this.dossiers = dossiers;
        this.engine = engine;
        this.partnerAnswers = partnerAnswers;
        this.handovers = handovers;
        this.routing = routing;
        this.calendar = calendar;
        this.json = json;
    }

    /** What the replay did: the files' codes by script, the officers' moves and the timers fired. */
    record Replayed(Map<DemoStory, String> codes, int moves, int timers) {
    }

    /**
     * Plays the scripts up to {@code until} (the start-up moment), in the caller's transaction.
     *
     * @param seed the randomness of the officers' pace and hours: the same seed, the same story
     */
    Replayed replay(List<DemoStory> stories, Instant until, long seed) {
        Run run = new Run(until, new Random(seed));
        try {
            return run.play(stories);
        } finally {
            engine.reset();
        }
    }

    private record Move(Instant at, long order, Runnable work) {
    }

    private final class Run {

        private final Instant until;
        private final Random random;
        private final PriorityQueue<Move> moves = new PriorityQueue<>(
                Comparator.comparing(Move::at).thenComparingLong(Move::order));
        private final Map<String, DemoStory> stories = new HashMap<>();
        private final Map<DemoStory, String> codes = new LinkedHashMap<>();
        /** Tasks and exchanges already given a move. */
        private final Set<String> planned = new HashSet<>();
        private final Map<String, Integer> occurrences = new HashMap<>();
        private final Map<String, List<String>> staff = new HashMap<>();
        private Instant now;
        private long order;
        private int moved;
        private int fired;
        private int numbers = 100;

        Run(Instant until, Random random) {
            this.until = until;
            this.random = random;
        }

        Replayed play(List<DemoStory> scripts) {
            for (DemoStory story : scripts) {
                LocalDate day = workingDaysBefore(LocalDate.ofInstant(until, DeadlineCalculator.ZONE), story.workingDaysAgo());
                Instant receivedAt = at(day, officeTime());
                if (receivedAt.isBefore(until)) {
                    schedule(receivedAt, () -> receive(story));
                }
            }
            now = moves.isEmpty() ? until : moves.peek().at();
            for (int step = 0; ; step++) {
                if (step > MAX_MOVES) {
                    throw new IllegalStateException("The demo replay does not end: " + moves.size() + " moves left");
                }
                Move next = moves.peek() != null && !moves.peek().at().isAfter(until) ? moves.peek() : null;
                Instant limit = next == null ? until : next.at();
                DemoEngine.Timer timer = engine.nextTimer(limit).orElse(null);
                if (timer == null && next == null) {
                    break;
                }
                if (timer != null) {
                    fire(timer);
                } else {
                    moves.poll();
                    clock(next.at());
                    next.work().run();
                    moved++;
                }
            }
            clock(until);
            claimHeldTasks();
            return new Replayed(codes, moved, fired);
        }

        // --- the clock and its timers --------------------------------------------------------------------------

        private void clock(Instant at) {
            if (now == null || at.isAfter(now)) {
                now = at;
            }
            engine.setClock(now);
        }

        /** Runs a timer at its due time, as the job executor would have; its file's new tasks get their moves. */
        private void fire(DemoEngine.Timer timer) {
            String code = timer.fileCode();
            clock(timer.due());
            try {
                engine.runJob(timer.jobId());
            } catch (RuntimeException e) {
                throw new IllegalStateException("Demo file " + code + ": its timer " + timer.jobId() + " due "
                        + timer.due() + " failed", e);
            }
            fired++;
            if (code != null && stories.containsKey(code)) {
                plan(code);
            }
        }

        private void schedule(Instant at, Runnable work) {
            moves.add(new Move(at, order++, work));
        }

        // --- reception -----------------------------------------------------------------------------------------

        private void receive(DemoStory story) {
            String code = switch (story.special()) {
                case INCOMPLETE, NEVER_COMPLETED, REFUSED -> startAtDesk(story);
                default -> dossiers.receive(DemoFileFacts.file(story, now), story.desk()).code();
            };
            stories.put(code, story);
            codes.put(story, code);
            if (story.special() == DemoStory.Special.WITHDRAWN) {
                schedule(finish(now, 1, true), () -> dossiers.requestWithdrawal(code,
                        "Người nộp xin rút hồ sơ để hoàn thiện giấy tờ", story.desk()));
            }
            plan(code);
        }

        /** A file the desk officer could not accept as it was: entered through the Tasklist reception form. */
        private String startAtDesk(DemoStory story) {
            return engine.startFromForm(story.procedure(), DemoFileFacts.receptionForm(story), story.desk());
        }

        // --- the officers' and agencies' moves ------------------------------------------------------------------

        /**
         * Gives each new task and partner exchange of the file its move, when the script says. A file
         * waits for a partner agency only when no officer's task of its own is open.
         */
        private void plan(String code) {
            DemoStory story = stories.get(code);
            boolean atAnOfficer = false;
            for (DemoEngine.OpenTask task : engine.openTasks(code)) {
                String step = task.step();
                boolean reaction = APOLOGY_TASK.equals(step) || OVERDUE_TASK.equals(step);
                atAnOfficer |= !reaction;
                if (!planned.add(task.id())) {
                    continue;
                }
                String taskId = task.id();
                if (APOLOGY_TASK.equals(step)) {
                    if (story.apology() == DemoStory.Apology.TIMELY) {
                        schedule(finish(now, 0, false), () -> apologise(code, story));
                    }
                } else if (OVERDUE_TASK.equals(step)) {
                    schedule(finish(now, 0, true), () -> handleOverdue(code, taskId, story));
                } else if (!NOT_PLAYED.contains(step)) {
                    int occurrence = occurrence(code, step);
                    schedule(finish(now, days(code, story, step, occurrence), false),
                            () -> complete(code, taskId, step, DemoFileFacts.answers(step, occurrence, story,
                                    dossiers.get(code), today(), numbers++)));
                }
            }
            if (atAnOfficer) {
                return;
            }
            for (DemoEngine.Exchange exchange : engine.openExchanges(code)) {
                if (!planned.add(exchange.processInstanceId())) {
                    continue;
                }
                String step = exchange.step();
                PartnerOperation operation = PartnerOperation.valueOf(exchange.operation());
                int occurrence = occurrence(code, step);
                schedule(finish(now, days(code, story, step, occurrence), false),
                        () -> answerPartner(code, exchange.processInstanceId(), step, exchange.key(), operation));
            }
        }

        private int occurrence(String code, String step) {
            return occurrences.merge(code + "|" + step, 1, Integer::sum);
        }

        /** Working days the step takes: a share of its quota at the file's pace, or the script's overrun. */
        private int days(String code, DemoStory story, String step, int occurrence) {
            int quota = dossiers.ruleOf(dossiers.get(code)).quotaOf(step);
            if (occurrence == 1 && story.lateBy().containsKey(step)) {
                return quota + story.lateBy().get(step);
            }
            switch (step) {
                case "receiveSupplementAtReception", "receiveAgencySupplement" -> {
                    return Math.max(1, story.waitDays());
                }
                case "confirmPayment" -> {
                    return 2 + random.nextInt(6); // the applicant pays: outside the time limit
                }
                case "appraiseFile" -> {
                    if (story.special() == DemoStory.Special.AGENCY_SUPPLEMENT && occurrence == 1) {
                        return 1 + random.nextInt(2); // within the 3 working days that restart the clock
                    }
                }
                default -> { }
            }
            if (quota == 0) {
                return random.nextInt(2);
            }
            double share = story.pace() * (0.6 + 0.8 * random.nextDouble());
            return (int) Math.max(0, Math.min(quota, Math.round(quota * share)));
        }

        /**
         * The officer takes the task (the demo hands it to her, no permission asked) and completes it
         * signed in as herself, so the file's history and the engine's log name her.
         */
        private void complete(String code, String taskId, String step, Map<String, Object> answers) {
            // An engine call that fails would leave the seed's transaction to roll back: look first.
            if (!engine.taskOpen(taskId)) {
                return; // withdrawn, closed or cancelled meanwhile
            }
            String officer = officer(engine.candidateGroups(taskId), code + step);
            if (officer != null) {
                engine.claim(taskId, officer);
            }
            engine.complete(taskId, answers, officer);
            plan(code);
        }

        /** The agency answers "done" with the fields its answer carries, as its signed callback would. */
        private void answerPartner(String code, String exchangeId, String step, String key, PartnerOperation operation) {
            // An engine call that fails would leave the seed's transaction to roll back: look first.
            if (!engine.running(exchangeId)) {
                return; // the file was withdrawn or closed meanwhile
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("exchangeId", key);
            body.put("outcome", "DONE");
            body.put("reference", DemoFileFacts.reference(operation, today(), numbers++));
            body.put("data", DemoFileFacts.partnerData(operation, today(), numbers++, dossiers.get(code)));
            partnerAnswers.answer(operation.agency(), write(body));
            // The request job finds the answer already stored and moves the file on: nothing is sent.
            engine.runWaitingJobs(exchangeId);
            String officer = pick(agencyGroup(code, operation), code + step);
            if (officer != null) {
                handovers.assigned("partner-" + key, officer);
            }
            plan(code);
        }

        private String agencyGroup(String code, PartnerOperation operation) {
            try {
                return routing.staffGroup(code, Unit.valueOfGroup(operation.agency().unit()));
            } catch (IllegalArgumentException notARole) {
                return null;
            }
        }

        /** The apology with the new appointment: through the leader's apology task if it is open, else directly. */
        private void apologise(String code, DemoStory story) {
            Dossier dossier = dossiers.get(code);
            if (dossier.extended() || !dossier.status().isOpen()) {
                return;
            }
            LocalDate from = dossier.dueDate().isAfter(today()) ? dossier.dueDate() : today();
            LocalDate newDue = calendar.addWorkingDays(from, story.apologyDays());
            DemoEngine.OpenTask task = engine.openTasks(code).stream().filter(t -> APOLOGY_TASK.equals(t.step()))
                    .findFirst().orElse(null);
            if (task != null) {
                complete(code, task.id(), APOLOGY_TASK, Map.of("delayReason", story.delayReason(),
                        "newDueDate", newDue.toString()));
            } else {
                String leader = pick(dossiers.processingLeaders(dossier), code);
                dossiers.extend(code, newDue, story.delayReason(), leader == null ? "system" : leader);
                plan(code);
            }
        }

        /** The head answers for the overdue file the next morning, and apologises then if the script says so. */
        private void handleOverdue(String code, String taskId, DemoStory story) {
            if (story.apology() != DemoStory.Apology.NONE) {
                apologise(code, story);
            }
            complete(code, taskId, OVERDUE_TASK, Map.of("overdueMeasures", "Đã yêu cầu đơn vị đang giữ hồ sơ hoàn thành bước xử lý trong"
                    + " 02 ngày làm việc và báo cáo kết quả; nhắc cán bộ cập nhật tiến độ trên hệ thống"));
        }

        /**
         * A task held for more than the last two working days is in its officer's hands ("Việc của tôi");
         * newer ones still wait in their unit's list ("Việc của đơn vị").
         */
        private void claimHeldTasks() {
            Instant heldSince = workingDaysBefore(today(), 2).atStartOfDay(DeadlineCalculator.ZONE).toInstant();
            for (String code : stories.keySet()) {
                for (DemoEngine.OpenTask task : engine.openTasks(code)) {
                    String step = task.step();
                    if (task.assigned() || APOLOGY_TASK.equals(step) || OVERDUE_TASK.equals(step)
                            || NOT_PLAYED.contains(step) || !task.created().isBefore(heldSince)) {
                        continue;
                    }
                    String officer = officer(engine.candidateGroups(task.id()), code + step);
                    if (officer != null) {
                        engine.claim(task.id(), officer);
                    }
                }
            }
        }

        // --- who does it ----------------------------------------------------------------------------------------

        /** An officer of the task's candidate groups: its unit's staff first (an escalated task keeps its officer). */
        private String officer(List<String> candidates, String salt) {
            String group = candidates.stream().filter(g -> !Unit.isLeadersGroup(g)).findFirst()
                    .orElse(candidates.isEmpty() ? null : candidates.get(0));
            return pick(group, salt);
        }

        private String pick(String group, String salt) {
            if (group == null) {
                return null;
            }
            List<String> members = staff.computeIfAbsent(group, this::staffOf);
            return members.isEmpty() ? null : members.get(Math.floorMod(salt.hashCode(), members.size()));
        }

        /** The group's members, without its leaders when it has other officers. */
        private List<String> staffOf(String group) {
            List<String> members = engine.membersOf(group);
            if (Unit.isLeadersGroup(group)) {
                return members;
            }
            Set<String> leaders = new HashSet<>(engine.membersOf(Unit.leadersOf(group)));
            List<String> officers = members.stream().filter(m -> !leaders.contains(m)).toList();
            return officers.isEmpty() ? members : officers;
        }

        // --- days and hours ------------------------------------------------------------------------------------

        private LocalDate today() {
            return LocalDate.ofInstant(now, DeadlineCalculator.ZONE);
        }

        /**
         * A moment {@code workingDays} after {@code from}, in office hours: later the same day for 0 (or the
         * next morning if the day is over), at {@code morning} an early hour.
         */
        private Instant finish(Instant from, int workingDays, boolean morning) {
            ZonedDateTime start = from.atZone(DeadlineCalculator.ZONE);
            LocalDate day = start.toLocalDate();
            LocalTime time = start.toLocalTime();
            if (!calendar.isWorkingDay(day) || time.isAfter(LAST_TASK)) {
                day = calendar.nextWorkingDay(day);
                time = OPENS;
            } else if (time.isBefore(OPENS)) {
                time = OPENS;
            }
            LocalDate end = calendar.addWorkingDays(day, workingDays);
            LocalTime at = morning ? LocalTime.of(8, 0).plusMinutes(5L * random.nextInt(24)) : officeTime();
            if (end.equals(day)) {
                LocalTime earliest = time.plusMinutes(30 + 5L * random.nextInt(30));
                if (at.isBefore(earliest)) {
                    at = earliest;
                }
                if (at.isAfter(LAST_TASK) || at.isBefore(time)) {
                    end = calendar.nextWorkingDay(day);
                    at = LocalTime.of(8, 0).plusMinutes(5L * random.nextInt(30));
                }
            }
            return at(end, at);
        }

        /** A time in office hours (07:45–11:15, 13:30–16:30). */
        private LocalTime officeTime() {
            int slot = random.nextInt(85);
            return slot < 43 ? LocalTime.of(7, 45).plusMinutes(5L * slot) : LocalTime.of(13, 30).plusMinutes(5L * (slot - 43));
        }

        private Instant at(LocalDate day, LocalTime time) {
            return day.atTime(time).atZone(DeadlineCalculator.ZONE).toInstant();
        }

        private LocalDate workingDaysBefore(LocalDate today, int days) {
            LocalDate day = today;
            for (int counted = 0; counted < days; ) {
                day = day.minusDays(1);
                if (calendar.isWorkingDay(day)) {
                    counted++;
                }
            }
            return calendar.isWorkingDay(day) ? day : workingDaysBefore(day, 1);
        }

        private String write(Object body) {
            try {
                return json.writeValueAsString(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
