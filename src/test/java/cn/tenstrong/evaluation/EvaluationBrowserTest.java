package cn.tenstrong.evaluation;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.Browser;
import cn.tenstrong.support.IntegrationTest;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A park round in a real browser: the park user declares its own park, the task force moves the round on, an expert
 * declares no conflict and scores, the task force publishes, and the Word 公示 downloaded with the browser's session
 * opens and lists the subjects in rank order with their totals.
 */
@Tag("browser")
class EvaluationBrowserTest extends IntegrationTest {

    @Autowired
    EvaluationRounds rounds;
    @Autowired
    OrgDirectory orgs;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    cn.tenstrong.access.CurrentUsers users;
    @Autowired
    EvaluationResults published;

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
    void parkDeclaresExpertScoresTaskForcePublishesAndTheWordPublicityOpens() throws Exception {
        AsUser as = new AsUser(userDetails);
        long parkOrg = as.call("park", () -> users.require().organizationId());
        Organization other = orgs.findByName("东营经济技术开发区管理委员会").orElseGet(() -> as.call("admin", () ->
                orgs.registerUnknown("东营经济技术开发区管理委员会", OrganizationKind.PARK)));
        RoundView round = as.call("zhuanban", () -> rounds.create(new NewRound("sd-ii-park", null,
                "浏览器测试工业互联网园区评价", 2031, false, List.of(
                        new NewRound.Subject(String.valueOf(parkOrg), "浏览器测试济南园区", null, parkOrg),
                        new NewRound.Subject(String.valueOf(other.id()), "浏览器测试东营园区", null, other.id())))));
        long id = round.id();
        String roundUrl = baseUrl() + "/evaluations/rounds/" + id;

        // 申报: the park user sees only its own park and declares its growth rate
        login("park");
        Browser.clickAndWait(driver, By.id("nav-evaluation-schemes"));
        Browser.clickAndWait(driver, By.cssSelector("#scheme-sd-ii-park-1 a"));
        assertThat(driver.findElement(By.id("award-rule")).getText()).contains("前5位").contains("500万元");
        assertThat(driver.findElement(By.id("indicator-DECL1")).getText()).contains("申报填报");
        assertThat(driver.findElement(By.id("indicator-EXPERT1")).getText()).contains("专家评分");
        assertThat(driver.findElement(By.id("scheme-flags")).getText()).contains("重大安全生产事故（一票否决）");
        driver.get(baseUrl() + "/evaluations/rounds");
        Browser.clickAndWait(driver, By.cssSelector("#round-" + id + " a"));
        assertThat(driver.findElements(By.cssSelector("#subjects tbody tr"))).hasSize(1);
        RoundSubject own = as.call("park", () -> rounds.subjects(id)).get(0);
        var veto = driver.findElement(By.id("flag-" + own.id() + "-0"));
        assertThat(veto.getAttribute("value")).isEqualTo("重大安全生产事故");
        assertThat(veto.isSelected()).isFalse();
        driver.findElement(By.id("value-" + own.id() + "-DECL1")).sendKeys("12");
        Browser.clickAndWait(driver, By.id("declare-submit-" + own.id()));
        assertThat(driver.findElement(By.id("flash")).getText()).isEqualTo("申报已提交。");
        assertThat(driver.findElement(By.id("subject-" + own.id())).getText()).contains("DECL1 = 12");
        logout();

        RoundSubject dongying = as.call("zhuanban", () -> rounds.subjects(id)).stream()
                .filter(s -> s.name().equals("浏览器测试东营园区")).findFirst().orElseThrow();
        as.call("zhuanban", () -> rounds.declare(id, dongying.id(), new Declaration(Map.of("DECL1",
                new BigDecimal("5")), List.of(), dongying.version())));

        // the task force moves to 市级初审 and 专家评审 and assigns the expert
        login("zhuanban");
        driver.get(roundUrl);
        Browser.clickAndWait(driver, By.id("advance"));
        assertThat(driver.findElement(By.id("round-stage")).getText()).isEqualTo("市级初审");
        Browser.clickAndWait(driver, By.id("advance"));
        assertThat(driver.findElement(By.id("round-stage")).getText()).isEqualTo("专家评审");
        for (long sid : List.of(own.id(), dongying.id())) {
            driver.findElement(By.id("reviewer-" + sid)).sendKeys("agency");
            Browser.clickAndWait(driver, By.id("assign-" + sid));
            assertThat(driver.findElement(By.id("flash")).getText()).isEqualTo("已分配评审专家。");
        }
        logout();

        // 专家评审: scoring before declaring conflicts is refused, then the expert declares none and scores
        login("agency");
        driver.get(roundUrl);
        driver.findElement(By.id("score-" + own.id() + "-EXPERT1")).sendKeys("90");
        Browser.clickAndWait(driver, By.id("score-submit-" + own.id()));
        assertThat(driver.findElement(By.id("flash-error")).getText()).contains("利益冲突");
        Map<Long, String> scores = Map.of(own.id(), "90", dongying.id(), "70");
        for (var e : scores.entrySet()) {
            Browser.clickAndWait(driver, By.id("no-conflict-" + e.getKey()));
            assertThat(driver.findElement(By.id("flash")).getText()).isEqualTo("利益冲突声明已记录。");
            driver.findElement(By.id("score-" + e.getKey() + "-EXPERT1")).sendKeys(e.getValue());
            Browser.clickAndWait(driver, By.id("score-submit-" + e.getKey()));
            assertThat(driver.findElement(By.id("flash")).getText()).isEqualTo("评分已提交。");
        }
        logout();

        // the task force moves to 公示 (frozen) and publishes
        login("zhuanban");
        driver.get(roundUrl);
        Browser.clickAndWait(driver, By.id("advance"));
        assertThat(driver.findElement(By.id("round-stage")).getText()).isEqualTo("公示");
        Browser.clickAndWait(driver, By.id("advance"));
        assertThat(driver.findElement(By.id("round-stage")).getText()).isEqualTo("发布");

        Browser.clickAndWait(driver, By.id("results-link"));
        assertThat(driver.findElement(By.id("results-state")).getText()).isEqualTo("结果已冻结（公示）");
        assertThat(driver.findElement(By.cssSelector("#result-" + parkOrg + " .rank")).getText()).isEqualTo("1");
        assertThat(driver.findElement(By.cssSelector("#result-" + other.id() + " .rank")).getText()).isEqualTo("2");
        String firstTotal = driver.findElement(By.cssSelector("#result-" + parkOrg + " .total")).getText();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d ->
                !d.findElement(By.id("chart-results")).findElements(By.tagName("canvas")).isEmpty());

