package cn.tenstrong.evaluation;

import java.time.Duration;
import java.util.List;

import cn.tenstrong.org.Park;
import cn.tenstrong.org.ParkDirectory;
import cn.tenstrong.support.AsUser;
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
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: the park user opens its park profile (level, city, its history table and line), then the round's
 * results with the radar of the indicator groups, and its own result page with its radar, bars and history.
 */
@Tag("browser")
class ParkProfileBrowserTest extends IntegrationTest {

    @Autowired
    EvaluationRounds rounds;
    @Autowired
    ParkDirectory directory;
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

    private Park zone(String name) {
        return directory.parks().stream().filter(p -> p.zoneName().equals(name)).findFirst().orElseThrow();
    }

    private void canvasIn(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                !d.findElement(By.id(id)).findElements(By.tagName("canvas")).isEmpty());
    }

    @Test
    void theParkUserOpensItsProfileAndAResultWithItsRadar() {
        AsUser as = new AsUser(userDetails);
        Park jinan = zone("济南高新技术产业开发区");
        Park zibo = zone("淄博高新技术产业开发区");
        Park yantai = zone("烟台经济技术开发区");
        RoundView round = as.call("zhuanban", () -> {
            RoundView r = rounds.create(new NewRound("sd-ii-park", null, "园区档案浏览器测试评价", 2030, false,
                    List.of(new NewRound.Subject(String.valueOf(jinan.organizationId()), jinan.zoneName(), null,
                                    jinan.organizationId()),
                            new NewRound.Subject(String.valueOf(zibo.organizationId()), zibo.zoneName(), null,
                                    zibo.organizationId()),
                            new NewRound.Subject(String.valueOf(yantai.organizationId()), yantai.zoneName(), null,
                                    yantai.organizationId()))));
            while (r.stage() != RoundStage.PUBLISHED) {
                r = rounds.advance(r.id(), r.version());
            }
            return r;
        });

        driver.get(baseUrl() + "/login");
        driver.findElement(By.id("username")).sendKeys("park");
        driver.findElement(By.id("password")).sendKeys(demoPasswords().get("park"));
        Browser.clickAndWait(driver, By.id("login-submit"));

        Browser.clickAndWait(driver, By.id("nav-parks"));
        assertThat(driver.findElements(By.cssSelector("#parks tbody tr"))).hasSize(1);
        Browser.clickAndWait(driver, By.cssSelector("#park-" + jinan.organizationId() + " a"));
        assertThat(driver.findElement(By.id("park-title")).getText()).isEqualTo("济南高新技术产业开发区");
        assertThat(driver.findElement(By.id("park-level")).getText()).isEqualTo("国家高新技术产业开发区");
        assertThat(driver.findElement(By.id("park-city")).getText()).isEqualTo("济南市");
        assertThat(driver.findElement(By.id("park-area")).getText()).isEqualTo("暂无可引用的公开数据");
        assertThat(driver.findElement(By.id("history-" + round.id())).getText()).contains("2030")
                .contains("园区档案浏览器测试评价").contains("共3个");
        canvasIn("history-chart");

        // the round's results: the stacked bars and the radar of the indicator groups
        Browser.clickAndWait(driver, By.cssSelector("#history-" + round.id() + " a"));
        canvasIn("chart-results");
        canvasIn("chart-radar");
        // its own result: radar, bars, indicators and history
        Browser.clickAndWait(driver, By.cssSelector("#result-" + jinan.organizationId() + " .name a"));
        assertThat(driver.findElement(By.id("subject-title")).getText()).isEqualTo("济南高新技术产业开发区");
        assertThat(driver.findElement(By.id("indicator-DECL1")).getText()).contains("缺失");
        canvasIn("chart-radar");
        canvasIn("chart-bars");
        canvasIn("history-chart");

        // another park's profile is refused
        driver.get(baseUrl() + "/parks/" + zibo.organizationId());
        assertThat(driver.getPageSource()).contains("无权查看该园区");
    }
}
