package cn.tenstrong.enterprise;

import java.time.Duration;

import cn.tenstrong.support.Browser;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/** The task force opens a chain map in a real browser, clicks a segment and sees its enterprises. */
@Tag("browser")
class ChainMapBrowserTest extends IntegrationTest {

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
    void clickingASegmentShowsItsEnterprises() {
        driver.get(baseUrl() + "/login");
        driver.findElement(By.id("username")).sendKeys("zhuanban");
        driver.findElement(By.id("password")).sendKeys(demoPasswords().get("zhuanban"));
        Browser.clickAndWait(driver, By.id("login-submit"));

        Browser.clickAndWait(driver, By.id("nav-chains"));
        Browser.clickAndWait(driver, By.cssSelector("#chain-automobile a"));
        assertThat(driver.getCurrentUrl()).endsWith("/chains/automobile/map");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        // the ECharts graph is drawn from the JSON endpoint (a canvas; the table beside it is the clickable twin)
        wait.until(ExpectedConditions.attributeToBe(By.id("chain-map"), "data-ready", "true"));
        assertThat(driver.findElements(By.cssSelector("#chain-map canvas"))).isNotEmpty();

        driver.findElement(By.cssSelector("#seg-row-engine td a")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("panel-title"), "发动机"));
        String local = driver.findElement(By.id("panel-local")).getText();
        assertThat(local).contains("潍柴").contains("链主");
        assertThat(driver.findElement(By.id("panel-status")).getText()).contains("省内企业");
        // the project module is connected: the panel lists the segment's projects (none here) instead of "pending"
        assertThat(driver.findElements(By.id("panel-projects-pending"))).isEmpty();
        assertThat(driver.findElements(By.id("panel-projects"))).hasSize(1);

        // the lists: the chain leaders include the plan-named leader, and the target list explains why it is empty
        Browser.clickAndWait(driver, By.id("tab-leaders"));
        assertThat(driver.findElement(By.id("chain-list")).getText()).contains("潍柴").contains("中国重汽");
        Browser.clickAndWait(driver, By.id("tab-targets"));
        assertThat(driver.findElement(By.id("list-empty")).getText()).contains("精准招商模块");
    }
}
