package vn.motcua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import vn.motcua.dossier.DossierService;
import vn.motcua.letter.LookupThrottle;
import vn.motcua.publicpage.CitizenFiles;
import vn.motcua.support.HttpCalls;
import vn.motcua.support.IntegrationTest;

/**
 * The citizens' pages on a phone (390×844 CSS pixels, as an iPhone 12–14): the home page, a procedure,
 * the lookup opened from the receipt's QR code (the secret arrives in the fragment and leaves the
 * address bar), a wrong secret, a paused file, a file with an apology and its new date, and the rating of
 * a finished file. Every page passes axe-core without serious or critical violations. Full-page
 * screenshots go to {@code target/screenshots/public-*.png}. Runs with {@code -Pbrowser}.
 */
@IntegrationTest
class PublicPagesBrowserIT {

    private static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;

    @LocalServerPort
    int port;
    @Autowired
    DossierService dossiers;
    @Autowired
    LookupThrottle throttle;

    private ChromeDriver browser;
    private Path profile;
    private final List<String> moderateFindings = new ArrayList<>();

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile);
        }
        throttle.reset();
    }

    @Test
    void aCitizenOnAPhoneLooksUpRatesAndReadsProcedures() throws Exception {
        throttle.reset();
        CitizenFiles files = new CitizenFiles(dossiers, new HttpCalls(port));
        CitizenFiles.Held running = files.receive("Nguyễn Thị Điện Thoại");
        browser = phone();
        try {
            walk(files, running);
        } catch (Exception | AssertionError e) {
            screenshot("public-failure");
            Files.writeString(SCREENSHOTS.resolve("public-failure.html"), browser.getPageSource());
            throw e;
        }
        Files.writeString(SCREENSHOTS.resolve("public-axe-minor.txt"), String.join("\n", moderateFindings));
    }

    private void walk(CitizenFiles files, CitizenFiles.Held running) throws Exception {
        // The home page: lookup, procedures, where to file, the officers' way in.
        browser.get(base() + "/");
        assertThat(text()).contains("Tra cứu hồ sơ", "Thủ tục hành chính", "Nơi nộp hồ sơ", "Cán bộ đăng nhập");
        accessible("home");
        screenshot("public-01-home");

        // The receipt's QR code: the secret in the fragment is copied into the form and leaves the address.
        browser.get(base() + "/tra-cuu?ma=" + running.code() + "#secret=" + running.secret());
        assertThat(browser.findElement(By.id("secret")).getDomProperty("value")).isEqualTo(running.secret());
        assertThat(browser.findElement(By.id("code")).getDomProperty("value")).isEqualTo(running.code());
        assertThat(browser.getCurrentUrl()).doesNotContain("secret").doesNotContain(running.secret());
        accessible("lookup form");
        screenshot("public-02-lookup-from-qr");
        browser.findElement(By.cssSelector("form.lookup button[type=submit]")).click();
        waitFor("Tình trạng");
        assertThat(text()).contains(running.code(), "Đang giải quyết", DAY.format(dossiers.get(running.code()).dueDate()),
                "Hồ sơ đang ở", "Giấy tiếp nhận hồ sơ", "1022");
        accessible("file in progress");
        screenshot("public-03-file-in-progress");

        // A wrong secret: the same message as a wrong code, the code typed kept, the secret not.
        lookUp(running.code(), "AAAA-AAAA".equals(running.secret()) ? "BBBB-BBBB" : "AAAA-AAAA");
        waitFor("Không tìm thấy hồ sơ hoặc mã tra cứu không đúng");
        assertThat(browser.findElement(By.id("secret")).getDomProperty("value")).isEmpty();
        accessible("wrong secret");
        screenshot("public-04-wrong-secret");

        // A file whose clock stands still for the tax.
        CitizenFiles.Held paused = files.receive("Trần Văn Chờ Thuế");
        dossiers.pauseClock(paused.code(), "financialObligations", "thue1");
        lookUp(paused.code(), paused.secret());
        waitFor("Tạm ngưng tính thời hạn");
        assertThat(text()).contains("Thời gian xác định nghĩa vụ tài chính");
        accessible("paused file");
        screenshot("public-05-paused");

        // A file late enough for an apology: the new date and why.
        CitizenFiles.Held apology = files.receive("Lê Thị Hẹn Lại");
        LocalDate oldDue = dossiers.get(apology.code()).dueDate();
        LocalDate newDue = dossiers.extend(apology.code(), oldDue.plusDays(10), "Cần xác minh thêm nguồn gốc sử dụng đất",
                "lanhdao1");
        lookUp(apology.code(), apology.secret());
        waitFor("Xin lỗi và hẹn lại ngày trả kết quả");
        assertThat(text()).contains(DAY.format(newDue), DAY.format(oldDue), "Cần xác minh thêm nguồn gốc sử dụng đất");
        accessible("apology");
        screenshot("public-06-apology");

        // The result handed over: the applicant rates the service once.
        files.finish(running.code());
        lookUp(running.code(), running.secret());
        waitFor("Đánh giá mức độ hài lòng");
        screenshot("public-07-finished");
        browser.findElement(By.xpath("//form[@action='/danh-gia']//button")).click();
        waitFor("Thái độ của cán bộ");
        // a required answer left out: the browser keeps the form and says which (no post, nothing stored)
        browser.findElement(By.cssSelector("form.rating button[type=submit]")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đánh giá mức độ hài lòng");
        accessible("rating form");
        screenshot("public-08-rating-form");
        for (String answer : List.of("c-thoi-gian-som", "c-so-noi-lien-he-mot", "c-thai-do-rat-hai-long", "c-chi-phi-khong",
                "c-chung-rat-hai-long")) {
            browser.findElement(By.cssSelector("label[for='" + answer + "']")).click();
        }
        browser.findElement(By.id("comment")).sendKeys("Cán bộ hướng dẫn tận tình, trả kết quả sớm.");
        browser.findElement(By.cssSelector("form.rating button[type=submit]")).click();
        waitFor("Cảm ơn ông/bà đã đánh giá");
        accessible("rating done");
        screenshot("public-09-rated");

        // A published procedure.
        browser.get(base() + "/thu-tuc/parcel-split");
        assertThat(text()).contains("Tách thửa đất", "12 ngày làm việc", "Căn cứ");
        accessible("procedure");
        screenshot("public-10-procedure");
    }

    private void lookUp(String code, String secret) {
        browser.get(base() + "/tra-cuu");
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("secret")).sendKeys(secret);
        browser.findElement(By.cssSelector("form.lookup button[type=submit]")).click();
    }

    private void waitFor(String words) {
        // the body read while the next page replaces it is gone ("does not belong to the document"): read again
        new WebDriverWait(browser, java.time.Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), words));
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** axe-core on the page as shown: no serious or critical violation; the rest is kept for a reviewer. */
    private void accessible(String page) {
        Results results = new AxeBuilder().analyze(browser);
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
        assertThat(blocking).as("axe-core on the %s page: %s", page, blocking.stream()
                .map(rule -> rule.getId() + " " + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", "))).collect(Collectors.joining("; "))).isEmpty();
        results.getViolations().forEach(rule -> moderateFindings.add(page + ": " + rule.getImpact() + " " + rule.getId()
                + " " + rule.getHelp()));
        assertThat(results.getPasses()).as("axe-core ran on the %s page", page).isNotEmpty();
    }

    private ChromeDriver phone() throws Exception {
        profile = Files.createTempDirectory("motcua-phone");
        ChromeOptions options = HeadlessChromium.options(profile, "vi-VN");
        options.setExperimentalOption("mobileEmulation", Map.of(
                "deviceMetrics", Map.of("width", WIDTH, "height", HEIGHT, "pixelRatio", 2.0, "touch", true),
                "userAgent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                        + " Version/17.0 Mobile/15E148 Safari/604.1"));
        return HeadlessChromium.start(options);
    }

    /** The whole page as the phone lays it out, not only the first screen. */
    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Object height = browser.executeScript("return Math.ceil(document.documentElement.scrollHeight)");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", WIDTH, "height", ((Number) height).intValue(), "scale", 1)));
        Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
