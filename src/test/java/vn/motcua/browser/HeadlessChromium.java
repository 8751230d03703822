package vn.motcua.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium as every browser test starts it: headless, a profile of its own, the desk's time
 * zone (Tasklist shows times as the desk sees them); screenshots land in {@code target/screenshots}.
 */
final class HeadlessChromium {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private HeadlessChromium() {
    }

    /** The options all tests share, plus their own (window size, mobile emulation). */
    static ChromeOptions options(Path profile, String language, String... more) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("browser.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--lang=" + language, "--user-data-dir=" + profile);
        options.addArguments(List.of(more));
        return options;
    }

    static ChromeDriver start(ChromeOptions options) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver")).toFile())
                .withEnvironment(Map.of("TZ", "Asia/Ho_Chi_Minh")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** The visible window, as {@code target/screenshots/<name>.png}. */
    static void screenshot(TakesScreenshot browser, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
