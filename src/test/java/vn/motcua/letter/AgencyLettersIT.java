package vn.motcua.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.ReceivedFile;
import vn.motcua.dossier.StatusChange;
import vn.motcua.organisation.Agency;
import vn.motcua.organisation.OrganisationCatalogue;
import vn.motcua.support.IntegrationTest;

/**
 * Each agency issues in its own name: a parcel-split file whose parcel lies in Bù Gia Mập is
 * received at An Phước's desk, which prints the receipt; the registry branch of Phước Long answers
 * for it, so its apology carries that branch's letterhead, numbers and head. Mon 23/11/2026 received.
 */
@IntegrationTest
class AgencyLettersIT {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final String AN_PHUOC = "26068";
    private static final String LONG_THANH = "26041";
    private static final String BU_GIA_MAP = "25219";
    private static final Pattern NUMBER = Pattern.compile("Số: (\\d+)/([^<]+)</div>");

    @Autowired
    DossierService dossiers;
    @Autowired
    DossierRegister register;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    PdfRenderer renderer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LetterNumbers numbers;
    @Autowired
    OrganisationCatalogue organisation;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theApologyForARemoteParcelSplitIsTheRegistryBranchsOwnWithItsNumbersAndHead() throws Exception {
        clockAt(MONDAY, LocalTime.of(9, 0));
        Dossier first = dossiers.receive(parcelSplit("Hà Thị Tách", BU_GIA_MAP), "tiepnhanap");
        Dossier second = dossiers.receive(parcelSplit("Hà Văn Thửa", BU_GIA_MAP), "tiepnhanap");
        // Same abbreviation (CNVPĐKĐĐ), another branch: Long Thành's covers Long Thành and An Phước.
        Dossier elsewhere = dossiers.receive(parcelSplit("Hà Thị Khác", LONG_THANH), "tiepnhan1");

        String apology = apologise(first, "phuoclonglandregistryleaders");
        assertThat(header(apology)).contains("VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH ĐỒNG NAI",
                "CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI KHU VỰC PHƯỚC LONG", "Phước Long, ngày ")
                .doesNotContain("TRUNG TÂM PHỤC VỤ", "PNNMT", "Long Thành");
        assertThat(text(apology)).contains(
                "Chi nhánh Văn phòng đăng ký đất đai khu vực Phước Long xin lỗi Ông/Bà",
                "Chi nhánh Văn phòng đăng ký đất đai khu vực Phước Long đề nghị gia hạn thời gian giải quyết hồ sơ",
                // received at An Phước's desk, which moves the appointment
                "Trung tâm Phục vụ hành chính công xã An Phước tiếp nhận hồ sơ",
                "Trung tâm Phục vụ hành chính công xã An Phước (để điều chỉnh ngày hẹn trả)",
                "GIÁM ĐỐC (Ký, ghi rõ họ tên và đóng dấu) Võ Thành Trung");
        assertThat(series(apology)).isEqualTo("PXL-CNVPĐKĐĐ");
        draw(first, "APOLOGY", "it-apology-phuoclong");

        // The Long Thành branch numbers its own apologies, though it prints the same abbreviation...
        String otherBranch = apologise(elsewhere, "landregistryleaders");
        assertThat(header(otherBranch)).contains("CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI KHU VỰC LONG THÀNH",
                "Long Thành, ngày ").doesNotContain("PHƯỚC LONG");
        assertThat(text(otherBranch)).contains("GIÁM ĐỐC (Ký, ghi rõ họ tên và đóng dấu) Trịnh Quang Vinh");
        assertThat(series(otherBranch)).isEqualTo("PXL-CNVPĐKĐĐ");
        // ...so Phước Long's next apology follows its first, whatever Long Thành issued in between.
        String next = apologise(second, "phuoclonglandregistryleaders");
        assertThat(sequence(next)).isEqualTo(sequence(apology) + 1);
        assertThat(register.statusHistory(first.id())).extracting(StatusChange::reason)
                .contains(LetterKind.APOLOGY.title() + " số " + numberOf(apology));
    }

