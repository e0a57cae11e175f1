package cn.tenstrong.project;

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
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/** The project library in a real browser: new project → list → detail → monthly report → stage → KPIs. */
@Tag("browser")
class ProjectBrowserTest extends IntegrationTest {

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
    void createListOpenReportAndMoveAStage() {
        login("city");
        Browser.clickAndWait(driver, By.id("nav-projects"));
        Browser.clickAndWait(driver, By.id("new-project"));
        driver.findElement(By.id("name")).sendKeys("浏览器测试 新型显示模组项目");
        driver.findElement(By.id("enterpriseName")).sendKeys("浏览器显示科技有限公司");
        new Select(driver.findElement(By.id("industryCode"))).selectByValue("01");
        new Select(driver.findElement(By.id("regionCode"))).selectByValue("370102");
        driver.findElement(By.cssSelector("input[name='categories'][value='MAJOR']")).click();
        driver.findElement(By.id("totalInvestment")).sendKeys("1500000000");
        driver.findElement(By.id("yearPlannedInvestment")).sendKeys("400000000");
        driver.findElement(By.id("planYear")).sendKeys("2025");
        setDate("signedOn", "2025-01-08");
        Browser.clickAndWait(driver, By.id("project-save"));
        assertThat(driver.findElement(By.id("project-name")).getText()).isEqualTo("浏览器测试 新型显示模组项目");
        assertThat(driver.findElement(By.id("stage-SIGNED")).getAttribute("class")).contains("done");
        String detailUrl = driver.getCurrentUrl();

        driver.get(baseUrl() + "/projects?q=" + java.net.URLEncoder.encode("新型显示模组", java.nio.charset.StandardCharsets.UTF_8));
        Browser.clickAndWait(driver, By.linkText("浏览器测试 新型显示模组项目"));
        assertThat(driver.getCurrentUrl()).isEqualTo(detailUrl);

        setDate("period", "2025-02");
        driver.findElement(By.id("completed")).sendKeys("50000000");
        driver.findElement(By.id("cumulative")).sendKeys("50000000");
        driver.findElement(By.id("funds")).sendKeys("30000000");
        driver.findElement(By.id("problems")).sendKeys("配套电力未接入");
        driver.findElement(By.id("solver")).sendKeys("国网济南供电公司");
        Browser.clickAndWait(driver, By.id("report-submit"));
        assertThat(driver.findElement(By.id("flash")).getText()).isEqualTo("月度投资已保存");
        assertThat(driver.findElement(By.id("report-2025-02")).getText()).contains("5000万元").contains("配套电力未接入");

        // a decreasing cumulative amount is refused with the reason
        setDate("period", "2025-03");
        driver.findElement(By.id("completed")).clear();
        driver.findElement(By.id("completed")).sendKeys("0");
        driver.findElement(By.id("cumulative")).clear();
        driver.findElement(By.id("cumulative")).sendKeys("10");
        Browser.clickAndWait(driver, By.id("report-submit"));
        assertThat(driver.findElement(By.id("error")).getText()).contains("累计完成投资不能减少");
        assertThat(driver.findElement(By.id("cumulative")).getAttribute("value")).isEqualTo("10"); // kept as typed

        setDate("stage-on", "2025-03-01");
        Browser.clickAndWait(driver, By.id("stage-submit"));
        assertThat(driver.findElement(By.id("flash")).getText()).isEqualTo("项目阶段已更新");
        assertThat(driver.findElement(By.id("stage-STARTED")).getText()).contains("2025-03-01");

        driver.get(baseUrl() + "/projects/kpis?year=2025");
        assertThat(driver.findElement(By.id("kpi-city")).getText()).contains("济南市");
        new WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d ->
                !d.findElement(By.id("chart-city")).findElements(By.tagName("canvas")).isEmpty());
        assertThat(driver.findElement(By.id("map-note")).getText()).contains("Apache ECharts 4.1.0").contains("莱芜");
        new WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d ->
                "true".equals(d.findElement(By.id("kpi-charts")).getAttribute("data-map-ready")));
        assertThat(driver.findElement(By.id("chart-map")).findElements(By.tagName("canvas"))).isNotEmpty();
    }

    private void setDate(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private void login(String user) {
        driver.get(baseUrl() + "/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(demoPasswords().get(user));
        Browser.clickAndWait(driver, By.id("login-submit"));
    }
}
