package cn.tenstrong.targeting;

import java.time.Duration;

import cn.tenstrong.support.Browser;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/** The lead form never loses what was typed: an invalid amount comes back next to its field; 3,500万 saves as 3500万元. */
@Tag("browser")
class LeadFormBrowserTest extends IntegrationTest {

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
    void anInvalidAmountKeepsTheFormAndAWrittenAmountSaves() {
        driver.get(baseUrl() + "/login");
        driver.findElement(By.id("username")).sendKeys("city");
        driver.findElement(By.id("password")).sendKeys(demoPasswords().get("city"));
        Browser.clickAndWait(driver, By.id("login-submit"));

        driver.get(baseUrl() + "/leads/new");
        driver.findElement(By.id("enterpriseName")).sendKeys("数值录入测试企业（模拟）");
        new Select(driver.findElement(By.id("industryCode"))).selectByValue("01");
        driver.findElement(By.id("expectedInvestment")).sendKeys("三千五百万");
        driver.findElement(By.id("contact")).sendKeys("李经理 0531-0000000");
        driver.findElement(By.id("notes")).sendKeys("意向在济南设立研发中心");
        Browser.clickAndWait(driver, By.id("lead-save"));

        assertThat(driver.getCurrentUrl()).endsWith("/leads/new");
        assertThat(driver.findElement(By.id("expectedInvestment-error")).getText()).contains("三千五百万").contains("不是有效的数值");
        assertThat(driver.findElement(By.id("enterpriseName")).getAttribute("value")).isEqualTo("数值录入测试企业（模拟）");
        assertThat(new Select(driver.findElement(By.id("industryCode"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("01");
        assertThat(driver.findElement(By.id("expectedInvestment")).getAttribute("value")).isEqualTo("三千五百万");
        assertThat(driver.findElement(By.id("contact")).getAttribute("value")).isEqualTo("李经理 0531-0000000");
        assertThat(driver.findElement(By.id("notes")).getAttribute("value")).isEqualTo("意向在济南设立研发中心");

        WebElement amount = driver.findElement(By.id("expectedInvestment"));
        amount.clear();
        amount.sendKeys("3,500万");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                d.findElement(By.id("expectedInvestment-preview")).getText().equals("= 3500万元"));
        Browser.clickAndWait(driver, By.id("lead-save"));
        assertThat(driver.getCurrentUrl()).matches(".*/leads/\\d+$");
        assertThat(driver.findElement(By.id("lead-investment")).getText()).isEqualTo("3500万元");
    }
}
