package vn.motcua.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * The dashboard's complaint, dialogue and satisfaction tables follow its period (March and April 2024,
 * months no other test writes in) and its unit, and the exports carry them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitizenTablesIT {

    private static final String ECONOMY = "Phòng Kinh tế xã Long Thành";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void march2024() {
        // Phòng Kinh tế (landoffice): in March one answered on time, one late, one still open (in time at 01/04);
        // in April one open past its last day
        complaint("2024-03-04T09:00", LocalDate.of(2024, 3, 18), "2024-03-15T10:00");
        complaint("2024-03-05T09:00", LocalDate.of(2024, 3, 19), "2024-03-25T10:00");
        complaint("2024-03-20T09:00", LocalDate.of(2024, 4, 3), null);
        complaint("2024-04-02T09:00", LocalDate.of(2024, 4, 16), null);
        // the desk's dialogues in March: one of 30 minutes (long), one of 5
        dialogue("2024-03-06T09:00", "2024-03-06T09:30");
        dialogue("2024-03-07T10:00", "2024-03-07T10:05");
        // two ratings in March of files received at Long Thành and handled by its Phòng Kinh tế: one by the
        // criteria (satisfied overall, paid an extra cost), one on the old 1-5 scale (2: not satisfied)
        List<Long> files = jdbc.queryForList("""
                select id from mc_dossier where id not in (select dossier_id from mc_satisfaction_rating)
                order by id desc""", Long.class);
        rating(files.get(0), "2024-03-12T15:00", null);
        for (String[] a : new String[][] {{"thoi-gian", "tre-hen", "false"}, {"so-noi-lien-he", "mot", "true"},
                {"thai-do", "hai-long", "true"}, {"chi-phi", "co", "false"}, {"chung", "hai-long", "true"}}) {
            jdbc.update("insert into mc_satisfaction_answer (dossier_id, criterion, answer, satisfied) values (?, ?, ?, ?)",
                    files.get(0), a[0], a[1], Boolean.parseBoolean(a[2]));
        }
        rating(files.get(1), "2024-03-20T15:00", 2);
    }

    @Test
    void theComplaintDialogueAndSatisfactionTablesFollowThePeriod() throws Exception {
        HttpCalls supervisor = DashboardBrowser.loggedIn(port, "giamsat1");
        String march = flat(supervisor.get("/supervision?from=2024-03&to=2024-03", null).body());
        assertThat(table(march, "complaints")).contains(ECONOMY + "</td><td>3</td><td>1</td><td>1</td><td>1</td><td>0</td><td>0</td>");
        assertThat(table(march, "dialogues")).contains("<td>2</td><td>1</td><td>0</td>");
        assertThat(table(march, "index766")).contains(ECONOMY + "</td><td class=\"num\"><span>50,0% (1/2)</span></td>"
                + "<td class=\"muted\">Chưa thu thập</td><td class=\"num\"><span>50,0% (1/2)</span></td>");
        // count, old scale, then the criteria in the file's order: time, places, attitude, cost, online, overall
        assertThat(table(march, "satisfaction")).contains(ECONOMY + "</td><td class=\"num\">2</td><td class=\"num\">1</td>"
                + "<td class=\"num\"><span>0,0% (0/1)</span></td><td class=\"num\"><span>100,0% (1/1)</span></td>"
                + "<td class=\"num\"><span>100,0% (1/1)</span></td><td class=\"num\"><span>0,0% (0/1)</span></td>"
                + "<td class=\"num\"><span>—</span></td><td class=\"num\"><span>50,0% (1/2)</span></td>");

        String april = flat(supervisor.get("/supervision?from=2024-04&to=2024-04", null).body());
        assertThat(table(april, "complaints")).contains(ECONOMY + "</td><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td><td>0</td>");
        assertThat(april).contains("Không có lần đối thoại nào được ghi trong kỳ", "Chưa có đánh giá nào trong kỳ")
                .doesNotContain("<table class=\"dialogues\">", "<table class=\"satisfaction\">");
        assertThat(table(april, "index766")).contains(ECONOMY + "</td><td class=\"num\"><span>0,0% (0/1)</span></td>");

        // a filter on another unit leaves Phòng Kinh tế's complaints out
        String registry = flat(supervisor.get("/supervision?from=2024-03&to=2024-03&unit=landregistry", null).body());
        assertThat(registry).contains("Không có phản ánh, kiến nghị nào trong kỳ").doesNotContain("<table class=\"complaints\">");
    }

    @Test
    void theExportsCarryTheCitizenTablesOfThePeriod() throws Exception {
        HttpCalls supervisor = DashboardBrowser.loggedIn(port, "giamsat1");
        String march = new String(supervisor.client().send(HttpRequest.newBuilder(
                supervisor.uri("/supervision/export.csv?from=2024-03&to=2024-03")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body(), StandardCharsets.UTF_8);
        assertThat(march).startsWith("\uFEFFChỉ tiêu,Giá trị,Định nghĩa,Nguồn\r\n").contains(
                "\r\n\r\n\"Phản ánh, kiến nghị\"\r\nĐơn vị,Tổng số,Đã trả lời đúng hạn,",
                "\r\n" + ECONOMY + ",3,1,1,1,0,0\r\n",
                "\r\n\r\nĐối thoại\r\nBộ phận Một cửa,Số lần đối thoại,Quá 20 phút,Gắn với hồ sơ\r\n",
                ",2,1,0\r\n",
                "\r\n" + ECONOMY + ",1,2,50.0,Chưa thu thập,1,2,50.0\r\n",
                "\r\n" + ECONOMY + ",2,1,0.0,100.0,100.0,0.0,,50.0\r\n");
        String april = new String(supervisor.client().send(HttpRequest.newBuilder(
                supervisor.uri("/supervision/export.csv?from=2024-04&to=2024-04")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body(), StandardCharsets.UTF_8);
        assertThat(april).contains("\r\n" + ECONOMY + ",1,0,0,0,1,0\r\n").doesNotContain(",3,1,1,1,0,0", ",2,1,0\r\n");

        byte[] xlsx = supervisor.client().send(HttpRequest.newBuilder(
                supervisor.uri("/supervision/export.xlsx?from=2024-03&to=2024-03")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet complaints = workbook.getSheet("Phản ánh, kiến nghị");
            assertThat(complaints.getRow(1).getCell(0).getStringCellValue()).isEqualTo(ECONOMY);
            assertThat(complaints.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(workbook.getSheet("Đối thoại").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(workbook.getSheet("Mức độ hài lòng (QĐ 766)").getRow(1).getCell(3).getNumericCellValue())
                    .isEqualTo(50.0);
            assertThat(workbook.getSheet("Hài lòng theo tiêu chí").getRow(0).getCell(5).getStringCellValue())
                    .isEqualTo("Thái độ cán bộ (% hài lòng)");
        }
    }

    private void complaint(String received, LocalDate due, String answered) {
        jdbc.update("""
                insert into mc_complaint (source, kind, unit_group, leaders_group, person_name, content, received_at, due_on,
                    due_source, recorded_by, answer, answered_by, answered_at)
                values ('DESK', 'PHAN_ANH', 'landoffice', 'landofficeleaders', 'Người thử', 'Nội dung thử', ?, ?, 'thử',
                    'tiepnhan1', ?, ?, ?)""", at(received), due, answered == null ? null : "Đã trả lời",
                answered == null ? null : "chuyenvien1", answered == null ? null : at(answered));
    }

    private void dialogue(String start, String end) {
        jdbc.update("""
                insert into mc_desk_dialogue (desk_group, officer, topic, outcome, started_at, ended_at, recorded_at)
                values ('desk', 'tiepnhan1', 'Hỏi thủ tục', 'Đã hướng dẫn', ?, ?, ?)""", at(start), at(end), at(end));
    }

    private void rating(long dossier, String when, Integer score) {
        jdbc.update("""
                insert into mc_satisfaction_rating (dossier_id, desk_agency_id, processing_agency_id, score, rated_at)
                values (?, 'longthanh-centre', 'longthanh-economy', ?, ?)""", dossier, score, at(when));
    }

    private static Timestamp at(String local) {
        return Timestamp.from(LocalDateTime.parse(local).atZone(DeadlineCalculator.ZONE).toInstant());
    }

    /** The page with the white space between tags taken out. */
    private static String flat(String page) {
        return page.replaceAll(">\\s+<", "><");
    }

    private static String table(String page, String css) {
        int start = page.indexOf("<table class=\"" + css + "\">");
        assertThat(start).as("the %s table", css).isGreaterThan(0);
        return page.substring(start, page.indexOf("</table>", start));
    }
}
