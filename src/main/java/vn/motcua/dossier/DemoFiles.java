package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.system.EngineClock;
import vn.motcua.system.SeedMarkers;
import vn.motcua.system.StartupSeed;

/**
 * A living demo office at the first start: files of every procedure received days ago and now at
 * every unit, near due, overdue, in the tax period, waiting for supplements, finished, withdrawn. Past
 * receipts make their timers due at once, so the job executor moves them as the app starts.
 */
@Component
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
@Order(30)
class DemoFiles implements StartupSeed {

    static final String SEED = "demo-files";
    private static final Logger log = LoggerFactory.getLogger(DemoFiles.class);

    private final DossierService dossiers;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final WorkingCalendar calendar;
    private final EngineClock clock;
    private final SeedMarkers seeds;

    DemoFiles(DossierService dossiers, RuntimeService runtimeService, TaskService taskService, WorkingCalendar calendar,
            EngineClock clock, SeedMarkers seeds) {
        this.dossiers = dossiers;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.calendar = calendar;
        this.clock = clock;
        this.seeds = seeds;
    }

    @Override
    public void seed() {
        seeds.runOnce(SEED, this::receiveDemoFiles);
    }

    /** Runs in the seed marker's transaction, so a node starting at the same moment seeds nothing. */
    private void receiveDemoFiles() {
        int files = 0;
        for (String procedure : DemoAnswers.USUAL_PATHS.keySet().stream().sorted().toList()) {
            List<String> path = DemoAnswers.USUAL_PATHS.get(procedure);
            // new, one step in, half way, near the end and overdue, finished
            receive(procedure, APPLICANTS.get(files++ % APPLICANTS.size()), 0, 0);
            receive(procedure, APPLICANTS.get(files++ % APPLICANTS.size()), 5, 1);
            receive(procedure, APPLICANTS.get(files++ % APPLICANTS.size()), 9, path.size() / 2);
            receive(procedure, APPLICANTS.get(files++ % APPLICANTS.size()), 24, 1);
            receive(procedure, APPLICANTS.get(files++ % APPLICANTS.size()), 15, path.size());
        }
        String withdrawn = receive("land-use-conversion", "Ngô Văn Minh", 3, 0);
        dossiers.requestWithdrawal(withdrawn, "Người nộp xin rút hồ sơ để hoàn thiện giấy tờ", "tiepnhan1");
        // Likely to be late: the land office's leader apologised and set the one new appointment.
        String extended = receive("certificate-revocation", "Quách Thị Hồng", 22, 1);
        LocalDate due = dossiers.get(extended).dueDate();
        dossiers.extend(extended, calendar.addWorkingDays(due, 10),
                "Chờ kết quả xác minh của Công an xã về giấy chứng nhận bị khai báo mất", "lanhdao1");
        startAtDesk("parcel-split", "Đỗ Thị Ngọc", Map.of("receptionOutcome", "INCOMPLETE",
                "missingItems", "1. Bản sao giấy chứng nhận quyền sử dụng đất; 2. Đơn đề nghị có chữ ký của đồng sở hữu"));
        startAtDesk("first-certificate", "Lý Văn Phong", Map.of("receptionOutcome", "REFUSED",
                "refusalReason", "Thửa đất đang có tranh chấp, chưa được hòa giải tại xã"));
        log.info("Demo files seeded: {} files of {} procedures in many states", files + 4, DemoAnswers.USUAL_PATHS.size());
    }

    /** What the demo desk lists on every receipt. */
    private static final ReceivedDocuments PAPERS = new ReceivedDocuments(1, List.of(
            new ReceivedDocument("Đơn đề nghị theo mẫu của thủ tục", ReceivedDocument.Type.ORIGINAL, 1),
            new ReceivedDocument("Giấy chứng nhận quyền sử dụng đất", ReceivedDocument.Type.ORIGINAL, 1)));

    private static final List<String> APPLICANTS = List.of("Nguyễn Văn Bình", "Trần Thị Cúc", "Lê Hoàng Dũng",
            "Phạm Thị Em", "Hoàng Văn Giang", "Vũ Thị Hạnh", "Đặng Văn Khoa", "Bùi Thị Lan", "Trương Minh Quân",
            "Mai Thị Sen", "Tạ Văn Tài", "Kiều Thị Uyên", "Lương Văn Vĩnh");

    /** A complete file received some working days ago and moved through the first steps of its usual path. */
    private String receive(String procedure, String applicant, int workingDaysAgo, int steps) {
        Instant receivedAt = workingDaysAgo(workingDaysAgo).atTime(LocalTime.of(9, 30))
                .atZone(DeadlineCalculator.ZONE).toInstant();
        ReceivedFile file = new ReceivedFile(procedure, null, workingDaysAgo % 3 == 0 ? Channel.ONLINE
                : Channel.IN_PERSON, new Dossier.Applicant(applicant, "0012030" + String.format("%05d", applicant.hashCode() & 0xffff),
                        // a phone, so the demo's applicants are told of their files (ApplicantNotices, /simulator/effects)
                        "09" + String.format("%08d", (applicant.hashCode() & 0x7fffffff) % 100_000_000), null, "Xã Long Thành"),
                new Dossier.Parcel(String.valueOf(10 + workingDaysAgo), String.valueOf(100 + workingDaysAgo * 7),
                        "Ấp " + (1 + workingDaysAgo % 5) + ", xã Long Thành", "26041", false),
                "land-use-conversion".equals(procedure) ? "Chuyển mục đích từ đất trồng cây lâu năm sang đất ở" : null,
                receivedAt, PAPERS);
        String code = dossiers.receive(file, "tiepnhan1").code();
        DemoAnswers.USUAL_PATHS.get(procedure).stream().limit(steps).forEach(step -> complete(code, step));
        return code;
    }

    private void startAtDesk(String procedure, String applicant, Map<String, Object> outcome) {
        Map<String, Object> form = new HashMap<>(Map.of("applicantName", applicant, "applicantIdNumber", "079088001234",
                "applicantAddress", "Xã Long Thành", "parcelMapSheet", "9", "parcelNumber", "212",
                "parcelAddress", "Ấp 2, xã Long Thành", "channel", "IN_PERSON", "communeCode", "26041"));
        form.putAll(outcome);
        runtimeService.startProcessInstanceByKey(procedure, form);
    }

    private void complete(String code, String step) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(step).singleResult();
        if (task != null) {
            taskService.complete(task.getId(), DemoAnswers.ANSWERS.getOrDefault(step, Map.of()));
        }
    }

    private LocalDate workingDaysAgo(int days) {
        LocalDate day = clock.today();
        for (int counted = 0; counted < days; ) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