    @Test
    void theReceiptOfAFileReceivedAtAnPhuocsDeskIsAnPhuocsCentres() throws Exception {
        clockAt(MONDAY, LocalTime.of(9, 0));
        Dossier dossier = dossiers.receive(parcelSplit("Đặng Thị Nhận", BU_GIA_MAP), "tiepnhanap");
        Dossier atLongThanh = dossiers.receive(parcelSplit("Đặng Văn Khác", AN_PHUOC), "tiepnhan1");
        Dossier again = dossiers.receive(parcelSplit("Đặng Thị Lại", AN_PHUOC), "tiepnhanap");

        String receipt = letter(dossier, "RECEIPT");
        assertThat(header(receipt)).contains("ỦY BAN NHÂN DÂN XÃ AN PHƯỚC",
                "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ AN PHƯỚC", "An Phước, ngày 23 tháng 11 năm 2026")
                .doesNotContain("LONG THÀNH", "Long Thành");
        assertThat(text(receipt)).contains("Trung tâm Phục vụ hành chính công xã An Phước tiếp nhận hồ sơ của:",
                "Đăng ký nhận kết quả tại: Trung tâm Phục vụ hành chính công xã An Phước, Ấp 1, xã An Phước, tỉnh Đồng Nai");
        assertThat(series(receipt)).isEqualTo("TNHS-TTPVHCC");
        draw(dossier, "RECEIPT", "it-receipt-anphuoc");

        // Long Thành's centre prints the same abbreviation from a sequence of its own.
        assertThat(header(letter(atLongThanh, "RECEIPT"))).contains("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ LONG THÀNH");
        assertThat(sequence(letter(again, "RECEIPT"))).isEqualTo(sequence(receipt) + 1);
    }

    @Test
    void aFileWhoseRouteIsGoneStillPrintsInTheFirstOfficesName() throws Exception {
        clockAt(MONDAY, LocalTime.of(9, 0));
        Dossier dossier = dossiers.receive(parcelSplit("Lý Thị Cũ", AN_PHUOC), "tiepnhanap");
        // As if received before routing (no processing leg), at a desk since struck from the organisation.
        jdbc.update("delete from mc_dossier_route where dossier_id = ? and unit <> 'desk'", dossier.id());
        jdbc.update("update mc_dossier_route set agency_id = 'closed-centre', staff_group = 'closeddesk',"
                + " leaders_group = 'closeddeskleaders' where dossier_id = ?", dossier.id());
        dossiers.requestWithdrawal(dossier.code(), "Người nộp xin rút hồ sơ", "tiepnhanap");

        // parcel-split answers through the registry: the first office's branch, with the plain groups.
        String notice = letter(dossier, "STOP_NOTICE");
        assertThat(header(notice)).contains("CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI KHU VỰC LONG THÀNH", "Long Thành, ngày ");
        assertThat(text(notice)).contains("Trung tâm Phục vụ hành chính công xã Long Thành",
                "GIÁM ĐỐC (Ký, ghi rõ họ tên và đóng dấu) Trịnh Quang Vinh");
        assertThat(header(letter(dossier, "CONTROL_SHEET"))).contains("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ LONG THÀNH");
    }

    @Test
    void theFirstOfficeCarriesOnFromTheNumbersItIssuedBeforeTheOrganisationFile() {
        // Before, every desk letter was numbered in one sequence per printed series, issued by the first office.
        jdbc.update("insert into mc_letter_sequence (prefix, issue_year, last_value) values ('BB-TTPVHCC', 2031, 41)");
        TransactionTemplate step = new TransactionTemplate(transactions);
        Agency longThanh = organisation.current().agency("longthanh-centre").orElseThrow();
        Agency anPhuoc = organisation.current().agency("anphuoc-centre").orElseThrow();
        LetterSeries longThanhs = LetterSeries.of(LetterKind.RESULT_HANDOVER, longThanh);
        LetterSeries anPhuocs = LetterSeries.of(LetterKind.RESULT_HANDOVER, anPhuoc);

        Integer first = step.execute(s -> numbers.next(longThanhs, 2031));
        Integer other = step.execute(s -> numbers.next(anPhuocs, 2031));
        Integer second = step.execute(s -> numbers.next(longThanhs, 2031));
        assertThat(first).as("no number printed earlier that year comes again").isEqualTo(42);
        assertThat(other).as("another centre starts its own").isEqualTo(1);
        assertThat(second).isEqualTo(43);
    }

