package cn.tenstrong.ledger;

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

import static org.assertj.core.api.Assertions.assertThat;

/** A progress round end to end in a real browser: open → agency reports → task force accepts → dashboard. */
@Tag("browser")
class RoundBrowserTest extends IntegrationTest {

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
    void openReportAcceptAndSeeTheDashboardChange() {
        login("zhuanban");
        driver.get(baseUrl() + "/ledger/rounds");
        new Select(driver.findElement(By.id("industryCode"))).selectByValue("01");
        driver.findElement(By.id("periodLabel")).sendKeys("浏览器测试2022年9月");
        setDate("periodStart", "2022-09-01");
        setDate("periodEnd", "2022-09-30");
        setDate("dueDate", "2099-12-31");
        Browser.clickAndWait(driver, By.id("open-round-submit"));
        assertThat(driver.findElement(By.id("round-title")).getText()).isEqualTo("浏览器测试2022年9月");
        String roundUrl = driver.getCurrentUrl();
        driver.get(baseUrl() + "/ledger/dashboard?asOf=2022-09-30");
        int doneBefore = Integer.parseInt(driver.findElement(By.id("total-DONE")).getText());
        logout();

        // the agency reports on 一.三 (two targets: 两化融合指数 117, 5G基站 超16万个)
        login("agency");
        driver.get(roundUrl);
        WebElement link = driver.findElements(By.cssSelector("#round-items a")).stream()
                .filter(a -> a.getText().equals("一.三")).findFirst().orElseThrow();
        Browser.clickAndWait(driver, link);
        driver.findElement(By.id("progressText")).sendKeys("两化融合指数达到118，累计开通5G基站16.2万个");
        var inputs = driver.findElements(By.cssSelector("#report-form input[name^='target-']"));
        assertThat(inputs).hasSize(2);
        inputs.get(0).sendKeys("118");
        inputs.get(1).sendKeys("162000");
        Browser.clickAndWait(driver, By.id("submit-report"));
        assertThat(driver.findElement(By.id("flash")).getText()).contains("已报送");
        assertThat(driver.findElement(By.id("my-report-status")).getText()).isEqualTo("已报送");
        String itemUrl = driver.getCurrentUrl();
        logout();

        login("zhuanban");
        assertThat(driver.findElement(By.id("todos")).getText()).contains("待审核").contains("一.三");
        driver.get(itemUrl);
        Browser.clickAndWait(driver, By.cssSelector("form.review button[value='accept']"));
        assertThat(driver.findElement(By.id("flash")).getText()).contains("审核通过");
        assertThat(driver.findElement(By.cssSelector(".report .report-status")).getText()).isEqualTo("已通过");

        driver.get(baseUrl() + "/ledger/dashboard?asOf=2022-09-30");
        assertThat(Integer.parseInt(driver.findElement(By.id("total-DONE")).getText())).isEqualTo(doneBefore + 1);
        assertThat(driver.findElement(By.id("chart-industries")).findElements(By.tagName("canvas"))).isNotEmpty();
        driver.get(baseUrl() + "/ledger?industry=01&asOf=2022-09-30");
        WebElement row = driver.findElements(By.cssSelector("#ledger tbody tr")).stream()
                .filter(r -> r.getText().startsWith("一.三")).findFirst().orElseThrow();
        assertThat(row.getText()).contains("已完成").contains("两化融合指数达到118");
    }

    private void setDate(String id, String iso) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, iso);
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
