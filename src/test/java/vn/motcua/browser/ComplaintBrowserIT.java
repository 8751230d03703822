package vn.motcua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * A complaint in the officer's browser: the land office finds the hotline's complaint in "Việc của
 * đơn vị", reads it in the form and answers there; the desk officer opens the dialogue page and a
 * backwards dialogue is refused in Vietnamese. Screenshots in {@code target/screenshots/complaint-*}.
 * Runs with {@code -Pbrowser}.
 */
@IntegrationTest
class ComplaintBrowserIT {

    private static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private Path profile;

    @AfterEach
    void close() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile);
        }
    }

    @Test
    void theUnitAnswersAComplaintInTasklistAndTheDeskOpensItsDialoguePage() throws Exception {
        try {
            scenario();
        } catch (Exception | AssertionError e) {
            if (browser != null) {
                screenshot("complaint-failure");
                Files.writeString(SCREENSHOTS.resolve("complaint-failure.html"), browser.getPageSource());
            }
            throw e;
        }
    }

    private void scenario() throws Exception {
        HttpCalls calls = new HttpCalls(port);
        String code = HttpCalls.fileCode(calls.post("/api/dossiers", "tiepnhan1:demo", """
                {"procedureKey":"land-use-conversion","clientRequestId":"complaint-browser-1","channel":"IN_PERSON",
                 "applicant":{"fullName":"Đặng Thị Mơ","idNumber":"001203004733","address":"Thôn Nam"},
                 "parcel":{"mapSheet":"15","parcelNumber":"77","address":"Thôn Nam, xã Long Thành","communeCode":"26041"},
                 "requestSummary":"Chuyển 90 m² đất trồng cây lâu năm sang đất ở"}"""));
        HttpResponse<String> pushed = calls.post("/simulator/hotline/pushes", null, """
                {"hotlineComplaintId":"1022-2026-009901","kind":"PHAN_ANH","dossierCode":"%s","personName":"Đặng Thị Mơ",
                 "personPhone":"0903111222","content":"Đã quá một tuần mà chưa có cán bộ xuống kiểm tra thực địa thửa đất."}"""
                .formatted(code));
        long id = new ObjectMapper().readTree(pushed.body()).path("id").asLong();
        String key = "PAKN-" + id;

        login("chuyenvien1");
        String filter = jdbc.queryForObject("select id_ from act_ru_filter where name_ = ?", String.class, "Việc của đơn vị");
        browser.get(base() + "/camunda/app/tasklist/default/#/?searchQuery=" + URLEncoder.encode(
                "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\"" + key + "\",\"name\":\"\"}]",
                StandardCharsets.UTF_8).replace("+", "%20") + "&filter=" + filter);
        By card = By.xpath("//li[@ng-repeat='(delta, task) in tasks'][.//*[contains(normalize-space(),'Trả lời phản ánh, kiến nghị')]]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(card));
        assertThat(browser.findElement(card).getText()).contains("Đặng Thị Mơ", code);
        screenshot("complaint-01-unit-tasks");
        browser.findElement(card).findElement(By.xpath(".//h4[contains(@class,'task')]/a")).click();
        click(By.xpath("//button[contains(@ng-click,'claim')]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-tasklist-task]"), "Nội dung trả lời"));
        String form = browser.findElement(By.cssSelector("[cam-tasklist-task] .fjs-form")).getText();
        assertThat(form).contains("Phản ánh " + key, "Hạn trả lời:", "Nhận qua: Tổng đài 1022", "Hồ sơ liên quan: " + code,
                "Đặng Thị Mơ (0903111222)");
        assertThat(browser.findElement(By.xpath("//div[contains(@class,'fjs-form')]//a[normalize-space()='" + code + "']"))
                .getDomAttribute("href")).isEqualTo("/files/" + code);
        fill("Nội dung trả lời", "Ngày 10/12 cán bộ Phòng sẽ kiểm tra thực địa; đã báo lịch qua điện thoại.");
        screenshot("complaint-02-answer-form");
        click(By.xpath("//button[contains(@ng-click,'complete')]"));
        wait.until(d -> taskService.createTaskQuery().processInstanceBusinessKey(key).count() == 0);
        assertThat(jdbc.queryForObject("select answered_by from mc_complaint where id = ?", String.class, id))
                .isEqualTo("chuyenvien1");

        login("tiepnhan1");
        browser.get(base() + "/dialogues");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Đối thoại, hướng dẫn tại quầy"));
        screenshot("complaint-03-dialogue-page");
        WebElement start = browser.findElement(By.name("startedAt"));
        String end = browser.findElement(By.name("endedAt")).getDomProperty("value");
        start.clear();
        start.sendKeys(end.substring(0, 11) + "23:59");
        browser.findElement(By.name("topic")).sendKeys("Hỏi thủ tục cấp đổi giấy chứng nhận");
        browser.findElement(By.name("outcome")).sendKeys("Đã hướng dẫn");
        click(By.cssSelector("form.dialogue button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Chưa ghi được"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Thời điểm kết thúc phải sau thời điểm bắt đầu.");
        screenshot("complaint-04-dialogue-refused");
    }

    private void login(String user) throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (profile == null) {
            profile = Files.createTempDirectory("motcua-complaint");
        }
        browser = HeadlessChromium.start(HeadlessChromium.options(Files.createTempDirectory(profile, user), "vi-VN",
                "--window-size=1400,1000"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class);
        browser.get(base() + "/camunda/app/tasklist/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']"))).sendKeys(user);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
        browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name='signinForm']")));
    }

    private void fill(String label, String value) {
        WebElement caption = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//label[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(),'" + label + "')]")));
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id(caption.getDomAttribute("for"))));
        input.clear();
        input.sendKeys(value);
    }

    private void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
        element.click();
    }

    private void screenshot(String name) throws Exception {
        HeadlessChromium.screenshot(browser, name);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
