package cn.tenstrong.targeting;

import java.time.Duration;
import java.util.List;

import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.EnterpriseSource;
import cn.tenstrong.support.Browser;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From a gap to a lead in a real browser, on the real listed-company data: the declared gap 液压件 (工程机械) links to
 * its recommendations from the 专班认定短板 page, the map's segment panel and the 短板环节 list (one click each);
 * the first recommendation is a listed company outside Shandong with its sentence; 转为线索 opens the new lead.
 */
@Tag("browser")
class GapToLeadBrowserTest extends IntegrationTest {

    private static final String CHAIN = "construction-machinery";
    private static final String SEGMENT = "hydraulics";

    @Autowired
    EnterpriseLibrary enterprises;

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
    void aGapLinksToItsRecommendationsAndOneBecomesALead() {
        login("city");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

        // 专班认定短板: the seed's 液压件 row links to the segment's recommendations
        driver.get(baseUrl() + "/chains/" + CHAIN + "/declared-gaps");
        WebElement declared = driver.findElements(By.cssSelector("#declared-gaps tbody tr")).stream()
                .filter(r -> r.getText().contains("液压件")).findFirst().orElseThrow();
        assertThat(declared.findElement(By.cssSelector("a[id^='declared-rec-']")).getAttribute("href"))
                .contains("/targeting/recommend").contains("chain=" + CHAIN).contains("segment=" + SEGMENT);

        // the map: a click on the segment opens its panel, whose button opens the recommendations
        driver.get(baseUrl() + "/chains/" + CHAIN + "/map");
        driver.findElement(By.cssSelector("#seg-row-" + SEGMENT + " td a")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("panel-title"), "液压件"));
        assertThat(driver.findElement(By.id("panel-recommend")).getText()).isEqualTo("为该短板环节推荐招商目标");
        Browser.clickAndWait(driver, By.id("panel-recommend"));
        assertThat(driver.getCurrentUrl()).contains("/targeting/recommend").contains("segment=" + SEGMENT);
        assertThat(driver.findElement(By.id("recommend-segment")).getText()).contains("液压件").contains("工程机械");

        // the 短板环节 list: the row's link opens the same recommendations
        driver.get(baseUrl() + "/chains/" + CHAIN + "/lists/gaps");
        Browser.clickAndWait(driver, By.id("gap-rec-" + SEGMENT));
        assertThat(driver.getCurrentUrl()).contains("/targeting/recommend").contains("chain=" + CHAIN)
                .contains("segment=" + SEGMENT);
        assertThat(new Select(driver.findElement(By.id("segment"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(SEGMENT);

        // the first recommendation: a real listed company outside Shandong, with why it fits
        List<WebElement> rows = driver.findElements(By.cssSelector("#recommendations tbody tr"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
        WebElement first = rows.get(0);
        long enterpriseId = Long.parseLong(first.getAttribute("id").substring("rec-".length()));
        Enterprise e = enterprises.require(enterpriseId);
        assertThat(e.source()).isEqualTo(EnterpriseSource.PUBLIC_DATA);
        assertThat(e.stockCode()).isNotBlank();
        assertThat(e.local()).isFalse();
        assertThat(first.findElement(By.id("why-" + enterpriseId)).getText())
                .contains("专班认定短板「液压件」").contains(e.stockCode());
        assertThat(first.getText()).contains("产品匹配").contains("主营描述").contains("规模");
        String score = first.findElement(By.cssSelector("td.score")).getText();

        // 转为线索: the lead's edit page with the enterprise, the chain's industry and the segment
        Browser.clickAndWait(driver, By.id("to-lead-" + enterpriseId));
        assertThat(driver.getCurrentUrl()).matches(".*/leads/\\d+/edit$");
        assertThat(driver.findElement(By.id("flash")).getText()).contains("推荐企业已转为线索");
        assertThat(driver.findElement(By.id("enterpriseName")).getAttribute("value")).isEqualTo(e.name());
        assertThat(driver.findElement(By.id("enterpriseId")).getAttribute("value")).isEqualTo(Long.toString(enterpriseId));
        assertThat(new Select(driver.findElement(By.id("segment"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(CHAIN + "/" + SEGMENT);
        assertThat(driver.findElement(By.id("lead-origin")).getText()).contains("工程机械").contains(score);
        driver.findElement(By.id("expectedInvestment")).sendKeys("5亿元");
        Browser.clickAndWait(driver, By.id("lead-save"));
        assertThat(driver.getCurrentUrl()).matches(".*/leads/\\d+$");
        assertThat(driver.findElement(By.id("flash")).getText()).isEqualTo("线索已保存");
        assertThat(driver.findElement(By.id("lead-name")).getText()).isEqualTo(e.name());
        assertThat(driver.findElement(By.id("lead-segment")).getText()).contains("工程机械").contains("液压件");
        assertThat(driver.findElement(By.id("lead-origin")).getText()).contains("招商目标推荐").contains(score);
        assertThat(driver.findElement(By.id("lead-stage")).getText()).isEqualTo("线索");
    }

    private void login(String user) {
        driver.get(baseUrl() + "/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(demoPasswords().get(user));
        Browser.clickAndWait(driver, By.id("login-submit"));
    }
}
