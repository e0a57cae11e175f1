package cn.tenstrong.portal;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;

import cn.tenstrong.enterprise.ChainMaps;
import cn.tenstrong.enterprise.GapSegment;
import cn.tenstrong.support.Browser;
import cn.tenstrong.support.IntegrationTest;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 链长制 and 一链一策 in a real browser: the administrator enters the 链长, the chain's task force registers an alliance
 * and tags a suggested plan item, the page shows the task with its ledger status, and the Word document downloaded
 * with the browser's session opens with the chain's 链长, gaps and tasks.
 */
@Tag("browser")
class ChainPolicyBrowserTest extends IntegrationTest {

    private static final String CHAIN = "display-uhd-video";

    @Autowired
    ChainMaps maps;

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
    void theChainPolicyDocumentOpensWithTheChainsGapsAndTasks() throws Exception {
        login("admin");
        driver.get(baseUrl() + "/chains/" + CHAIN + "/map");
        Browser.clickAndWait(driver, By.id("tab-leadership"));
        assertThat(driver.findElement(By.id("chief-empty")).getText()).contains("尚未录入链长");
        driver.findElement(By.id("chief-name")).sendKeys("王测试");
        driver.findElement(By.id("chief-post")).sendKeys("副省长（浏览器测试）");
        Browser.clickAndWait(driver, By.cssSelector("#chief-form button"));
        assertThat(driver.findElement(By.id("chief-value")).getText()).isEqualTo("王测试（副省长（浏览器测试））");
        logout();

        login("zhuanban");
        driver.get(baseUrl() + "/chains/" + CHAIN + "/leadership?asOf=2022-12-31");
        assertThat(driver.findElements(By.id("chief-form"))).as("only an administrator enters the 链长").isEmpty();
        driver.findElement(By.id("alliance-name")).sendKeys("山东省新型显示产业联盟（浏览器测试）");
        Browser.clickAndWait(driver, By.cssSelector("#alliance-form button"));
        assertThat(driver.findElement(By.id("alliance-table")).getText()).contains("山东省新型显示产业联盟（浏览器测试）")
                .contains("联盟");

        WebElement suggestion = driver.findElement(By.cssSelector("#suggestion-table tbody tr"));
        String label = suggestion.findElement(By.cssSelector("td")).getText();
        Browser.clickAndWait(driver, suggestion.findElement(By.cssSelector("button.tag-item")));
        WebElement task = driver.findElement(By.cssSelector("#task-table tbody tr"));
        assertThat(task.findElement(By.cssSelector("td")).getText()).isEqualTo(label);
        String status = task.findElement(By.cssSelector(".task-status .status-chip")).getText();
        assertThat(status).isIn("已完成", "正常推进", "未报送", "滞后", "严重滞后", "逾期");

        // the Word document, downloaded with the browser's session from the page's link
        WebElement link = driver.findElement(By.id("policy-word"));
        String href = link.getAttribute("href");
        assertThat(href).contains("/chains/" + CHAIN + "/policy.docx").contains("asOf=2022-12-31");
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> word = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(word.statusCode()).isEqualTo(200);
        assertThat(word.headers().firstValue("Content-Type").orElse("")).contains("wordprocessingml");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(word.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(doc.getParagraphs().get(0).getText())
                    .isEqualTo("新型显示与超高清视频产业链“一链一策”（评估日期2022-12-31）");
            String text = extractor.getText();
            assertThat(text).contains("链长：王测试（副省长（浏览器测试））")
                    .contains("山东省新型显示产业联盟（浏览器测试）（联盟）")
                    .contains("三、短板环节").contains("五、链上任务及进展（评估日期2022-12-31）");
            List<GapSegment> gaps = maps.gaps(CHAIN);
            assertThat(gaps).isNotEmpty();
            for (GapSegment g : gaps) {
                assertThat(text).contains(g.path());
                g.findings().forEach(f -> assertThat(text).contains(f.text()));
                g.declared().forEach(d -> assertThat(text).contains(d.term() + "（" + d.sourceLabel() + "）"));
            }
            // the tagged item's row: label and the status the page showed
            String taskRow = doc.getTables().stream().flatMap(t -> t.getRows().stream())
                    .filter(r -> r.getCell(0).getText().equals(label)).map(r -> r.getTableCells().stream()
                            .map(c -> c.getText()).collect(Collectors.joining("|"))).findFirst().orElseThrow();
            assertThat(taskRow).contains("|" + status + "|");
        }
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
