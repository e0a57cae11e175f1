package cn.tenstrong.enterprise;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.tenstrong.support.Browser;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** The import pages (enterprises, relations) refuse a bad file whole and list each error by row and column. */
@Tag("browser")
class ImportPagesBrowserTest extends IntegrationTest {

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
    void aBadFileIsRefusedWithItsErrorsByRowAndColumn() throws Exception {
        driver.get(baseUrl() + "/login");
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(demoPasswords().get("admin"));
        Browser.clickAndWait(driver, By.id("login-submit"));

        Path bad = Files.createTempFile(Path.of("target").toAbsolutePath(), "bad-enterprises", ".csv");
        Files.writeString(bad, String.join(",", GenerateEnterprisesCommand.HEADER) + "\n"
                + "91370100MA3X0000,页面导入坏行测试有限公司,370102,C3985,100,2015-01-01,电子,电容,,100,10,\n",
                StandardCharsets.UTF_8);
        driver.get(baseUrl() + "/enterprises/import");
        driver.findElement(By.id("file")).sendKeys(bad.toString());
        Browser.clickAndWait(driver, By.id("upload"));
        assertThat(driver.findElement(By.id("import-error")).getText()).contains("未导入任何数据");
        List<WebElement> rows = driver.findElements(By.cssSelector("#import-errors tbody tr"));
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).getText()).startsWith("2").contains("统一社会信用代码");
        assertThat(driver.findElement(By.cssSelector("#import-errors thead")).getText()).contains("行").contains("列")
                .contains("问题");

        Path relations = Files.createTempFile(Path.of("target").toAbsolutePath(), "bad-relations", ".csv");
        Files.writeString(relations, "供方统一社会信用代码,供方企业名称,需方统一社会信用代码,需方企业名称,关系类型,金额（万元）,来源\n"
                + ",不存在的供方企业,,不存在的需方企业,供应,,页面测试\n", StandardCharsets.UTF_8);
        driver.get(baseUrl() + "/enterprises/relations");
        driver.findElement(By.id("file")).sendKeys(relations.toString());
        Browser.clickAndWait(driver, By.id("upload"));
        assertThat(driver.findElement(By.cssSelector("#import-errors tbody tr")).getText()).startsWith("2")
                .contains("供方企业名称");
    }
}
