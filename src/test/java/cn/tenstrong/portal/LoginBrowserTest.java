package cn.tenstrong.portal;

import java.util.Set;

import cn.tenstrong.access.DataScope;
import cn.tenstrong.access.NewUserAccount;
import cn.tenstrong.access.Role;
import cn.tenstrong.access.UserAccounts;
import cn.tenstrong.support.Browser;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** A real browser logs in and is locked out, the way a user would be. */
@Tag("browser")
class LoginBrowserTest extends IntegrationTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

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
    void agencyUserLogsInAndSeesItsOrganisation() {
        login("agency", demoPasswords().get("agency"));
        assertThat(driver.getCurrentUrl()).isEqualTo(baseUrl() + "/");
        assertThat(driver.findElement(By.id("current-org")).getText()).isEqualTo("省工业和信息化厅");
        assertThat(driver.findElement(By.id("welcome")).getText()).contains("省工业和信息化厅");
        assertThat(driver.findElement(By.id("card-cities")).getText()).isEqualTo("16");
        assertThat(driver.getTitle()).contains("首页");

        Browser.clickAndWait(driver, By.cssSelector(".topbar form button"));
        assertThat(driver.getCurrentUrl()).endsWith("/login?logout");
    }

    @Test
    void aLockedOutAddressSeesTheSameMessageAsAWrongPassword() throws InterruptedException {
        long orgId = jdbc.sql("select id from org_organization where name = '省工业和信息化厅'").query(Long.class).single();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test", null, java.util.List.of()));
        try {
            accounts.create(new NewUserAccount("browserlock", "浏览器锁定测试", orgId, DataScope.OWN_ORG, Set.of(Role.AGENCY),
                    "Browser-Lock-1"));
        } finally {
            SecurityContextHolder.clearContext();
        }
        login("nobody-at-all", "Wrong-Password-0");
        String unknownAccount = driver.findElement(By.id("login-message")).getText();
        assertThat(unknownAccount).startsWith("用户名或密码错误");
        for (int i = 1; i <= 5; i++) {
            login("browserlock", "Wrong-Password-" + i);
            assertThat(driver.findElement(By.id("login-message")).getText()).isEqualTo(unknownAccount);
            // the wait the platform imposes after the second failure doubles with each further one
            Thread.sleep(i < 2 ? 0 : (1_000L << (i - 2)) + 150);
        }
        login("browserlock", "Browser-Lock-1");
        assertThat(driver.findElement(By.id("login-message")).getText()).isEqualTo(unknownAccount);
        assertThat(driver.getCurrentUrl()).endsWith("/login?error");
    }

    private void login(String username, String password) {
        driver.get(baseUrl() + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        Browser.clickAndWait(driver, By.id("login-submit"));
    }
}