        // the Word 公示, downloaded with the browser's session, opens and ranks the two parks
        String href = driver.findElement(By.id("export-word")).getAttribute("href");
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> word = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(word.statusCode()).isEqualTo(200);
        assertThat(word.headers().firstValue("Content-Type").orElse("")).contains("wordprocessingml");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(word.body()))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("浏览器测试工业互联网园区评价结果公示");
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRows()).hasSize(3);
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("1");
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("浏览器测试济南园区");
            assertThat(new BigDecimal(table.getRow(1).getCell(3).getText())).isEqualByComparingTo(firstTotal);
            assertThat(table.getRow(1).getCell(5).getText()).isEqualTo("最高500万元");
            assertThat(table.getRow(2).getCell(0).getText()).isEqualTo("2");
            assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("浏览器测试东营园区");
        }

        // the cockpit shows the newest published park round (by year, then id): this one, unless another test in this
        // JVM published a park round of its year or a later one after it
        RoundResults latest = as.call("leader", () -> published.latestPublished("PARK")).orElseThrow();
        driver.get(baseUrl() + "/cockpit");
        WebElement park = driver.findElement(By.id("evaluation-PARK"));
        assertThat(park.findElement(By.tagName("a")).getAttribute("href"))
                .endsWith("/evaluations/rounds/" + latest.round().id() + "/results");
        if (latest.round().id() == id) {
            assertThat(park.getText()).contains("园区：浏览器测试工业互联网园区评价（2031年度）").contains("浏览器测试济南园区")
                    .contains("最高500万元");
        } else {
            assertThat(latest.round().year()).isGreaterThanOrEqualTo(round.year());
        }
        assertThat(driver.findElements(By.id("evaluation-empty"))).isEmpty();
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
