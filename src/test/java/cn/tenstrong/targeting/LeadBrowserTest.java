package cn.tenstrong.targeting;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.GenerateEnterprisesCommand;
import cn.tenstrong.enterprise.Uscc;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.Browser;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lead from a recommendation to a signed project in a real browser: 转为线索 → the edit page (expected
 * investment) → a follow-up → 接洽 → 洽谈 → 签约 → the project in the library → the funnel's signed count.
 */
@Tag("browser")
class LeadBrowserTest extends IntegrationTest {

    private static final String ENTERPRISE = "苏州浏览器碳化硅衬底科技股份有限公司";

    @Autowired
    EnterpriseLibrary enterprises;
    @Autowired
    UserDetailsService userDetails;
    @Value("${platform.zone:Asia/Shanghai}")
    String zone;

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
    void aRecommendationBecomesALeadThenASignedProjectAndCountsInTheFunnel() {
        long enterpriseId = fixtureEnterprise();
        login("city");

        // what the funnel says before: 济南's signed leads and the chain's conversion
        driver.get(baseUrl() + "/leads/funnel");
        long signedBefore = cell("funnel-city-370100", "td[data-stage='SIGNED']");
        long convertedBefore = cell("conversion-integrated-circuit", "td.enterprises");
        long conversionSignedBefore = cell("conversion-integrated-circuit", "td.signed");
        long projectsBefore = cell("conversion-integrated-circuit", "td.projects");

        // the recommendation page of a chain segment: the fixture enterprise is recommended, 转为线索
        driver.get(baseUrl() + "/targeting/recommend?chain=integrated-circuit&segment=compound-substrate");
        WebElement row = driver.findElement(By.id("rec-" + enterpriseId));
        assertThat(row.getText()).contains(ENTERPRISE).contains("主营描述");
        String score = row.findElement(By.cssSelector("td.score")).getText();
        Browser.clickAndWait(driver, By.id("to-lead-" + enterpriseId));

        // the new lead's edit page: the enterprise, the chain's industry and the segment are filled in
        assertThat(driver.getCurrentUrl()).matches(".*/leads/\\d+/edit$");
        assertThat(driver.findElement(By.id("flash")).getText()).contains("推荐企业已转为线索");
        assertThat(driver.findElement(By.id("enterpriseName")).getAttribute("value")).isEqualTo(ENTERPRISE);
        assertThat(driver.findElement(By.id("enterpriseId")).getAttribute("value")).isEqualTo(Long.toString(enterpriseId));
        assertThat(new Select(driver.findElement(By.id("industryCode"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("01");
        assertThat(new Select(driver.findElement(By.id("segment"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("integrated-circuit/compound-substrate");
        assertThat(driver.findElement(By.id("lead-origin")).getText()).contains("集成电路").contains(score);
        driver.findElement(By.id("expectedInvestment")).sendKeys("1200000000");
        driver.findElement(By.id("contact")).sendKeys("周总 13800000000");
        Browser.clickAndWait(driver, By.id("lead-save"));

        // the lead page
        assertThat(driver.getCurrentUrl()).matches(".*/leads/\\d+$");
        String leadUrl = driver.getCurrentUrl();
        assertThat(driver.findElement(By.id("flash")).getText()).isEqualTo("线索已保存");
        assertThat(driver.findElement(By.id("lead-name")).getText()).isEqualTo(ENTERPRISE);
        assertThat(driver.findElement(By.id("lead-investment")).getText()).isEqualTo("12亿元");
        assertThat(driver.findElement(By.id("lead-segment")).getText()).contains("集成电路").contains("化合物半导体衬底");
        assertThat(driver.findElement(By.id("lead-origin")).getText()).contains("招商目标推荐").contains(score);
        assertThat(driver.findElement(By.id("lead-stage")).getText()).isEqualTo("线索");

        // a follow-up with a next step
        LocalDate today = LocalDate.now(ZoneId.of(zone));
        new Select(driver.findElement(By.id("activity-kind"))).selectByValue("MEETING");
        driver.findElement(By.id("activity-content")).sendKeys("与企业高管视频会议，介绍济南碳化硅产业配套");
        driver.findElement(By.id("activity-next")).sendKeys("报送选址方案");
        setDate("activity-due", today.plusDays(7).toString());
        Browser.clickAndWait(driver, By.id("activity-submit"));
        assertThat(driver.findElement(By.id("flash")).getText()).isEqualTo("跟进记录已添加");
        List<WebElement> activities = driver.findElements(By.cssSelector("#activity-table tbody tr"));
        assertThat(activities).hasSize(1);
        assertThat(activities.get(0).getText()).contains("会议").contains("视频会议").contains("报送选址方案")
                .contains(today.plusDays(7).toString()).contains(today.toString());
        assertThat(driver.findElements(By.id("lead-stale"))).isEmpty();

        // 接洽 → 洽谈 → 签约
        moveTo("CONTACTED", "接洽");
        moveTo("NEGOTIATING", "洽谈");
        assertThat(driver.findElements(By.id("lead-project"))).isEmpty();
        moveTo("SIGNED", "签约");
        assertThat(driver.findElements(By.id("move-form"))).isEmpty();
        assertThat(driver.findElement(By.id("lead-history")).getText()).contains("线索").contains("接洽").contains("洽谈")
                .contains("签约");

        // the project it created
        Browser.clickAndWait(driver, By.id("lead-project"));
        assertThat(driver.getCurrentUrl()).matches(".*/projects/\\d+$");
        String projectName = ENTERPRISE + "投资项目";
        assertThat(driver.findElement(By.id("project-name")).getText()).isEqualTo(projectName);
        assertThat(driver.findElement(By.id("stage-SIGNED")).getAttribute("class")).contains("done");
        assertThat(driver.findElement(By.id("stage-SIGNED")).getText()).contains(today.toString());
        assertThat(driver.findElement(By.id("stage-STARTED")).getAttribute("class")).contains("todo");
        assertThat(driver.findElement(By.id("total")).getText()).isEqualTo("12亿元");
        String projectPath = driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf("/projects/"));

        // ... and in the project library
        driver.get(baseUrl() + "/projects?q=" + java.net.URLEncoder.encode("碳化硅衬底科技", StandardCharsets.UTF_8));
        WebElement listed = driver.findElement(By.id("project-" + projectPath.substring("/projects/".length())));
        assertThat(listed.getText()).contains(projectName).contains("签约").contains("12亿元")
                .contains("“双招双引”重点签约项目").contains("济南市");

        // the funnel counts the signature, and the conversion of the chain's recommendations
        driver.get(baseUrl() + "/leads/funnel");
        assertThat(cell("funnel-city-370100", "td[data-stage='SIGNED']")).isEqualTo(signedBefore + 1);
        assertThat(cell("conversion-integrated-circuit", "td.enterprises")).isEqualTo(convertedBefore + 1);
        assertThat(cell("conversion-integrated-circuit", "td.signed")).isEqualTo(conversionSignedBefore + 1);
        assertThat(cell("conversion-integrated-circuit", "td.projects")).isEqualTo(projectsBefore + 1);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                "true".equals(d.findElement(By.id("funnel-charts")).getAttribute("data-ready")));
        assertThat(driver.findElement(By.id("chart-funnel")).findElements(By.tagName("canvas"))).isNotEmpty();

        // the lead is listed as signed
        driver.get(baseUrl() + "/leads?stage=SIGNED");
        assertThat(driver.findElement(By.id("leads")).getText()).contains(ENTERPRISE);
        driver.get(leadUrl);
        assertThat(driver.findElement(By.id("lead-stage")).getText()).isEqualTo("签约");
    }

    private void moveTo(String stage, String label) {
        new Select(driver.findElement(By.id("move-stage"))).selectByValue(stage);
        Browser.clickAndWait(driver, By.id("move-submit"));
        assertThat(driver.findElement(By.id("flash")).getText()).isEqualTo("线索阶段已更新");
        assertThat(driver.findElement(By.id("lead-stage")).getText()).isEqualTo(label);
    }

    /** A number in a row of the funnel page, 0 when the row is not there (yet). */
    private long cell(String rowId, String css) {
        List<WebElement> rows = driver.findElements(By.id(rowId));
        return rows.isEmpty() ? 0 : Long.parseLong(rows.get(0).findElement(By.cssSelector(css)).getText().strip());
    }

    private long fixtureEnterprise() {
        String uscc = Uscc.withCheckDigit("91" + "320000" + "MA7B0001" + Uscc.organizationCodeCheckChar("MA7B0001"));
        String csv = String.join(",", GenerateEnterprisesCommand.HEADER) + "\n" + uscc + "," + ENTERPRISE
                + ",320000,C3985,200000,2011-05-01,碳化硅衬底、碳化硅晶片、氮化镓衬底、碳化硅单晶的研发与生产,"
                + "碳化硅衬底,单项冠军、上市,800000,2500,\n";
        AsUser as = new AsUser(userDetails);
        as.call("admin", () -> enterprises.importFile(csv.getBytes(StandardCharsets.UTF_8), "browser-lead.csv"));
        return as.call("admin", () -> enterprises.byUscc(uscc)).orElseThrow().id();
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
