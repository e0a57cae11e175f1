package cn.tenstrong.targeting;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium a city bureau registers a 推介会 on the form (a wrong entry comes back with its message and the values
 * typed), opens it, and sees it counted on 招商活动 for its industry and city in the year up to the date.
 */
@Tag("browser")
class EventBrowserTest extends IntegrationTest {

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
    void aCityRegistersAnEventAndSeesItCounted() {
        driver.get(baseUrl() + "/login");
        driver.findElement(By.id("username")).sendKeys("city");
        driver.findElement(By.id("password")).sendKeys(demoPasswords().get("city"));
        Browser.clickAndWait(driver, By.id("login-submit"));

        String counts = "/events?year=2023&asOf=2023-12-31";
        driver.get(baseUrl() + counts);
        long industryBefore = count("event-counts-industry-02");
        long cityBefore = count("event-counts-city-370100");
        driver.get(baseUrl() + "/events?year=2023&asOf=2023-04-17");
        long dayBefore = count("event-counts-industry-02");
        driver.get(baseUrl() + counts);

        Browser.clickAndWait(driver, By.id("new-event"));
        driver.findElement(By.id("name")).sendKeys("浏览器测试 高端装备产业链推介会");
        new Select(driver.findElement(By.id("type"))).selectByValue("PROMOTION");
        setValue("heldOn", "2023-04-18");
        new Select(driver.findElement(By.id("organiserOrgId"))).selectByVisibleText("济南市投资促进局");
        new Select(driver.findElement(By.id("industryCode"))).selectByValue("02");
        driver.findElement(By.id("venue")).sendKeys("济南国际会展中心");
        Browser.clickAndWait(driver, By.id("event-save"));

        // no place: refused next to the field, what was typed kept
        assertThat(driver.findElement(By.id("regionCode-error")).getText()).contains("举办地点");
        assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("浏览器测试 高端装备产业链推介会");
        new Select(driver.findElement(By.id("regionCode"))).selectByValue("370103");
        Browser.clickAndWait(driver, By.id("event-save"));

        assertThat(driver.getCurrentUrl()).matches(".*/events/\\d+$");
        assertThat(driver.findElement(By.id("event-name")).getText()).isEqualTo("浏览器测试 高端装备产业链推介会");
        assertThat(driver.findElement(By.id("event-type")).getText()).isEqualTo("推介会");
        assertThat(driver.findElement(By.id("event-city")).getText()).isEqualTo("济南市");

        driver.get(baseUrl() + counts);
        assertThat(count("event-counts-industry-02")).isEqualTo(industryBefore + 1);
        assertThat(count("event-counts-city-370100")).isEqualTo(cityBefore + 1);
        assertThat(driver.findElement(By.id("events")).getText()).contains("浏览器测试 高端装备产业链推介会");
        // as of the day before it was held it is not counted yet
        driver.get(baseUrl() + "/events?year=2023&asOf=2023-04-17");
        assertThat(count("event-counts-industry-02")).isEqualTo(dayBefore);
    }

    private long count(String rowId) {
        var rows = driver.findElements(By.cssSelector("#" + rowId + " td.events"));
        return rows.isEmpty() ? 0 : Long.parseLong(rows.get(0).getText().strip());
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                driver.findElement(By.id(id)), value);
    }
}
