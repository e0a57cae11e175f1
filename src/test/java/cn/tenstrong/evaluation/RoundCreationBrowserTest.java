package cn.tenstrong.evaluation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task force creates a park round on the page: it opens the form from the rounds list, chooses the scheme,
 * ticks a park, searches the directory for another (the ticked one stays ticked), gives it a cohort, enters the
 * deadlines out of order and is told so with its entries kept, corrects them and lands on the new round, whose
 * subjects carry their declaring organisations and whose deadlines are shown.
 */
@Tag("browser")
class RoundCreationBrowserTest extends IntegrationTest {

    @Autowired
    EvaluationRounds rounds;
    @Autowired
    EvaluationSchemes schemes;
    @Autowired
    OrgDirectory orgs;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    cn.tenstrong.access.CurrentUsers users;

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
    void theTaskForceCreatesARoundOnThePage() {
        AsUser as = new AsUser(userDetails);
        long ownOrg = as.call("park", () -> users.require().organizationId());
        Organization other = orgs.findByName("浏览器新建测试园区管理委员会").orElseGet(() -> as.call("admin", () ->
                orgs.registerUnknown("浏览器新建测试园区管理委员会", OrganizationKind.PARK)));
        long schemeId = as.call("zhuanban", () -> schemes.schemes()).stream()
                .filter(s -> s.code().equals("sd-ii-park") && s.version() == 1).findFirst().orElseThrow().id();

        driver.get(baseUrl() + "/login");
        driver.findElement(By.id("username")).sendKeys("zhuanban");
        driver.findElement(By.id("password")).sendKeys(demoPasswords().get("zhuanban"));
        Browser.clickAndWait(driver, By.id("login-submit"));
        driver.get(baseUrl() + "/evaluations/rounds");
        Browser.clickAndWait(driver, By.id("new-round"));
        new Select(driver.findElement(By.id("schemeId"))).selectByValue(String.valueOf(schemeId));
        Browser.clickAndWait(driver, By.id("choose-scheme"));
        assertThat(driver.findElement(By.id("scheme-summary")).getText()).contains("评价对象：园区");

        // tick the park user's park, then search the directory for the other one: the first stays ticked
        driver.findElement(By.id("pick-" + ownOrg)).click();
        driver.findElement(By.id("subject-query")).sendKeys("浏览器新建");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector("#candidates tbody tr")).size() == 2
                        && !d.findElements(By.id("candidate-" + other.id())).isEmpty());
        assertThat(driver.findElement(By.id("pick-" + ownOrg)).isSelected()).isTrue();
        driver.findElement(By.id("pick-" + other.id())).click();
        driver.findElement(By.id("cohort-" + other.id())).sendKeys("省级");
        assertThat(driver.findElement(By.id("candidate-" + other.id())).getText())
                .contains("浏览器新建测试园区管理委员会");

        driver.findElement(By.id("round-name")).sendKeys("浏览器新建测试轮次");
        WebElement year = driver.findElement(By.id("round-year"));
        year.clear();
        year.sendKeys("2031");
        date("deadline-DECLARING", "2031-04-30");
        date("deadline-CITY_REVIEW", "2031-04-01");
        Browser.clickAndWait(driver, By.id("create-round"));
        assertThat(driver.findElement(By.id("create-error")).getText())
                .isEqualTo("“市级初审”的截止日期不能早于“申报”的截止日期2031-04-30");
        assertThat(driver.findElement(By.id("pick-" + ownOrg)).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("pick-" + other.id())).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("cohort-" + other.id())).getAttribute("value")).isEqualTo("省级");
        assertThat(driver.findElement(By.id("round-name")).getAttribute("value")).isEqualTo("浏览器新建测试轮次");

        date("deadline-CITY_REVIEW", "2031-05-15");
        Browser.clickAndWait(driver, By.id("create-round"));
        assertThat(driver.findElement(By.id("flash")).getText()).isEqualTo("评价轮次已创建。");
        assertThat(driver.findElement(By.id("round-title")).getText()).isEqualTo("浏览器新建测试轮次");
        assertThat(driver.findElement(By.id("deadline-row-DECLARING")).getText()).contains("2031-04-30");
        assertThat(driver.findElement(By.id("deadline-row-CITY_REVIEW")).getText()).contains("2031-05-15");
        assertThat(driver.findElement(By.id("deadline-row-EXPERT_REVIEW")).getText()).contains("未设置");

        long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/rounds/(\\d+).*", "$1"));
        RoundView round = as.call("zhuanban", () -> rounds.round(id));
        assertThat(round.year()).isEqualTo(2031);
        assertThat(round.schemeCode()).isEqualTo("sd-ii-park");
        assertThat(round.deadlines()).containsEntry(RoundStage.DECLARING, LocalDate.of(2031, 4, 30));
        List<RoundSubject> subjects = as.call("zhuanban", () -> rounds.subjects(id));
        assertThat(subjects).extracting(RoundSubject::key)
                .containsExactly(String.valueOf(ownOrg), String.valueOf(other.id()));
        assertThat(subjects).extracting(RoundSubject::ownerOrgId).containsExactly(ownOrg, other.id());
        assertThat(subjects).extracting(RoundSubject::cohort).containsExactly(null, "省级");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'CREATE' and entity_type = "
                + "'evaluation.round' and entity_id = :id").param("id", String.valueOf(id)).query(Long.class)
                .single()).isEqualTo(1);
        // the park user sees the new round in the list, but no creation link, and the form is refused to it
        driver.get(baseUrl() + "/");
        Browser.clickAndWait(driver, By.cssSelector(".topbar form button"));
        driver.get(baseUrl() + "/login");
        driver.findElement(By.id("username")).sendKeys("park");
        driver.findElement(By.id("password")).sendKeys(demoPasswords().get("park"));
        Browser.clickAndWait(driver, By.id("login-submit"));
        driver.get(baseUrl() + "/evaluations/rounds");
        assertThat(driver.findElement(By.cssSelector("#round-" + id)).getText()).contains("浏览器新建测试轮次");
        assertThat(driver.findElements(By.id("new-round"))).isEmpty();
        driver.get(baseUrl() + "/evaluations/rounds/new");
        assertThat(driver.findElements(By.id("round-form"))).isEmpty();
    }

    private void date(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                driver.findElement(By.id(id)), value);
    }
}
