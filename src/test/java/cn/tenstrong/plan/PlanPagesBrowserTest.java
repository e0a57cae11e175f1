package cn.tenstrong.plan;

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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A task force imports a plan through the browser, corrects an item, commits; an agency filters its own items. */
@Tag("browser")
class PlanPagesBrowserTest extends IntegrationTest {

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
    void uploadPreviewCorrectAndCommit() throws Exception {
        Path file = Files.createTempFile("plan-", ".txt");
        Files.writeString(file, """
                高端装备产业2025年行动计划
                一、工作目标
                (一)规模目标。2025年,高端装备产业营业收入突破1.8万亿元。(牵头单位:省工业和信息化厅)
                二、主要任务
                1. 培育首台套。认定首台(套)技术装备100项以上。(牵头单位:省科技厅)
                """, StandardCharsets.UTF_8);
        login("zhuanban");
        // a task force of 新一代信息技术 does not import 高端装备's plan: the page says so and nothing is stored
        driver.get(baseUrl() + "/plans/import");
        driver.findElement(By.id("file")).sendKeys(file.toString());
        Browser.clickAndWait(driver, By.id("upload"));
        assertThat(driver.getCurrentUrl()).endsWith("/plans/import");
        assertThat(driver.getPageSource()).contains("高端装备产业2025年行动计划（高端装备）").contains("整个文件未予导入");

        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8)
                .replace("高端装备产业", "新一代信息技术产业"), StandardCharsets.UTF_8);
        driver.get(baseUrl() + "/plans/import");
        driver.findElement(By.id("file")).sendKeys(file.toString());
        Browser.clickAndWait(driver, By.id("upload"));

        assertThat(driver.getCurrentUrl()).contains("/plans/import/");
        assertThat(driver.findElement(By.id("preview-plans")).getText()).contains("新一代信息技术产业2025年行动计划").contains("新增");
        List<String> marked = driver.findElements(By.cssSelector(".plan-item mark")).stream().map(WebElement::getText).toList();
        assertThat(marked).contains("突破1.8万亿元", "100项以上");

        WebElement task = driver.findElement(By.id("item-0-1"));
        task.findElement(By.tagName("summary")).click();
        WebElement lead = task.findElement(By.name("lead"));
        lead.clear();
        lead.sendKeys("省工业和信息化厅、省科技厅");
        Browser.clickAndWait(driver, task.findElement(By.cssSelector("form.correction button")));
        assertThat(driver.findElement(By.id("item-0-1")).findElements(By.cssSelector(".chip.lead")))
                .extracting(WebElement::getText).containsExactly("省工业和信息化厅", "省科技厅");

        Browser.clickAndWait(driver, By.id("commit"));
        assertThat(driver.getCurrentUrl()).endsWith("/plans");
        assertThat(driver.findElement(By.id("import-result")).getText()).contains("新增 1 个计划、2 个条目");
        Browser.clickAndWait(driver, By.linkText("新一代信息技术产业2025年行动计划"));
        assertThat(driver.findElement(By.id("plan-title")).getText()).isEqualTo("新一代信息技术产业2025年行动计划");
        assertThat(driver.findElements(By.cssSelector(".plan-item .chip.lead"))).extracting(WebElement::getText)
                .containsExactly("省工业和信息化厅", "省工业和信息化厅", "省科技厅");
    }

    @Autowired
    PlanImports imports;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRevisionShowsTheProposedSuccessorWhichIsAcceptedOnCommit() throws Exception {
        ImportPreview first = imports.upload(ItemSuccessionTest.plan(2034).getBytes(StandardCharsets.UTF_8), "高端装备2034.txt");
        imports.commit(first.draftId());
        Path file = Files.createTempFile("plan-revised-", ".txt");
        Files.writeString(file, ItemSuccessionTest.revised(ItemSuccessionTest.plan(2034)), StandardCharsets.UTF_8);
        login("admin");
        driver.get(baseUrl() + "/plans/import");
        driver.findElement(By.id("file")).sendKeys(file.toString());
        Browser.clickAndWait(driver, By.id("upload"));

        WebElement pair = driver.findElement(By.id("succession-0-0"));
        assertThat(pair.getText()).contains("二.二.7").contains("二.七.23").contains("常态化开展重点产业链").contains("%");
        Select choice = new Select(pair.findElement(By.cssSelector("select.succession-choice")));
        assertThat(choice.getFirstSelectedOption().getAttribute("value")).isEqualTo(ItemSuccessionTest.NEW_KEY);
        assertThat(choice.getFirstSelectedOption().getText()).contains("接受").contains("二.七.23");
        assertThat(choice.getOptions()).extracting(o -> o.getAttribute("value"))
                .containsExactly(ItemSuccessionTest.NEW_KEY, ItemSuccessionTest.OTHER_NEW_KEY, "");

        Browser.clickAndWait(driver, By.id("commit"));
        assertThat(driver.getCurrentUrl()).endsWith("/plans");
        assertThat(driver.findElement(By.id("import-successions")).getText()).contains("1 个条目衔接");
        assertThat(jdbc.sql("""
                select count(*) from plan_item_succession s join plan_plan p on p.id = s.to_plan_id
                where p.year = 2034 and s.from_item_key = :from and s.to_item_key = :to and s.proposed
                """).param("from", ItemSuccessionTest.OLD_KEY).param("to", ItemSuccessionTest.NEW_KEY)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAgencySeesItsOwnItems() {
        login("agency");
        driver.get(baseUrl() + "/plans");
        Browser.clickAndWait(driver, By.linkText("05现代海洋产业2022年行动计划"));
        int all = driver.findElements(By.cssSelector(".plan-item")).size();
        Browser.clickAndWait(driver, By.id("filter-mine"));
        List<WebElement> mine = driver.findElements(By.cssSelector(".plan-item"));
        assertThat(mine.size()).isPositive().isLessThan(all);
        assertThat(mine).allSatisfy(item -> assertThat(item.getText()).contains("省工业和信息化厅"));
    }

    private void login(String user) {
        driver.get(baseUrl() + "/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(demoPasswords().get(user));
        Browser.clickAndWait(driver, By.id("login-submit"));
    }
}
