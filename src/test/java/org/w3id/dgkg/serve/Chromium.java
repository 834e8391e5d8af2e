package org.w3id.dgkg.serve;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium (/usr/bin/chromium, /usr/bin/chromedriver;
 * nothing is downloaded). Without it a browser test fails in CI (CI=true) with what to install,
 * and is skipped elsewhere. Screenshots go to target/screenshots/.
 */
public final class Chromium {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SHOTS = Path.of("target/screenshots");

    private Chromium() {}

    /** Skips (locally) or fails (in CI) when Chromium or its driver is missing. */
    public static void require() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String msg = "headless Chromium is missing: install it with 'apt-get install -y chromium chromium-driver' (.ci/run does)";
            if ("true".equals(System.getenv("CI")))
                fail(msg);
            Assumptions.abort(msg);
        }
    }

    /** A headless browser with its own profile in {@code profile}. */
    public static WebDriver start(Path profile) throws IOException {
        require();
        Files.createDirectories(SHOTS);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900", "--lang=zh-CN",
                "--user-data-dir=" + profile);
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    public static void shot(WebDriver driver, String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
