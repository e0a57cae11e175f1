package cn.tenstrong.portal;

import java.time.Duration;
import java.util.List;

import cn.tenstrong.ledger.Ledger;
import cn.tenstrong.ledger.ProgressStatus;
import cn.tenstrong.ledger.StatusCounts;
import cn.tenstrong.shared.AsOf;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 领导驾驶舱 in a real browser: the leader's home page shows all 11 industries (文旅 with its two plans), the same
 * counts as the ledger on the same 评估日期, and every figure opens its list; a task force's home page is its
 * industry's cockpit.
 */
@Tag("browser")
class CockpitBrowserTest extends IntegrationTest {

    @Autowired
    Ledger ledger;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
    void theLeadersHomeIsTheCockpitWithAllElevenIndustriesAndEveryFigureDrillsDown() {
        login("leader");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("领导驾驶舱");
        List<WebElement> industries = driver.findElements(By.cssSelector("#cockpit-industries tr.industry-row"));
        assertThat(industries).hasSize(11);
        assertThat(driver.findElement(By.id("industry-09")).getText()).contains("文化旅游").contains("2个计划");
        assertThat(driver.findElement(By.id("plan-0901")).getText()).contains("文化创意");
        assertThat(driver.findElement(By.id("plan-0902")).getText()).contains("精品旅游");
        assertThat(driver.findElement(By.id("cockpit-basis")).getText()).contains("十强产业 11 个、行动计划 12 个");

        // the same count as every other page on the same 评估日期 (named explicitly: with plans of several years in
        // the library, the default judges each plan at its own year end)
        String asOf = driver.findElement(By.id("as-of")).getAttribute("value");
        driver.get(baseUrl() + "/?asOf=" + asOf);
        industries = driver.findElements(By.cssSelector("#cockpit-industries tr.industry-row"));
        AsOf day = ledger.asOf(java.time.LocalDate.parse(asOf));
        StatusCounts all = ledger.statusCounts(null, null, day);
        for (ProgressStatus s : ProgressStatus.values()) {
            assertThat(number("total-" + s)).as(s.name()).isEqualTo(all.get(s));
            int sum = 0;
            for (WebElement row : industries) {
                String code = row.getAttribute("id").substring("industry-".length());
                int shown = number("count-" + code + "-" + s);
                assertThat(shown).as(code + " " + s).isEqualTo(ledger.statusCounts(code, null, day).get(s));
                sum += shown;
            }
            // plans of no 十强 industry (another test may commit a ministry's document) have a row of their own
            List<WebElement> other = driver.findElements(By.id("count-unassigned-" + s));
            int unassigned = other.isEmpty() ? 0 : Integer.parseInt(other.get(0).getText().trim());
            assertThat(sum + unassigned).as("industries and other plans add up to the total, " + s).isEqualTo(all.get(s));
        }
        // another test class in this JVM may have published an evaluation round: then the panel shows it instead
        boolean published = jdbc.sql("select count(*) from evaluation_round where stage = 'PUBLISHED'")
                .query(Long.class).single() > 0;
        assertThat(driver.findElement(By.id(published ? "evaluation-results" : "evaluation-empty")).getText())
                .contains(published ? "园区" : "暂无评估结果");

        // drill-down: a status count opens the ledger of that industry, status and date with exactly those rows
        ProgressStatus status = java.util.Arrays.stream(ProgressStatus.values())
                .filter(s -> number("count-01-" + s) > 0 && number("count-01-" + s) <= 50).findFirst().orElseThrow();
        int expected = number("count-01-" + status);
        Browser.clickAndWait(driver, By.id("count-01-" + status));
        assertThat(driver.getCurrentUrl()).contains("/ledger").contains("industry=01").contains("status=" + status)
                .contains("asOf=" + asOf);
        assertThat(driver.findElements(By.cssSelector("tr[id^=row-]"))).hasSize(expected);
        driver.navigate().back();

        // the map of the 16 cities (current boundaries: no 莱芜市) and its table
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "true".equals(
                d.findElement(By.id("cockpit-charts")).getAttribute("data-map-ready")));
        assertThat(driver.findElements(By.cssSelector("#cockpit-cities tbody tr"))).hasSize(16);
        Object features = ((JavascriptExecutor) driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch('/geo/shandong-cities.json').then(r => r.json()).then(g => done(g.features.map(f => f.properties.name).join(',')));
                """);
        assertThat(features.toString().split(",")).hasSize(16).contains("济南市").doesNotContain("莱芜市");

        // an industry's cockpit: its key targets, its chains' gaps, each opening its list
        Browser.clickAndWait(driver, By.id("open-01"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("新一代信息技术产业驾驶舱");
        assertThat(driver.getCurrentUrl()).contains("asOf=" + asOf);
        assertThat(driver.findElements(By.cssSelector("#key-target-table tbody tr"))).isNotEmpty();
        WebElement chainGap = driver.findElement(By.cssSelector("#chain-gaps tbody tr td:nth-child(2) a"));
        Browser.clickAndWait(driver, chainGap);
        assertThat(driver.getCurrentUrl()).contains("/lists/gaps");
    }

    @Test
    void aTaskForcesHomeIsItsIndustrysCockpit() {
        login("zhuanban");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("新一代信息技术产业驾驶舱");
        assertThat(driver.findElement(By.id("industry-plans")).getText()).contains("新一代信息技术");
        assertThat(driver.findElements(By.id("todos"))).hasSizeLessThanOrEqualTo(1);
    }

    private int number(String id) {
        return Integer.parseInt(driver.findElement(By.id(id)).getText().strip());
    }

    private void login(String user) {
        driver.get(baseUrl() + "/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(demoPasswords().get(user));
        Browser.clickAndWait(driver, By.id("login-submit"));
    }
}
