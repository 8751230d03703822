package vn.motcua.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.organisation.Agency;
import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.system.TimeSource;
import vn.motcua.system.SeedMarkers;
import vn.motcua.system.StartupSeed;

/**
 * The demo's citizens' feedback, once per database after the demo files: a complaint from the 1022
 * hotline about a file being processed (a task of the unit holding it), a petition recorded at the
 * first centre's desk, one received weeks ago and late (its leaders are called in), and a few
 * dialogues at that desk today, one longer than the limit. So the demo officer (tiepnhan1,
 * chuyenvien1) finds a complaint in Tasklist's "Việc của đơn vị".
 */
@Component
@ConditionalOnProperty(name = "motcua.demo.enabled", havingValue = "true")
@Order(40)
class DemoComplaints implements StartupSeed {

    static final String SEED = "demo-complaints";
    private static final Logger log = LoggerFactory.getLogger(DemoComplaints.class);

    private final SeedMarkers seeds;
    private final ComplaintService complaints;
    private final DeskDialogues dialogues;
    private final OrganisationCatalogue organisation;
    private final JdbcTemplate jdbc;
    private final TimeSource clock;

    DemoComplaints(SeedMarkers seeds, ComplaintService complaints, DeskDialogues dialogues,
            OrganisationCatalogue organisation, JdbcTemplate jdbc, TimeSource clock) {
        this.seeds = seeds;
        this.complaints = complaints;
        this.dialogues = dialogues;
        this.organisation = organisation;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void seed() {
        seeds.runOnce(SEED, this::seedFeedback);
    }

    private void seedFeedback() {
        Agency desk = organisation.current().firstCentre();
        Set<String> atDesk = Set.of(desk.staffGroup());
        List<String> open = jdbc.queryForList(
                "select code from mc_dossier where status = 'IN_PROGRESS' order by received_at desc", String.class);
        String file = open.isEmpty() ? null : open.get(0);
        complaints.record(new ComplaintService.NewComplaint(Complaint.Source.HOTLINE_1022, "1022-DEMO-0001",
                Complaint.Kind.PHAN_ANH, file, null, "Nguyễn Thị Lan", "0912000111",
                "Hồ sơ của tôi đã nộp lâu nhưng chưa thấy cán bộ liên hệ đo đạc, đề nghị cho biết tiến độ."),
                HotlineComplaintController.HOTLINE_ACTOR, Set.of());
        complaints.record(new ComplaintService.NewComplaint(Complaint.Source.DESK, null, Complaint.Kind.KIEN_NGHI, null,
                null, "Trần Văn Hùng", null, "Đề nghị niêm yết bảng lệ phí đo đạc, cấp giấy chứng nhận ngay tại quầy."),
                "tiepnhan1", atDesk);
        // received five weeks ago and never answered: late, its leaders are told now
        Complaint late = complaints.record(new ComplaintService.NewComplaint(Complaint.Source.HOTLINE_1022,
                "1022-DEMO-0002", Complaint.Kind.PHAN_ANH, null, null, "Lê Thị Bích",
                "0987000222", "Cán bộ tiếp nhận hẹn gọi lại để hướng dẫn bổ sung giấy tờ nhưng chưa gọi."),
                HotlineComplaintController.HOTLINE_ACTOR, atDesk, clock.now().minus(Duration.ofDays(35))).complaint();
        complaints.escalate(late.id());

        Instant now = clock.now();
        // today's, even for a demo started just after midnight: the page lists the desk's day
        Instant today = clock.today().atStartOfDay(DeadlineCalculator.ZONE).toInstant();
        dialogue(desk, "tiepnhan1", null, "Phạm Văn Tư", "Hỏi thủ tục tách thửa đất ở cho con",
                "Đã hướng dẫn giấy tờ cần có, phát mẫu đơn", later(today, now.minus(Duration.ofMinutes(95))), 12, now);
        dialogue(desk, "tiepnhan1", file, "Nguyễn Thị Lan", "Hỏi tiến độ hồ sơ đang giải quyết",
                "Đã tra cứu, báo ngày hẹn trả kết quả", later(today.plusSeconds(900), now.minus(Duration.ofMinutes(70))), 8, now);
        dialogue(desk, "tiepnhan1", null, "Hoàng Văn Sơn", "Tranh chấp ranh giới thửa đất với hộ liền kề",
                "Hướng dẫn nộp đơn hòa giải tại UBND xã", later(today.plusSeconds(1800), now.minus(Duration.ofMinutes(50))), 28, now);
        log.info("Demo feedback seeded: 3 complaints (one about file {}, one late), 3 dialogues at {}", file, desk.name());
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private void dialogue(Agency desk, String officer, String code, String person, String topic, String outcome,
            Instant start, int minutes, Instant now) {
        Long dossierId = code == null ? null
                : jdbc.queryForObject("select id from mc_dossier where code = ?", Long.class, code);
        dialogues.insert(new DeskDialogue(0, desk.staffGroup(), officer, code, dossierId, person, topic, outcome, start,
                start.plus(Duration.ofMinutes(minutes))), now);
    }
}
