package cn.tenstrong.evaluation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.support.AsUser;
import cn.tenstrong.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The 申报模板 round trip on the test scheme (ranges, a base-year value): the 专班 exports all subjects, the park
 * only its own; a filled-in file is imported and declared; a file with a wrong row of every kind stores nothing and
 * lists each problem with its row and column; after 申报 the data is locked.
 */
class DeclarationTemplateTest extends IntegrationTest {

    @Autowired
    EvaluationRounds rounds;
    @Autowired
    DeclarationTemplates templates;
    @Autowired
    OrgDirectory orgs;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    cn.tenstrong.access.CurrentUsers users;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    private record Fixture(long roundId, long ownOrg, Organization other) {
    }

    private Fixture round(String name) {
        long ownOrg = as().call("park", () -> users.require().organizationId());
        Organization other = orgs.findByName("模板测试经济开发区管理委员会").orElseGet(() -> as().call("admin", () ->
                orgs.registerUnknown("模板测试经济开发区管理委员会", OrganizationKind.PARK)));
        RoundView round = as().call("zhuanban", () -> rounds.create(new NewRound("test-declaration-form", null, name,
                2030, false, List.of(new NewRound.Subject(String.valueOf(ownOrg), "模板测试济南园区", null, ownOrg),
                new NewRound.Subject(String.valueOf(other.id()), "模板测试其他园区", "国家级", other.id())))));
        return new Fixture(round.id(), ownOrg, other);
    }

