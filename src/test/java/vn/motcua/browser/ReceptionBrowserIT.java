package vn.motcua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;

import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.ReceivedFile;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * A file's first steps as the officers see them, in headless Chromium: the desk officer receives
 * a land-use-conversion file through its Camunda Form in Tasklist, the land office specialist
 * finds it by its code, claims and completes the appraisal, and the supervisor finds it on the
 * dashboard. Camunda's own screens speak Vietnamese (locales/vi.json), show dates as dd/MM/yyyy
 * and no "migrate to Camunda 8" banner; the supervisor's Cockpit and the administrator's Admin are
 * looked at too. Each step is saved to {@code target/screenshots/}. Runs with {@code -Pbrowser}.
 */
@IntegrationTest
class ReceptionBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;
    private static final String PROCEDURE_NAME = "Chuyển mục đích sử dụng đất";
    /** Camunda's camDate formats in scripts/config.js: "long" (tooltips) and "normal" (lists). */
    private static final Pattern LONG_DATE = Pattern.compile("^\\p{L}[\\p{L} ]*, (\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2})$");
    private static final Pattern NORMAL_DATE = Pattern.compile("^\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}$");
    private static final ZoneId DESK_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** English that Camunda shows when vi.json is not used; none of it may be left on a page. */
    private static final String[] ENGLISH = {"Start process", "Claim", "Filter Tasks", "Log out", "Running Process Instances",
            "Process Definitions", "Deployments", "Users", "Groups", "Authorizations", "Camunda 8", "migrate"};

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ManagementService managementService;
    @Autowired
    DossierService dossiers;
    @Autowired
    MeterRegistry meters;

    private final List<Path> profiles = new ArrayList<>();
    private WebDriver browser;
    /** The browser's own language: Vietnamese at the desk, English on some desk PCs. */
    private String language = "vi-VN";
    private WebDriverWait wait;
    /** The text typed into the open form, by field label: checked again before its button is pressed. */
    private final Map<String, String> filled = new LinkedHashMap<>();

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        for (Path profile : profiles) {
            FileSystemUtils.deleteRecursively(profile);
        }
    }

    @Test
    void deskReceivesSpecialistAppraisesSupervisorSees() throws Exception {
        try {
            scenario();
        } catch (Exception | AssertionError e) {
            // What the browser showed when it went wrong, next to the step screenshots.
            if (browser != null) {
                screenshot("failure");
                Files.writeString(SCREENSHOTS.resolve("failure.html"), browser.getPageSource());
                // CI keeps the log, not the screenshots: the form's own complaints go there.
                browser.findElements(By.cssSelector(".fjs-form-field-error, .fjs-form-field-description"))
                        .forEach(message -> System.err.println("form says: " + message.getText()));
            }
            throw e;
        }
    }

    private void scenario() throws Exception {
        String applicant = "Nguyễn Thị Kiểm Thử " + ThreadLocalRandom.current().nextInt(1000, 10000);

        // 1. The desk officer receives the file through the reception form.
        open("tiepnhan1");
        assertVietnameseWithoutBanner();
        assertDeskIsToldOfComputedHolidays();
        screenshot("00-desk-tasklist");
        click(By.xpath("//a[@ng-click='open()'][contains(normalize-space(),'Bắt đầu quy trình')]"));
        type(By.xpath("//div[contains(@class,'modal-header')]//input[@ng-model='page.searchValue']"), "Chuyển mục đích");
        click(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space()='" + PROCEDURE_NAME + "']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".modal-title"), PROCEDURE_NAME));
        fill("Họ và tên người nộp", applicant);
        fill("Số định danh cá nhân (CCCD)", "001203004599");
        fill("Địa chỉ liên hệ", "Thôn Bắc, xã Long Thành");
        fill("Số tờ bản đồ", "21");
        fill("Số thửa", "118");
        fill("Địa chỉ thửa đất", "Thôn Bắc, xã Long Thành");
        fill("Mã xã nơi có thửa đất", "26041");
        fill("Nội dung yêu cầu", "Chuyển 200 m² đất trồng cây lâu năm sang đất ở");
        choose("Hồ sơ đầy đủ, hợp lệ — tiếp nhận");
        assertThat(pageText()).contains("Tiếp nhận hồ sơ", "Người nộp hồ sơ", "Thửa đất", "Kết quả kiểm tra hồ sơ");
        screenshot("01-desk-reception-form");
        submit(By.xpath("//div[contains(@class,'modal-footer')]//button[contains(@class,'btn-primary')]"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đã bắt đầu quy trình"));
        String code = wait.until(d -> fileCodeOf(applicant));

        JsonNode file = fileApi(code);
        assertThat(file.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(file.path("channel").asText()).isEqualTo("IN_PERSON");
        assertThat(file.path("applicantName").asText()).isEqualTo(applicant);
        String appointment = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.parse(file.path("dueDate").asText()));
        // The desk is told the code and the appointment to tell the applicant, and prints the receipt
        // within its Tasklist session.
        WebElement received = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".motcua-reception-receipt")));
        assertThat(received.findElement(By.cssSelector(".motcua-reception-message")).getText())
                .isEqualTo("Đã tiếp nhận hồ sơ " + code + ", hẹn trả kết quả ngày " + appointment);
        WebElement print = received.findElement(By.cssSelector("a.motcua-print-receipt"));
        assertThat(print.getText()).isEqualTo("In giấy tiếp nhận");
        assertThat(print.getDomAttribute("href")).isEqualTo("/desk/files/" + code + "/receipt");
        Object receipt = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + ' ' + r.headers.get('Content-Type')))"
                + ".catch(e => done(String(e)));", print.getDomAttribute("href"));
        assertThat(receipt).isEqualTo("200 application/pdf");
        screenshot("02-desk-file-received");
        click(By.cssSelector(".motcua-close-receipt"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".motcua-reception-receipt")));

        // 2. The file reached the land office: the specialist finds it by its code in the unit's filter.
        open("chuyenvien1");
        double servedBefore = servedByTheQueue();
        click(filter("Việc của đơn vị"));
        // Lists open sorted by the appointment, named in Vietnamese, and keep that sort from filter to filter.
        wait.until(d -> d.getCurrentUrl().contains("filter="));
        String sorting = browser.getCurrentUrl().replaceAll(".*[?&](sorting=[^&]*).*", "$1");
        assertThat(java.net.URLDecoder.decode(sorting, java.nio.charset.StandardCharsets.UTF_8)).contains("dossierDueDate");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-sorting-choices]"), "Hạn trả kết quả"));
        assertThat(browser.findElement(By.cssSelector("[cam-sorting-choices]")).getText()).doesNotContain("dossierDueDate");
        // The unit's list as it opens, served by the work queue: cards with the file's code, applicant and appointment.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//li[@ng-repeat='(delta, task) in tasks']")));
        assertThat(servedByTheQueue()).as("Tasklist's own request for the list took the work queue's path")
                .isGreaterThan(servedBefore);
        screenshot("03-specialist-unit-queue");
        browser.get(tasklist() + "#/?searchQuery=" + java.net.URLEncoder.encode("[{\"type\":\"processInstanceBusinessKey\","
                + "\"operator\":\"eq\",\"value\":\"" + code + "\",\"name\":\"\"}]", java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20") + "&filter=" + filterId("Việc của đơn vị") + "&" + sorting);
        By card = By.xpath("//li[@ng-repeat='(delta, task) in tasks'][.//*[contains(normalize-space(),'" + code + "')]]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(card));
        assertThat(browser.findElement(card).getText()).contains("Thẩm định hồ sơ, kiểm tra thực địa", code, applicant,
                PROCEDURE_NAME, "Hạn xử lý");
        // The card says "in 8 days" in Vietnamese; its tooltip has the due date as the desk reads dates.
        Task unclaimed = appraisalTask(code);
        String due = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(unclaimed.getDueDate().toInstant().atZone(DESK_ZONE));
        String cardDue = browser.findElement(card).findElement(By.cssSelector(".due-date span[am-time-ago]")).getDomAttribute("uib-tooltip");
        assertThat(cardDue).matches(LONG_DATE).endsWith(due);
        assertThat(browser.findElement(card).findElement(By.cssSelector(".due-date")).getText()).matches("Hạn xử lý .+ (tới|trước)");
        // The card shows the whole code, and the appointment as the desk reads dates; lists sort by it.
        assertThat(browser.findElement(card).getText()).contains("Hạn trả kết quả:", appointment);
        WebElement codeValue = browser.findElement(card).findElement(By.xpath(
                ".//span[contains(@class,'variable-value')][normalize-space()='" + code + "']"));
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return arguments[0].scrollWidth <= arguments[0].clientWidth", codeValue)).isEqualTo(true);
        screenshot("03-specialist-unit-tasks");
        browser.findElement(card).findElement(By.xpath(".//h4[contains(@class,'task')]/a")).click();
        By claim = By.xpath("//button[contains(@ng-click,'claim')]");
        assertThat(wait.until(ExpectedConditions.elementToBeClickable(claim)).getText()).isEqualTo("Nhận việc");
        assertThat(browser.findElement(By.cssSelector("[cam-tasklist-task] .due-date span[am-time-ago]")).getDomAttribute("uib-tooltip"))
                .matches(LONG_DATE).endsWith(due);
        assertVietnameseWithoutBanner();
        assertFileTabShowsTheFile(code, applicant);
        click(claim);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-tasklist-task]"), "Kết luận thẩm định"));
        // The form starts with the file: the specialist decides without leaving it.
        assertThat(browser.findElement(By.cssSelector("[cam-tasklist-task] .fjs-form")).getText()).contains(
                "Hồ sơ " + code, "Hẹn trả kết quả: " + appointment, "Người nộp: " + applicant + ", số định danh 001203004599",
                "Thửa đất: tờ bản đồ số 21, thửa số 118, Thôn Bắc, xã Long Thành",
                "Yêu cầu: Chuyển 200 m² đất trồng cây lâu năm sang đất ở");
        choose("Đủ điều kiện — trình giải quyết");
        fill("Kết quả thẩm định, kiểm tra thực địa", "Hồ sơ đủ điều kiện; đã kiểm tra thực địa, phù hợp quy hoạch.");
        screenshot("04-specialist-appraisal-form");
        Task appraisal = appraisalTask(code);
        assertThat(appraisal.getAssignee()).isEqualTo("chuyenvien1");
        submit(By.xpath("//button[contains(@ng-click,'complete')]"));
        wait.until(d -> taskService.createTaskQuery().taskId(appraisal.getId()).count() == 0);
        screenshot("05-specialist-appraisal-completed");

        // The demo's overdue steps of the land office are marked on their cards, in red and in words.
        browser.get(tasklist() + "#/?filter=" + filterId("Quá hạn") + "&" + sorting);
        // the search by code is kept from list to list: removed to see the whole filter
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[cam-widget-search] .remove-search"))).click();
        By cards = By.cssSelector("ol.tasks-list > li.task");
        wait.until(ExpectedConditions.visibilityOfElementLocated(cards));
        wait.until(d -> d.findElements(cards).stream().allMatch(c -> c.getDomAttribute("class").contains("motcua-overdue")
                && "Quá hạn".equals(c.findElement(By.cssSelector(".motcua-due-badge")).getText())));
        screenshot("05a-specialist-overdue-tasks");

        // The specialist finds the file again by the applicant's name typed without diacritics.
        browser.get(base() + "/files");
        type(By.id("q"), plainLetters(applicant));
        click(By.cssSelector("form.search button[type=submit]"));
        By result = By.xpath("//table[contains(@class,'results')]//a[normalize-space()='" + code + "']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(result));
        assertThat(pageText()).contains(applicant, "Đang giải quyết", appointment);
        screenshot("05b-specialist-search-without-diacritics");
        click(result);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Phiếu kiểm soát quá trình"));
        assertThat(browser.getCurrentUrl()).endsWith("/files/" + code);

        JsonNode afterAppraisal = fileApi(code);
        assertThat(afterAppraisal.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(afterAppraisal.toString()).contains("\"stepKey\":\"appraiseFile\"");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(code).active().list())
                .extracting(Task::getTaskDefinitionKey).doesNotContain("appraiseFile");
        // Next, the land registration office's cadastral extract: a request to its own system.
        assertThat(jdbc.queryForObject("select count(*) from mc_partner_exchange e join mc_dossier d on d.id = e.dossier_id"
                + " where d.code = ? and e.step_key = 'provideCadastralExtract'", Integer.class, code)).isOne();

        leaderGivesALateFileANewAppointmentOnAnEnglishBrowser();

        // 3. The supervisor sees the file on the dashboard, behind the procedure's "to process" figure.
        browser.quit();
        browser = chrome();
        browser.get(base() + "/supervision");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys("giamsat1");
        browser.findElement(By.name("password")).sendKeys("demo");
        assertThat(pageText()).contains("Bảng theo dõi giải quyết hồ sơ", "Tên đăng nhập", "Mật khẩu");
        browser.findElement(By.cssSelector("form.login button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Tỷ lệ đúng hạn"));
        assertThat(pageText()).contains("Theo thủ tục", PROCEDURE_NAME);
        screenshot("06-supervisor-dashboard");
        click(By.xpath("//tr[td[contains(normalize-space(),'" + PROCEDURE_NAME + "')]]"
                + "//a[contains(@href,'indicator=TO_PROCESS')]"));
        By row = By.xpath("//tr[td/a[normalize-space()='" + code + "']]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(row));
        assertThat(browser.findElement(row).getText()).contains(applicant, "Trực tiếp");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", browser.findElement(row));
        screenshot("07-supervisor-file-list");
        // the code opens the file page, without logging in again
        browser.findElement(row).findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Phiếu kiểm soát quá trình"));
        assertThat(browser.getCurrentUrl()).endsWith("/files/" + code);
        assertThat(pageText()).contains(code, applicant, "Thẩm định hồ sơ, kiểm tra thực địa", "Trước hạn",
                "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Tải về");
        screenshot("07a-supervisor-file-page");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('phieu-kiem-soat').scrollIntoView()");
        screenshot("07b-supervisor-file-page-control-sheet");

        // 4. The supervisor's Cockpit: dashboard and the procedure's running files, dates as dd/MM/yyyy.
        login("cockpit", "giamsat1");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Phiên quy trình đang chạy"));
        assertThat(pageText()).contains("Sự cố đang mở", "Công việc người dùng đang mở", "Định nghĩa quy trình");
        assertVietnameseWithoutBanner();
        screenshot("08-supervisor-cockpit-dashboard");
        browser.get(base() + "/camunda/app/cockpit/default/#/process-definition/" + repositoryService
                .createProcessDefinitionQuery().processDefinitionKey("land-use-conversion").latestVersion().singleResult().getId()
                + "/runtime");
        By started = By.xpath("//tr[td[contains(@class,'business-key')][contains(normalize-space(),'" + code + "')]]"
                + "/td[contains(@class,'start-time')]");
        String startTime = wait.until(ExpectedConditions.visibilityOfElementLocated(started)).getText().trim();
        assertThat(startTime).matches(NORMAL_DATE);
        assertVietnameseWithoutBanner();
        // the process instance's "Hồ sơ" tab: the same file page, on Cockpit's login
        browser.get(base() + "/camunda/app/cockpit/default/#/process-instance/" + jdbc.queryForObject(
                "select process_instance_id from mc_dossier where code = ?", String.class, code) + "/runtime?tab=motcua-file-tab");
        assertFramedFilePage(code, applicant);
        screenshot("08a-supervisor-cockpit-file-tab");
        browser.switchTo().defaultContent();

        // 5. The administrator's Admin: the officers' accounts.
        login("admin", "admin");
        browser.get(base() + "/camunda/app/admin/default/#/users");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Danh sách người dùng"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "tiepnhan1"));
        assertThat(pageText()).contains("Người dùng", "Nhóm", "Phân quyền", "Thêm người dùng", "Họ và tên đệm");
        assertVietnameseWithoutBanner();
        screenshot("09-admin-users");
    }

    /**
     * The land office's head answers a file that is already late with an apology and a new date, on a
     * desk PC whose browser speaks English: the date typed day first (15/01/2027) is the date stored,
     * not 01/03/2028 as the browser's own month-first pattern would read it.
     */
    private void leaderGivesALateFileANewAppointmentOnAnEnglishBrowser() throws Exception {
        String late = dossiers.receive(new ReceivedFile("land-use-conversion", null, Channel.IN_PERSON,
                new Dossier.Applicant("Đỗ Văn Trễ Hạn", "001203004598", null, null, "Thôn Nam, xã Long Thành"),
                new Dossier.Parcel("22", "119", "Thôn Nam, xã Long Thành", "26041", false),
                "Chuyển 150 m² đất trồng lúa sang đất ở", Instant.now().minus(Duration.ofDays(60))), "tiepnhan1").code();
        Task apology = wait.until(d -> {
            // the timer is long due: run it now unless the job executor already has
            managementService.createJobQuery().processInstanceId(dossiers.get(late).processInstanceId())
                    .activityId("apologyDue").list().forEach(job -> {
                        try {
                            managementService.executeJob(job.getId());
                        } catch (RuntimeException alreadyRun) {
                            // taken by the job executor meanwhile
                        }
                    });
            return taskService.createTaskQuery().processInstanceBusinessKey(late).taskDefinitionKey("proposeExtension")
                    .singleResult();
        });
        language = "en-US";
        try {
            open("lanhdao1");
            assertThat(((JavascriptExecutor) browser).executeScript("return navigator.language")).isEqualTo("en-US");
            browser.get(tasklist() + "#/?task=" + apology.getId());
            click(By.xpath("//button[contains(@ng-click,'claim')]"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-tasklist-task]"), "Ngày hẹn trả mới"));
            String oldDue = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(dossiers.get(late).dueDate());
            assertThat(browser.findElement(By.cssSelector("[cam-tasklist-task] .fjs-form")).getText())
                    .contains("Hồ sơ " + late, "Hẹn trả kết quả: " + oldDue, "Người nộp: Đỗ Văn Trễ Hạn");
            fill("Lý do chậm trễ", "Chờ kết quả xác định nghĩa vụ tài chính của cơ quan thuế");
            LocalDate newDue = nextWorkingWeekday(LocalDate.now(DESK_ZONE).plusDays(40));
            String typed = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(newDue);
            fill("Ngày hẹn trả mới", typed + Keys.TAB);
            WebElement dateInput = browser.findElement(By.id(browser.findElement(By.xpath(
                    "//label[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(),'Ngày hẹn trả mới')]"))
                    .getDomAttribute("for")));
            assertThat(dateInput.getDomProperty("value")).as("the date as typed, day first").isEqualTo(typed);
            screenshot("05c-leader-late-apology-english-browser");
            submit(By.xpath("//button[contains(@ng-click,'complete')]"));
            wait.until(d -> taskService.createTaskQuery().taskId(apology.getId()).count() == 0);
            assertThat(dossiers.get(late).dueDate()).isEqualTo(newDue);
        } finally {
            language = "vi-VN";
        }
    }

    /**
     * A weekday clear of Tết, so the new date is stored as typed (not moved to the next working day),
     * and after the 12th, so a month-first reading of it cannot be a date at all.
     */
    private static LocalDate nextWorkingWeekday(LocalDate day) {
        LocalDate result = day;
        while (result.getDayOfWeek().getValue() > 5 || result.getMonthValue() <= 2 || result.getDayOfMonth() <= 12) {
            result = result.plusDays(1);
        }
        return result;
    }

    /** As an officer types a name in a hurry: no diacritics, lower case. */
    private static String plainLetters(String name) {
        return java.text.Normalizer.normalize(name.replace('Đ', 'D').replace('đ', 'd'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** The task's "Hồ sơ" tab shows the file page in a frame, on Tasklist's own login; then back to the form. */
    private void assertFileTabShowsTheFile(String code, String applicant) throws Exception {
        click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Hồ sơ']"));
        assertFramedFilePage(code, applicant);
        screenshot("03a-specialist-task-file-tab");
        browser.switchTo().defaultContent();
        browser.get(base() + "/files/" + code);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Phiếu kiểm soát quá trình"));
        assertThat(pageText()).contains("Phòng Kinh tế xã Long Thành", "Thẩm định hồ sơ, kiểm tra thực địa", "Chưa có cán bộ nhận việc");
        screenshot("03b-specialist-file-page");
        browser.navigate().back();
        // Tasklist remembers the tab in its address: back to the form
        click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Biểu mẫu']"));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[contains(@ng-click,'claim')]")));
    }

    /** The file page inside a webapp's tab: switched into its frame, the file's code and applicant shown. */
    private void assertFramedFilePage(String code, String applicant) {
        WebElement frame = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("iframe.motcua-file-tab-frame")));
        assertThat(browser.findElement(By.cssSelector("a.motcua-file-tab-open")).getText()).contains(code);
        browser.switchTo().frame(frame);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Phiếu kiểm soát quá trình"));
        assertThat(pageText()).contains(code, applicant).doesNotContain("Đăng nhập");
    }

    /** Camunda's screen in Vietnamese, without English labels, and the Community Edition banner hidden. */
    private void assertVietnameseWithoutBanner() {
        String text = pageText();
        assertThat(text).doesNotContain(ENGLISH);
        for (WebElement banner : browser.findElements(By.cssSelector(".ce-eol-banner"))) {
            assertThat(banner.isDisplayed()).as("the migrate-to-Camunda-8 banner").isFalse();
        }
    }

    /**
     * When the calendar has notices (this year's or, from November on, next year's holidays only
     * computed), Tasklist's top bar says so in red and shows the full text on click; otherwise nothing.
     */
    private void assertDeskIsToldOfComputedHolidays() throws Exception {
        JsonNode notices = new ObjectMapper().readTree(new HttpCalls(port).get("/api/calendar/notices", null).body())
                .path("notices");
        By item = By.cssSelector("a.motcua-holiday-notice");
        if (notices.isEmpty()) {
            assertThat(browser.findElements(item)).isEmpty();
            return;
        }
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(item));
        for (JsonNode n : notices) {
            assertThat(notice.getText()).contains("Lịch nghỉ lễ, Tết năm").contains(n.path("year").asText());
        }
        notice.click();
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".motcua-holiday-notice-panel")));
        assertThat(panel.getText()).contains(notices.get(0).path("text").asText());
        screenshot("00a-desk-holiday-notice");
        notice.click();
        wait.until(ExpectedConditions.invisibilityOf(panel));
    }

    // --- Tasklist ----------------------------------------------------------------------------------------------

    /** A fresh browser, logged into Tasklist as the officer. */
    private void open(String user) throws Exception {
        login("tasklist", user);
        wait.until(ExpectedConditions.visibilityOfElementLocated(filter("Việc của tôi")));
    }

    /** A fresh browser, logged into one of Camunda's webapps through its Vietnamese login form. */
    private void login(String app, String user) throws Exception {
        if (browser != null) {
            browser.quit();
        }
        browser = chrome();
        browser.get(base() + "/camunda/app/" + app + "/default/");
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        WebElement password = browser.findElement(By.cssSelector("input[ng-model='password']"));
        WebElement submit = browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']"));
        assertThat(username.getDomAttribute("placeholder")).isEqualTo("Tên đăng nhập");
        assertThat(password.getDomAttribute("placeholder")).isEqualTo("Mật khẩu");
        assertThat(submit.getText()).isEqualTo("Đăng nhập");
        // Typed again if a late autofocus sent the password's keys to the name (seen once: "chuyenvien1demo").
        for (int attempt = 0; attempt < 3; attempt++) {
            username.clear();
            username.sendKeys(user);
            password.clear();
            password.sendKeys("demo");
            if (user.equals(username.getDomProperty("value")) && "demo".equals(password.getDomProperty("value"))) {
                break;
            }
        }
        submit.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name='signinForm']")));
    }

    /** One of the shared Vietnamese filters in Tasklist's left column. */
    private static By filter(String name) {
        return By.xpath("//*[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[contains(normalize-space(),'"
                + name + "')]");
    }

    /**
     * A form-js field, found by the label the officer reads (form-js ties them with label/for). Typed
     * again while the field does not hold the text: on a loaded machine form-js's debounced re-render
     * can drop keystrokes, and a required or patterned field left short keeps the form's button disabled.
     */
    private void fill(String label, String value) {
        WebElement input = fieldLabelled(label);
        input.clear();
        input.sendKeys(value);
        if (value.chars().noneMatch(c -> c >= 0xE000 && c <= 0xF8FF)) { // not a key such as TAB
            filled.put(label, value);
            retypeUntilHeld(label, value);
        }
    }

    private WebElement fieldLabelled(String label) {
        WebElement caption = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//label[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(),'" + label + "')]")));
        return wait.until(ExpectedConditions.elementToBeClickable(By.id(caption.getDomAttribute("for"))));
    }

    private void retypeUntilHeld(String label, String value) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                new WebDriverWait(browser, Duration.ofSeconds(2)).until(d -> value.equals(fieldLabelled(label).getDomProperty("value")));
                return;
            } catch (TimeoutException e) {
                WebElement input = fieldLabelled(label);
                input.clear();
                input.sendKeys(value);
            }
        }
        assertThat(fieldLabelled(label).getDomProperty("value")).as("the field '%s' after typing", label).isEqualTo(value);
    }

    /** Presses a form's button once every field typed since the last press still holds its text. */
    private void submit(By button) {
        filled.forEach(this::retypeUntilHeld);
        filled.clear();
        click(button);
    }

    private void choose(String optionLabel) {
        click(By.xpath("//div[contains(@class,'fjs-form-field-radio')]//label[contains(normalize-space(),'" + optionLabel + "')]"));
    }

    /** Scrolled to the middle first: Tasklist's footer covers the bottom of a long form. */
    private void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
        element.click();
    }

    private void type(By locator, String text) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(locator)).sendKeys(text);
    }

    private String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    // --- the system behind the pages -----------------------------------------------------------------------------

    private String fileCodeOf(String applicant) {
        List<String> codes = jdbc.queryForList("select code from mc_dossier where applicant_name = ?", String.class,
                applicant);
        return codes.isEmpty() ? null : codes.get(0);
    }

    private Task appraisalTask(String code) {
        return taskService.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey("appraiseFile")
                .singleResult();
    }

    private JsonNode fileApi(String code) throws Exception {
        HttpResponse<String> response = new HttpCalls(port).get("/api/dossiers/" + code, "giamsat1:demo");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private String filterId(String name) {
        return jdbc.queryForObject("select id_ from act_ru_filter where name_ = ?", String.class, name);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String tasklist() {
        return base() + "/camunda/app/tasklist/default/";
    }

    // --- Chromium ----------------------------------------------------------------------------------------------

    private WebDriver chrome() throws Exception {
        Path profile = Files.createTempDirectory("motcua-chromium");
        profiles.add(profile);
        ChromeDriver driver = HeadlessChromium.start(HeadlessChromium.options(profile, language, "--window-size=1400,1000"));
        wait = new WebDriverWait(driver, WAIT);
        // Tasklist redraws its lists while it settles, and a page replaces the one being read: an
        // element read mid-redraw ("stale", "does not belong to the document") is looked up again
        wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class);
        return driver;
    }

    private double servedByTheQueue() {
        var counter = meters.find("motcua.work_queue.served").tag("list", "unit").tag("answer", "page").counter();
        return counter == null ? 0 : counter.count();
    }

    private void screenshot(String name) throws Exception {
        HeadlessChromium.screenshot((ChromeDriver) browser, name);
    }
}
