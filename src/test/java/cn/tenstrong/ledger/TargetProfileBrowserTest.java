package cn.tenstrong.ledger;

import cn.tenstrong.plan.Qualifier;
import cn.tenstrong.support.Browser;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** 进度曲线 in a real browser: from the item page, pick a preset, save, see the saved curve and its chart, reset. */
@Tag("browser")
class TargetProfileBrowserTest extends IntegrationTest {

    @Autowired
    Ledger ledger;
    @Autowired
    ProgressRounds rounds;
    @Autowired
    TargetProfiles profiles;

    private WebDriver driver;

    @BeforeEach
    void openBrowser() {
        driver = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }

    @Test
    void theTaskForcePicksABackLoadedPresetAndSavesIt() {
        long demoRound = rounds.rounds().stream().filter(RoundView::demo).findFirst().orElseThrow().id();
        // an item due at the end of 2022 (the presets are then shown as written) with a target nobody set a curve for
        LedgerRow row = ledger.rows("01", null).stream()
                .filter(r -> r.deadline().equals(java.time.LocalDate.of(2022, 12, 31)))
                .filter(r -> r.targets().stream().anyMatch(this::curvable))
                .reduce((first, second) -> second).orElseThrow(); // the last one: away from the other tests' items
        long targetId = row.targets().stream().filter(this::curvable).findFirst().orElseThrow()
                .target().id();

        login("zhuanban");
        driver.get(baseUrl() + "/ledger/rounds/" + demoRound + "/items/" + row.item().id());
        Browser.clickAndWait(driver, By.cssSelector("#target-line-" + targetId + " a.profile-link"));
        assertThat(driver.findElement(By.id("profile-title")).getText()).startsWith("进度曲线");
        assertThat(driver.findElement(By.id("profile-rule")).getText()).contains("默认规则");
        waitForChart();
        assertThat(driver.findElement(By.id("profile-chart")).findElements(By.tagName("canvas"))).isNotEmpty();

        driver.findElement(By.id("preset-BACK_LOADED")).click();
        assertThat(driver.findElement(By.id("m5")).getDomProperty("value")).isEqualTo("25");
        assertThat(driver.findElement(By.id("profile-chart")).getDomAttribute("data-drawn"))
                .isEqualTo("3,7,12,18,25,33,42,52,63,75,87,100");
        Browser.clickAndWait(driver, By.id("save-profile"));

        assertThat(driver.findElement(By.id("flash")).getText()).contains("进度曲线已保存");
        assertThat(driver.findElement(By.id("profile-rule")).getText()).contains("产业专班设置").contains("zhuanban");
        assertThat(driver.findElement(By.id("m1")).getDomProperty("value")).isEqualTo("3");
        assertThat(driver.findElement(By.id("m5")).getDomProperty("value")).isEqualTo("25");
        assertThat(driver.findElement(By.id("m12")).getDomProperty("value")).isEqualTo("100");
        waitForChart();
        assertThat(driver.findElement(By.id("profile-chart")).getDomAttribute("data-drawn"))
                .isEqualTo("3,7,12,18,25,33,42,52,63,75,87,100");
        assertThat(driver.findElement(By.id("profile-chart")).findElements(By.tagName("canvas"))).isNotEmpty();

        // the item page marks the target; reset brings the default rule back
        Browser.clickAndWait(driver, By.id("profile-back"));
        assertThat(driver.findElement(By.id("target-line-" + targetId)).getText()).contains("自定曲线");
        Browser.clickAndWait(driver, By.cssSelector("#target-line-" + targetId + " a.profile-link"));
        Browser.clickAndWait(driver, By.id("reset-profile"));
        assertThat(driver.findElement(By.id("flash")).getText()).contains("已恢复默认规则");
        assertThat(driver.findElement(By.id("profile-rule")).getText()).contains("未设置进度曲线");
    }

    private boolean curvable(LedgerRow.TargetProgress t) {
        return t.target().qualifier() == Qualifier.MIN && t.target().value() != null && t.target().value().signum() > 0
                && !profiles.profile(t.target().id(), null).custom();
    }

    private void waitForChart() {
        new WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d ->
                "true".equals(d.findElement(By.id("profile-chart")).getDomAttribute("data-ready")));
    }

    private void login(String user) {
        driver.get(baseUrl() + "/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(demoPasswords().get(user));
        Browser.clickAndWait(driver, By.id("login-submit"));
    }
}