    @Test
    void theTaskForceExportsAllRowsTheParkItsOwnAndAFilledTemplateIsDeclared() throws IOException {
        Fixture f = round("模板往返测试轮次");
        RoundSubject own = as().call("zhuanban", () -> rounds.subjects(f.roundId())).get(0);
        as().call("zhuanban", () -> rounds.declare(f.roundId(), own.id(), new Declaration(Map.of("TGROWTH",
                new BigDecimal("8.5")), List.of(), own.version())));

        byte[] all = as().call("zhuanban", () -> templates.template(f.roundId()));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(all))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("评价轮次编号");
            assertThat((long) sheet.getRow(0).getCell(1).getNumericCellValue()).isEqualTo(f.roundId());
            Row head = sheet.getRow(1);
            List<String> headers = new ArrayList<>();
            head.forEach(c -> headers.add(c.getStringCellValue()));
            // FORM leaves only (no platform or expert column), units in the header, the base-year value of the
            // increment leaf as its own column
            assertThat(headers).containsExactly("参评对象编号", "参评对象", "版本", "营业收入增长率（%）[TGROWTH]",
                    "研发投入强度（%）[TRND]", "工业总产值（亿元）[TOUTPUT]", "工业总产值（基期值）（亿元）[TOUTPUT.base]");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("模板测试济南园区");
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(8.5);
            assertThat(sheet.getRow(3).getCell(3)).isNull();
            assertThat(wb.getSheet("填报说明").getRow(1).getCell(3).getStringCellValue()).isEqualTo("-50～200");
        }
        byte[] mine = as().call("park", () -> templates.template(f.roundId()));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(mine))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(2);
            assertThat(wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo(String.valueOf(f.ownOrg()));
        }
        assertThatThrownBy(() -> as().call("agency", () -> templates.template(f.roundId())))
                .isInstanceOf(cn.tenstrong.shared.DomainException.class).hasMessageContaining("没有您可以申报");

        // the park fills its row (growth as text, the rest as numbers) and imports it
        byte[] filled = edit(mine, sheet -> {
            Row r = sheet.getRow(2);
            r.createCell(3).setCellValue("12.5");
            r.createCell(4).setCellValue(3.2);
            r.createCell(5).setCellValue(120);
            r.createCell(6).setCellValue(100);
        });
        int applied = as().call("park", () -> templates.importTemplate(f.roundId(), filled));
        assertThat(applied).isEqualTo(1);
        RoundSubject after = as().call("park", () -> rounds.subjects(f.roundId())).get(0);
        assertThat(after.values()).containsOnlyKeys("TGROWTH", "TRND", "TOUTPUT", "TOUTPUT.base");
        assertThat(after.values().get("TGROWTH")).isEqualByComparingTo("12.5");
        assertThat(after.values().get("TOUTPUT.base")).isEqualByComparingTo("100");
        assertThat(after.version()).isEqualTo(own.version() + 2);
        assertThat(jdbc.sql("""
                select count(*) from audit_log where action = 'IMPORT' and entity_type = 'evaluation.subject'
                and entity_id = :id""").param("id", String.valueOf(own.id())).query(Long.class).single()).isEqualTo(1);

        // the same file again: stale version
        DeclarationImportException stale = catchThrowableOfType(DeclarationImportException.class,
                () -> as().call("park", () -> templates.importTemplate(f.roundId(), filled)));
        assertThat(stale.errors()).singleElement().asString().startsWith("第3行：").contains("已被修改");

        // the task force's template of both rows, the other park left blank, imports without declaring it
        byte[] both = as().call("zhuanban", () -> templates.template(f.roundId()));
        assertThat(as().call("zhuanban", () -> templates.importTemplate(f.roundId(), both))).isZero();
        assertThat(as().call("zhuanban", () -> rounds.subjects(f.roundId())).get(1).declaredAt()).isNull();
    }

    @Test
    void aFileWithErrorsStoresNothingAndListsEveryProblemByRowAndColumn() throws IOException {
        Fixture f = round("模板全有或全无测试轮次");
        byte[] template = as().call("zhuanban", () -> templates.template(f.roundId()));
        byte[] bad = edit(template, sheet -> {
            sheet.getRow(2).createCell(3).setCellValue("十二");       // 第3行 D: not a number
            sheet.getRow(2).createCell(4).setCellValue(150);          // 第3行 E: 研发投入强度 above 100
            sheet.getRow(3).createCell(3).setCellValue(20);           // 第4行: fine by itself
            sheet.getRow(3).createCell(5).setCellValue(-3);           // 第4行 F: 工业总产值 below 0
            Row unknown = sheet.createRow(4);
            unknown.createCell(0).setCellValue("999999999");          // 第5行: no such subject
            unknown.createCell(2).setCellValue(1);
            unknown.createCell(3).setCellValue(5);
            Row dup = sheet.createRow(5);                              // 第6行: the other park twice
            dup.createCell(0).setCellValue(String.valueOf(f.other().id()));
            dup.createCell(2).setCellValue(1);
            sheet.getRow(1).createCell(7).setCellValue("土地亩均税收（万元）[TTAX]"); // H2: not a form indicator
        });
        DeclarationImportException refused = catchThrowableOfType(DeclarationImportException.class,
                () -> as().call("zhuanban", () -> templates.importTemplate(f.roundId(), bad)));
        // the header is checked first: a column the scheme does not have stops the file before its rows
        assertThat(refused.errors()).containsExactly("第2行第H列：“土地亩均税收（万元）[TTAX]”不是本方案的申报填报指标");

        byte[] badRows = edit(bad, sheet -> sheet.getRow(1).removeCell(sheet.getRow(1).getCell(7)));
        refused = catchThrowableOfType(DeclarationImportException.class,
                () -> as().call("zhuanban", () -> templates.importTemplate(f.roundId(), badRows)));
        assertThat(refused.errors()).containsExactly(
                "第3行第D列（营业收入增长率）：“十二”不是数字",
                "第3行第E列（研发投入强度）：“研发投入强度”的值150超出允许范围（0～100）",
                "第4行第F列（工业总产值）：“工业总产值”的值-3超出允许范围（不小于0）",
                "第5行：参评对象编号“999999999”不在本评价轮次中",
                "第6行：参评对象“模板测试其他园区”重复出现");
        assertThat(refused.getMessage()).startsWith("申报模板有5处错误，未导入任何数据");
        // nothing stored: the valid row 4 was not applied either
        assertThat(as().call("zhuanban", () -> rounds.subjects(f.roundId()))).allSatisfy(s -> {
            assertThat(s.declaredAt()).isNull();
            assertThat(s.values()).isEmpty();
        });
        assertThat(jdbc.sql("""
                select count(*) from audit_log where action = 'DENIED' and entity_type = 'evaluation.round'
                and entity_id = :id""").param("id", String.valueOf(f.roundId())).query(Long.class).single())
                .isEqualTo(2);

        // the park may not import the other park's row (a template of the task force's)
        byte[] foreign = edit(template, sheet -> sheet.getRow(3).createCell(3).setCellValue(5));
        refused = catchThrowableOfType(DeclarationImportException.class,
                () -> as().call("park", () -> templates.importTemplate(f.roundId(), foreign)));
        assertThat(refused.errors()).containsExactly("第4行：您无权申报“模板测试其他园区”（只能申报本单位的参评对象）");

        // a template of another round
        Fixture second = round("模板轮次核对测试轮次");
        refused = catchThrowableOfType(DeclarationImportException.class,
                () -> as().call("zhuanban", () -> templates.importTemplate(second.roundId(), template)));
        assertThat(refused.errors()).singleElement().asString().contains("不是本评价轮次（编号 " + second.roundId() + "）");

        // after 申报 the data is locked
        as().call("zhuanban", () -> rounds.advance(f.roundId(), rounds.round(f.roundId()).version()));
        refused = catchThrowableOfType(DeclarationImportException.class,
                () -> as().call("zhuanban", () -> templates.importTemplate(f.roundId(), template)));
        assertThat(refused.errors()).containsExactly("评价轮次当前处于“市级初审”阶段，申报数据已锁定，不能导入");
    }

    @Test
    void theFormAndTheApiRefuseValuesOutsideTheIndicatorsRange() {
        Fixture f = round("申报取值范围测试轮次");
        RoundSubject own = as().call("park", () -> rounds.subjects(f.roundId())).get(0);
        assertThatThrownBy(() -> as().call("park", () -> rounds.declare(f.roundId(), own.id(), new Declaration(
                Map.of("TRND", new BigDecimal("101")), List.of(), own.version()))))
                .hasMessage("“研发投入强度”的值101超出允许范围（0～100）");
        RoundSubject declared = as().call("park", () -> rounds.declare(f.roundId(), own.id(), new Declaration(
                Map.of("TRND", new BigDecimal("100"), "TOUTPUT.base", new BigDecimal("80")), List.of(), own.version())));
        assertThat(declared.values().get("TOUTPUT.base")).isEqualByComparingTo("80");
    }

    private interface SheetEdit {
        void apply(Sheet sheet);
    }

    private static byte[] edit(byte[] xlsx, SheetEdit edit) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.apply(wb.getSheetAt(0));
            wb.write(out);
            return out.toByteArray();
        }
    }
}
