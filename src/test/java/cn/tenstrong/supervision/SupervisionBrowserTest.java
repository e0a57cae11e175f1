package cn.tenstrong.supervision;

import cn.tenstrong.support.Browser;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 督导 → 整改 → 销号 in a real browser: the task force opens an inspection and records a finding on an item the agency
 * leads; the agency sees it in 我的待办 and reports; the task force sees 待核验销号, closes it (销号) with its 回头看 date.
 */
@Tag("browser")
class SupervisionBrowserTest extends IntegrationTest {

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
    void aTaskForceRecordsAFindingAndClosesItsRectification() {
        login("zhuanban");
        Browser.clickAndWait(driver, By.id("nav-supervision"));
        new Select(driver.findElement(By.id("scope"))).selectByValue("INDUSTRY");
        driver.findElement(By.id("title")).sendKeys("浏览器测试·专项督导");
        setDate("inspectedOn", "2025-05-06");
        driver.findElement(By.id("basis")).sendKeys("季度调度会议纪要");
        Browser.clickAndWait(driver, By.id("open-inspection-submit"));
        assertThat(driver.findElement(By.id("inspection-title")).getText()).isEqualTo("浏览器测试·专项督导");

        Select item = new Select(driver.findElement(By.id("itemId")));
        item.getOptions().stream().filter(o -> o.getText().contains("一.一")).findFirst().orElseThrow().click();
        new Select(driver.findElement(By.id("ownerOrganizationId"))).selectByVisibleText("省工业和信息化厅");
        new Select(driver.findElement(By.id("severity"))).selectByValue("SEVERE");
        driver.findElement(By.id("description")).sendKeys("浏览器测试：集成电路项目推进台账未按月更新");
        setDate("deadline", "2099-06-30");
        driver.findElement(By.id("acceptanceCriteria")).sendKeys("提交更新后的项目台账");
        driver.findElement(By.id("finding-link")).sendKeys("https://example.gov.cn/minutes");
        Browser.clickAndWait(driver, By.id("finding-submit"));
        assertThat(driver.findElement(By.id("flash")).getText()).contains("整改任务已下达");
        var row = driver.findElements(By.cssSelector("#findings tbody tr")).stream()
                .filter(r -> r.getText().contains("浏览器测试：集成电路项目推进台账未按月更新")).findFirst().orElseThrow();
        assertThat(row.getText()).contains("严重").contains("省工业和信息化厅").contains("整改中");
        Browser.clickAndWait(driver, row.findElement(By.tagName("a")));
        String rectificationUrl = driver.getCurrentUrl();
        assertThat(driver.findElement(By.id("finding-evidence")).getText()).contains("https://example.gov.cn/minutes");
        logout();

        login("agency");
        assertThat(driver.findElement(By.id("todos")).getText()).contains("待整改").contains("浏览器测试·专项督导");
        driver.get(rectificationUrl);
        driver.findElement(By.id("text")).sendKeys("已按月更新项目推进台账并报送");
        Browser.clickAndWait(driver, By.id("report-submit"));
        assertThat(driver.findElement(By.id("flash")).getText()).contains("已报送");
        assertThat(driver.findElement(By.id("rectification-status")).getText()).isEqualTo("待核验");
        logout();

        login("zhuanban");
        assertThat(driver.findElement(By.id("todos")).getText()).contains("待核验销号").contains("浏览器测试·专项督导");
        driver.get(rectificationUrl);
        assertThat(driver.findElement(By.cssSelector(".report")).getText()).contains("已按月更新项目推进台账并报送");
        driver.findElement(By.id("comment")).sendKeys("台账已更新，符合验收标准");
        setDate("recheckOn", "2099-09-30");
        Browser.clickAndWait(driver, By.id("close-submit"));
        assertThat(driver.findElement(By.id("flash")).getText()).contains("销号");
        assertThat(driver.findElement(By.id("rectification-status")).getText()).isEqualTo("已销号");
        assertThat(driver.findElement(By.id("recheck-on")).getText()).isEqualTo("2099-09-30");
        assertThat(driver.findElement(By.id("history")).getText()).contains("已销号").contains("台账已更新，符合验收标准");
        assertThat(driver.findElement(By.id("recheck-form")).isDisplayed()).isTrue();
    }

    private void setDate(String id, String iso) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, iso);
    }

    private void login(String user) {
        driver.get(baseUrl() + "/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(demoPasswords().get(user));
        Browser.clickAndWait(driver, By.id("login-submit"));
    }

    private void logout() {
        driver.get(baseUrl() + "/");
        Browser.clickAndWait(driver, By.cssSelector(".topbar form button"));
    }
}
