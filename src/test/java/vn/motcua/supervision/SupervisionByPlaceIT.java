package vn.motcua.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import vn.motcua.calendar.DeadlineCalculator;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.ReceivedFile;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * Supervision by place: files of three communes received at two centres in September 2025 (a
 * period no other test uses), read through the dashboard's exports and the province view as a
 * supervisor and a commune leader see them, before and after the monthly rollup.
 */
@IntegrationTest
class SupervisionByPlaceIT {

    static final String LONG_THANH = "26041";
    static final String AN_PHUOC = "26068";
    static final String BU_GIA_MAP = "25219";
    static final String PERIOD = "from=2025-09&to=2025-10";

    /** Seeded once for the class: the period is the class's own. */
    static Map<String, List<String>> codesByCommune;
    static String lateTwice;
    static String lateOnce;

    @LocalServerPort
    int port;
    @Autowired
    DossierService dossiers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void seedOnce() {
        if (codesByCommune != null) {
            return;
        }
        Map<String, List<String>> codes = new LinkedHashMap<>();
        try {
            codes.put(LONG_THANH, receive(LONG_THANH, "tiepnhan1", 10, 3));
            codes.put(AN_PHUOC, receive(AN_PHUOC, "tiepnhanap", 11, 2));
            codes.put(BU_GIA_MAP, receive(BU_GIA_MAP, "tiepnhanap", 12, 1));
        } finally {
            ClockUtil.reset();
        }
        String run = UUID.randomUUID().toString().substring(0, 6);
        lateTwice = "cbtre2-" + run;
        lateOnce = "cbtre1-" + run;
        // Bù Gia Mập's land office and one officer: a late step in September and in October.
        step(codes.get(BU_GIA_MAP).get(0), "bugiamaplandoffice", lateTwice, LocalDate.of(2025, 9, 15), LocalDate.of(2025, 9, 20), "LATE");
        step(codes.get(BU_GIA_MAP).get(0), "bugiamaplandofficeleaders", lateTwice, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 6), "LATE");
        // An Phước's land office and another officer: late in September only, on time in October.
        step(codes.get(AN_PHUOC).get(0), "anphuoclandoffice", lateOnce, LocalDate.of(2025, 9, 15), LocalDate.of(2025, 9, 25), "LATE");
        step(codes.get(AN_PHUOC).get(1), "anphuoclandoffice", lateOnce, LocalDate.of(2025, 10, 2), LocalDate.of(2025, 10, 2), "ON_TIME");
        // Settled files, so the rollup has files of two communes to roll.
        finish(codes.get(LONG_THANH).get(0), LocalDate.of(2025, 9, 24));
        finish(codes.get(AN_PHUOC).get(1), LocalDate.of(2025, 10, 3));
        codesByCommune = codes;
    }

    @Test
    void theCommunesAddUpToTheProvinceAndEachLineIsTheDashboardFilteredByIt() throws Exception {
        HttpCalls supervisor = DashboardBrowser.loggedIn(port, "giamsat1");
        List<Map<String, String>> communes = csvRows(ok(supervisor.get("/supervision/province.csv?" + PERIOD, null)));
        Map<String, String> province = communes.remove(communes.size() - 1);
        assertThat(province.get("Xã")).isEqualTo("Toàn tỉnh");
        assertThat(communes).extracting(r -> r.get("Mã xã")).contains(LONG_THANH, AN_PHUOC, BU_GIA_MAP);

        for (String column : List.of("Tiếp nhận", "Phải giải quyết", "Đã giải quyết", "Đang giải quyết",
                "Đang giải quyết quá hạn")) {
            long sum = communes.stream().mapToLong(r -> number(r.get(column))).sum();
            assertThat(sum).as("communes' " + column).isEqualTo(number(province.get(column)));
        }
        Map<String, String> dashboard = figures(supervisor, PERIOD);
        assertThat(number(province.get("Phải giải quyết"))).isEqualTo(number(dashboard.get("Hồ sơ phải giải quyết")))
                .isEqualTo(6);
        assertThat(number(province.get("Tiếp nhận"))).isEqualTo(number(dashboard.get("Tiếp nhận trong kỳ")));
        for (Map<String, String> commune : communes) {
            Map<String, String> filtered = figures(supervisor, PERIOD + "&commune=" + commune.get("Mã xã"));
            assertThat(number(commune.get("Phải giải quyết"))).as(commune.get("Xã"))
                    .isEqualTo(number(filtered.get("Hồ sơ phải giải quyết")));
            assertThat(number(commune.get("Đang giải quyết quá hạn"))).as(commune.get("Xã"))
                    .isEqualTo(number(filtered.get("Đang giải quyết, quá hạn")));
        }
    }

    @Test
    void theCommuneAndAgencyFiltersNarrowTheDashboardAndItsFileLists() throws Exception {
        HttpCalls supervisor = DashboardBrowser.loggedIn(port, "giamsat1");
        assertThat(number(figures(supervisor, PERIOD + "&commune=" + AN_PHUOC).get("Hồ sơ phải giải quyết"))).isEqualTo(2);
        assertThat(number(figures(supervisor, PERIOD + "&commune=" + LONG_THANH).get("Hồ sơ phải giải quyết"))).isEqualTo(3);
        // A centre's files are those it received; another agency's, those routed to it that reached its groups.
        assertThat(number(figures(supervisor, PERIOD + "&agency=anphuoc-centre").get("Hồ sơ phải giải quyết"))).isEqualTo(3);
        assertThat(number(figures(supervisor, PERIOD + "&agency=bugiamap-economy").get("Hồ sơ phải giải quyết"))).isEqualTo(1);
        assertThat(number(figures(supervisor, PERIOD + "&agency=anphuoc-centre&commune=" + AN_PHUOC)
                .get("Hồ sơ phải giải quyết"))).isEqualTo(2);

        String listed = ok(supervisor.get("/supervision/files?indicator=TO_PROCESS&" + PERIOD + "&commune=" + AN_PHUOC, null));
        assertThat(listed).contains(codesByCommune.get(AN_PHUOC).toArray(String[]::new));
        assertThat(listed).doesNotContain(codesByCommune.get(LONG_THANH).get(0), codesByCommune.get(BU_GIA_MAP).get(0));

        // The province view's agency line is the dashboard filtered by the agency.
        Map<String, List<String>> agencies = sheet(supervisor, "/supervision/province.xlsx?" + PERIOD, "Theo cơ quan");
        assertThat(agencies.get("Phòng Kinh tế xã Bù Gia Mập").get(2)).as("Phải giải quyết").isEqualTo("1");
        assertThat(agencies.get("Trung tâm Phục vụ hành chính công xã An Phước").get(2)).isEqualTo("3");
    }

    @Test
    void aCommuneLeaderSeesHisCommuneOnlyWhateverHeAsksFor() throws Exception {
        HttpCalls chair = DashboardBrowser.loggedIn(port, "chutichap");
        Map<String, String> asked = figures(chair, PERIOD + "&commune=" + LONG_THANH);
        assertThat(asked.get("Xã (nơi có thửa đất)")).isEqualTo("Xã An Phước");
        assertThat(number(asked.get("Hồ sơ phải giải quyết"))).isEqualTo(2);
        assertThat(number(figures(chair, PERIOD).get("Hồ sơ phải giải quyết"))).isEqualTo(2);

        String page = ok(chair.get("/supervision?" + PERIOD + "&commune=" + LONG_THANH, null));
        assertThat(page).contains("<option value=\"" + AN_PHUOC + "\" selected=\"selected\">Xã An Phước</option>")
                .doesNotContain("<option value=\"" + LONG_THANH + "\"");
        String files = ok(chair.get("/supervision/files?indicator=TO_PROCESS&" + PERIOD + "&commune=" + LONG_THANH, null));
        assertThat(files).contains(codesByCommune.get(AN_PHUOC).get(0)).doesNotContain(codesByCommune.get(LONG_THANH).get(0));
        assertThat(chair.get("/supervision/province?" + PERIOD, null).statusCode()).isEqualTo(403);
    }

    @Test
    void unknownCommunesAndAgenciesAreRefusedNotEchoed() throws Exception {
        HttpCalls supervisor = DashboardBrowser.loggedIn(port, "giamsat1");
        List<String> failures = new ArrayList<>();
        for (String page : List.of("/supervision", "/supervision/files?indicator=RECEIVED", "/supervision/export.csv",
                "/supervision/export.xlsx", "/supervision/province", "/supervision/province.csv")) {
            String join = page.contains("?") ? "&" : "?";
            for (String query : List.of("commune=" + enc("<b>x</b>"), "commune=99999", "commune=" + enc(SupervisionFiltersIT.FORMULA),
                    "agency=" + enc(SupervisionFiltersIT.FORMULA), "agency=" + enc("<b>x</b>"), "agency=khong-co-co-quan-nay",
                    "unit=landregistry&agency=anphuoc-economy")) {
                HttpResponse<String> response = supervisor.get(page + join + query, null);
                String shown = page + join + query + " → " + response.statusCode();
                if (response.statusCode() != 400) {
                    failures.add("expected 400: " + shown);
                } else if (response.body().contains("HYPERLINK") || response.body().contains("<b>x</b>")
                        || response.body().contains("99999") || response.body().contains("khong-co-co-quan-nay")) {
                    failures.add("echoes the value: " + shown);
                } else if (!response.body().contains("không")) {
                    failures.add("no Vietnamese reason: " + shown);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void officersAndAgenciesLateTwoMonthsRunningAreListedNotThoseLateOnce() throws Exception {
        HttpCalls supervisor = DashboardBrowser.loggedIn(port, "giamsat1");
        Map<String, List<String>> streaks = sheet(supervisor, "/supervision/province.xlsx?" + PERIOD, "Trễ hạn liên tiếp");
        assertThat(streaks).containsKeys(lateTwice, "Phòng Kinh tế xã Bù Gia Mập")
                .doesNotContainKeys(lateOnce, "Phòng Kinh tế xã An Phước");
        assertThat(streaks.get(lateTwice).subList(1, 3)).containsExactly("2", "09/2025 – 10/2025");
        String page = ok(supervisor.get("/supervision/province?" + PERIOD, null));
        assertThat(page).contains(lateTwice, "trễ hạn hai tháng liền trở lên").doesNotContain(lateOnce);
    }

    @Test
    void rollingTheSettledFilesChangesNoFigureOfTheProvinceView() throws Exception {
        HttpCalls supervisor = DashboardBrowser.loggedIn(port, "giamsat1");
        String province = "/supervision/province.xlsx?" + PERIOD;
        List<Map<String, List<String>>> before = List.of(sheet(supervisor, province, "Theo xã"),
                sheet(supervisor, province, "Theo cơ quan"), sheet(supervisor, province, "Trễ hạn liên tiếp"));
        Map<String, String> communeBefore = figures(supervisor, PERIOD + "&commune=" + AN_PHUOC);

        assertThat(new KpiRollup(dataSource, transactions, Instant::now).rollSettledBefore(Instant.now()).files()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from mc_kpi_file_month where commune_code in (?, ?)", Long.class,
                LONG_THANH, AN_PHUOC)).isPositive();

        assertThat(List.of(sheet(supervisor, province, "Theo xã"), sheet(supervisor, province, "Theo cơ quan"),
                sheet(supervisor, province, "Trễ hạn liên tiếp"))).isEqualTo(before);
        assertThat(figures(supervisor, PERIOD + "&commune=" + AN_PHUOC)).isEqualTo(communeBefore);
    }

    private List<String> receive(String commune, String desk, int day, int files) {
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(2025, 9, day).atTime(LocalTime.of(9, 0))
                .atZone(DeadlineCalculator.ZONE).toInstant()));
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            codes.add(dossiers.receive(new ReceivedFile("land-use-conversion", null, Channel.IN_PERSON,
                    new Dossier.Applicant("Phan Văn Hậu", "001203007788", null, null, "Xã " + commune),
                    new Dossier.Parcel("9", String.valueOf(300 + i), "Thửa thử nghiệm", commune, false),
                    "Chuyển mục đích từ đất trồng cây lâu năm sang đất ở", null), desk).code());
        }
        return codes;
    }

    /** A finished step on the control sheet, due at 17:00 the day it was received. */
    private void step(String code, String unit, String officer, LocalDate received, LocalDate finished, String outcome) {
        String taskId = UUID.randomUUID().toString();
        jdbc.update("""
                insert into mc_handover (dossier_id, task_id, step_key, step_name, unit, assignee, received_at, due_at,
                    finished_at, outcome)
                select id, ?, 'appraiseFile', 'Thẩm định hồ sơ', ?, ?, ?, ?, ?, ? from mc_dossier where code = ?""",
                taskId, unit, officer, vietnam(received.atTime(9, 0)), vietnam(received.atTime(17, 0)),
                vietnam(finished.atTime(16, 0)), outcome, code);
        // counted live until rolled, as KpiLiveRows has an opened hand-over
        jdbc.update("insert into mc_kpi_live_handover (handover_id) select id from mc_handover where task_id = ?", taskId);
    }

    private void finish(String code, LocalDate on) {
        jdbc.update("update mc_dossier set status = 'FINISHED', finished_at = ? where code = ?", vietnam(on.atTime(15, 0)),
                code);
    }

    private static Timestamp vietnam(LocalDateTime wallClock) {
        return Timestamp.from(wallClock.atZone(DeadlineCalculator.ZONE).toInstant());
    }

    /** The dashboard's CSV export: each figure's label → its value. */
    private static Map<String, String> figures(HttpCalls browser, String query) throws Exception {
        Map<String, String> figures = new LinkedHashMap<>();
        for (Map<String, String> row : csvRows(ok(browser.get("/supervision/export.csv?" + query, null)))) {
            figures.putIfAbsent(row.get("Chỉ tiêu"), row.get("Giá trị"));
        }
        return figures;
    }

    /** A CSV export (RFC 4180, as {@link Exports#csv} writes it) as rows keyed by the header. */
    private static List<Map<String, String>> csvRows(String csv) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        String text = csv.replace(Exports.BOM, "");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                line.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                line.add(cell.toString());
                cell.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        List<String> header = lines.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> cells : lines.subList(1, lines.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < cells.size(); c++) {
                row.put(header.get(c), cells.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    /** A sheet of an Excel export: the second cell (a name) → the row's cells as text. */
    private Map<String, List<String>> sheet(HttpCalls browser, String path, String name) throws Exception {
        HttpResponse<byte[]> xlsx = browser.client().send(HttpRequest.newBuilder(browser.uri(path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).as(path).isEqualTo(200);
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheet(name);
            assertThat(sheet).as(name).isNotNull();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(switch (cell.getCellType()) {
                        case NUMERIC -> number(cell.getNumericCellValue());
                        default -> cell.getStringCellValue();
                    });
                }
                rows.put(cells.get(1), cells.subList(1, cells.size()));
            }
        }
        return rows;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static long number(String cell) {
        return Math.round(Double.parseDouble(cell));
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
