package cn.tenstrong.evaluation;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.Browser;
import cn.tenstrong.support.IntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * subjects carry their declaring organisations and whose deadlines are shown; there it uploads a 申报材料 and imports
 * the 申报模板, first with an error (listed, nothing stored), then corrected.
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
    void theTaskForceCreatesARoundOnThePage() throws Exception {
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
        // on the new round's page: a 申报材料 upload, then the 申报模板 imported with an error (listed, nothing stored)
        // and again corrected
        long ownSubject = subjects.get(0).id();
        Path pdf = Files.createTempFile("申报材料", ".pdf");
        Files.write(pdf, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        driver.findElement(By.id("evidence-input-" + ownSubject)).sendKeys(pdf.toString());
        Browser.clickAndWait(driver, By.id("evidence-upload-" + ownSubject));
        assertThat(driver.findElement(By.id("flash")).getText()).isEqualTo("申报材料已上传。");
        assertThat(driver.findElement(By.id("evidence-" + ownSubject)).getText()).contains(pdf.getFileName().toString());

        String href = driver.findElement(By.id("template-download")).getAttribute("href");
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> template = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(template.statusCode()).isEqualTo(200);
        driver.findElement(By.id("template-file")).sendKeys(filled(template.body(), "百分之十二").toString());
        Browser.clickAndWait(driver, By.id("template-submit"));
        assertThat(driver.findElement(By.id("import-errors")).getText()).contains("申报模板有1处错误，未导入任何数据")
                .contains("第3行第D列（园区规模以上工业营业收入增长率（申报））：“百分之十二”不是数字");
        assertThat(as.call("zhuanban", () -> rounds.subjects(id)).get(0).declaredAt()).isNull();
        driver.findElement(By.id("template-file")).sendKeys(filled(template.body(), "12").toString());
        Browser.clickAndWait(driver, By.id("template-submit"));
        assertThat(driver.findElement(By.id("import-done")).getText()).isEqualTo("申报模板已导入：1个参评对象的申报已更新。");
        assertThat(driver.findElement(By.id("subject-" + ownSubject)).getText()).contains("DECL1 = 12");

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

    /** The template with the first subject's growth rate (column D) filled in, as a file for the browser. */
    private static Path filled(byte[] template, String growth) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            wb.getSheetAt(0).getRow(2).createCell(3).setCellValue(growth);
            Path file = Files.createTempFile("申报模板", ".xlsx");
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        }
    }

    private void date(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                driver.findElement(By.id(id)), value);
    }
}
