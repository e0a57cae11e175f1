package cn.tenstrong.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven headless through Debian's chromedriver (both installed by .ci/run). The flags
 * keep Chromium from reaching out to the network, which this machine does not have.
 */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=zh-CN");
        try {
            options.addArguments("--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")).toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /**
     * Clicks something that loads a new page and waits until the old page is gone, so that what the test reads
     * next (the URL, an element) belongs to the new page even on a slow machine.
     */
    public static void clickAndWait(org.openqa.selenium.WebDriver driver, org.openqa.selenium.WebElement target) {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        // a mark on the current window object: a new document does not have it
        js.executeScript("window.__tenstrongOldPage = true;");
        target.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return window.__tenstrongOldPage === undefined && document.readyState === 'complete';")));
    }

    public static void clickAndWait(org.openqa.selenium.WebDriver driver, org.openqa.selenium.By target) {
        clickAndWait(driver, driver.findElement(target));
    }

    private static String firstExisting(String... paths) {
        for (String p : paths) {
            if (Files.isExecutable(Path.of(p))) {
                return p;
            }
        }
        throw new IllegalStateException("未找到 " + String.join(" / ", paths) + "：请运行 .ci/run 或 apt-get install chromium chromium-driver");
    }
}
