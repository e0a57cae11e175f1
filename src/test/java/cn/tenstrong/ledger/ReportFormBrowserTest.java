package cn.tenstrong.ledger;

import java.time.Duration;
import java.time.LocalDate;

import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.Browser;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress report form in a real browser: values typed as officials write them are previewed, saved and shown in
 * their target's scale; an invalid value brings the form back with everything typed and the error next to its field.
 */
@Tag("browser")
class ReportFormBrowserTest extends IntegrationTest {

    @Autowired
    ProgressRounds rounds;
    @Autowired
    Ledger ledger;
    @Autowired
    UserDetailsService userDetails;

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
    void aReportTypedIn万亿IsPreviewedSavedAndShownAndAnInvalidValueKeepsTheForm() {
        RoundView round = new AsUser(userDetails).call("zhuanban", () -> rounds.open("01", "MONTH", "数值测试2022年10月",
                LocalDate.of(2022, 10, 1), LocalDate.of(2022, 10, 31), LocalDate.of(2099, 12, 31)));
        // 一.一 of 新一代信息技术, led by 省工业和信息化厅: 营业收入1.4万亿元左右 (1.5 after PlanImportTest revises it), 5500亿元, …
        LedgerRow goal = ledger.rows("01", null).stream().filter(r -> r.item().label().equals("一.一")).findFirst()
                .orElseThrow();
        long revenue = goal.targets().stream().filter(t -> t.target().text().contains("万亿元")).findFirst()
                .orElseThrow().target().id();
        long manufacturing = goal.targets().stream().filter(t -> t.target().text().contains("5500亿")).findFirst()
                .orElseThrow().target().id();

        login("agency");
        driver.get(baseUrl() + "/ledger/rounds/" + round.id() + "/items/" + goal.item().id());
        driver.findElement(By.id("progressText")).sendKeys("前三季度信息技术产业营业收入1.2万亿元");
        driver.findElement(By.id("target-" + revenue)).sendKeys("1.2万亿");
        waitForText("target-" + revenue + "-preview", "= 1.2万亿元");
        driver.findElement(By.id("target-" + manufacturing)).sendKeys("四千亿");
        waitForText("target-" + manufacturing + "-preview", "不是有效的数值");
        driver.findElement(By.id("problems")).sendKeys("芯片供应偏紧");
        Browser.clickAndWait(driver, By.id("save-report"));

        // refused: the form is back with everything typed, the error next to its field, nothing saved
        assertThat(driver.findElement(By.id("target-" + manufacturing + "-error")).getText()).contains("四千亿")
                .contains("不是有效的数值");
        assertThat(driver.findElement(By.id("progressText")).getAttribute("value")).isEqualTo("前三季度信息技术产业营业收入1.2万亿元");
        assertThat(driver.findElement(By.id("target-" + revenue)).getAttribute("value")).isEqualTo("1.2万亿");
        assertThat(driver.findElement(By.id("target-" + manufacturing)).getAttribute("value")).isEqualTo("四千亿");
        assertThat(driver.findElement(By.id("problems")).getAttribute("value")).isEqualTo("芯片供应偏紧");
        assertThat(driver.findElements(By.id("my-report-status"))).isEmpty();

        WebElement fixed = driver.findElement(By.id("target-" + manufacturing));
        fixed.clear();
        fixed.sendKeys("4,200亿元");
        waitForText("target-" + manufacturing + "-preview", "= 4200亿元");
        Browser.clickAndWait(driver, By.id("save-report"));
        assertThat(driver.findElement(By.id("flash")).getText()).contains("已保存");
        assertThat(driver.findElement(By.id("target-" + revenue)).getAttribute("value")).isEqualTo("1.2万亿");
        assertThat(driver.findElement(By.id("target-" + manufacturing)).getAttribute("value")).isEqualTo("4200亿");
        String report = driver.findElement(By.cssSelector(".panel.report")).getText();
        assertThat(report).contains("1.2万亿元").contains("4200亿元").doesNotContain("1200000000000");
        ReportView saved = rounds.report(round.id(), goal.item().id(), goal.item().lead().get(0).organizationId())
                .orElseThrow();
        assertThat(saved.valuesByTarget().get(revenue)).isEqualByComparingTo("1200000000000");
        assertThat(saved.valuesByTarget().get(manufacturing)).isEqualByComparingTo("420000000000");
    }

    private void waitForText(String id, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id(id)).getText().contains(text));
    }

    private void login(String user) {
        driver.get(baseUrl() + "/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(demoPasswords().get(user));
        Browser.clickAndWait(driver, By.id("login-submit"));
    }
}