    /** The apology path of the diagrams: the deadline timer opens the leaders' task, they set a new date. */
    private String apologise(Dossier dossier, String leaders) throws Exception {
        clockAt(dossier.dueDate().minusDays(1), LocalTime.of(8, 0));
        for (int round = 0; round < 5 && fireDueTimers(dossier.code()) > 0; round++) {
            // a fired timer may start the next one that is already due
        }
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(dossier.code())
                .taskDefinitionKey("proposeExtension").singleResult();
        assertThat(task).as("apology task of " + dossier.code()).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .contains(leaders);
        taskService.complete(task.getId(), Map.of("delayReason", "Chờ kết quả trích đo địa chính thửa đất",
                "newDueDate", dossier.dueDate().plusDays(10).toString()));
        return letter(dossier, "APOLOGY");
    }

    private int fireDueTimers(String code) {
        Date now = ClockUtil.getCurrentTime();
        List<Job> due = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).list().stream()
                .flatMap(pi -> managementService.createJobQuery().processInstanceId(pi.getId()).timers().list().stream())
                .filter(job -> !job.getDuedate().after(now)).toList();
        due.forEach(job -> managementService.executeJob(job.getId()));
        return due.size();
    }

    private String letter(Dossier dossier, String kind) {
        List<String> html = jdbc.queryForList("select html from mc_letter where dossier_id = ? and kind = ?",
                String.class, dossier.id(), kind);
        assertThat(html).as(kind + " of " + dossier.code()).hasSize(1);
        return html.get(0);
    }

    private void draw(Dossier dossier, String kind, String name) throws Exception {
        try (PDDocument document = Loader.loadPDF(renderer.render(letter(dossier, kind)))) {
            LetterPdfTest.drawForReview(name, document);
        }
    }

    /** The letterhead: issuing agency, number, place and date, up to the title. */
    private static String header(String html) {
        return text(html.substring(html.indexOf("<table class=\"header\">"), html.indexOf("<h1>")));
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").replace(" :", ":").replace(" ,", ",")
                .replace(" .", ".").replace("( ", "(").replace(" )", ")");
    }

    private static Matcher number(String html) {
        Matcher m = NUMBER.matcher(html);
        assertThat(m.find()).as("a letter number").isTrue();
        return m;
    }

    private static String numberOf(String html) {
        Matcher m = number(html);
        return m.group(1) + "/" + m.group(2);
    }

    private static int sequence(String html) {
        return Integer.parseInt(number(html).group(1));
    }

    private static String series(String html) {
        return number(html).group(2);
    }

    private static void clockAt(LocalDate day, LocalTime time) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(DeadlineCalculator.ZONE).toInstant()));
    }

    private static ReceivedFile parcelSplit(String applicant, String commune) {
        String place = switch (commune) {
            case BU_GIA_MAP -> "Thôn Bù Gia Phúc, xã Bù Gia Mập";
            case AN_PHUOC -> "Ấp 2, xã An Phước";
            default -> "Ấp 5, xã Long Thành";
        };
        return new ReceivedFile("parcel-split", null, Channel.IN_PERSON,
                new Dossier.Applicant(applicant, "001203009911", "0912000111", null, place),
                new Dossier.Parcel("21", "410", place, commune, false), "Tách thửa đất thành hai thửa", null);
    }
}
