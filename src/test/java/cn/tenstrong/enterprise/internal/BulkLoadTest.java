package cn.tenstrong.enterprise.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import cn.tenstrong.enterprise.EnterpriseImportException;
import cn.tenstrong.enterprise.EnterpriseSource;
import cn.tenstrong.enterprise.ImportResult;
import cn.tenstrong.enterprise.SyntheticEnterprise;
import cn.tenstrong.enterprise.SyntheticEnterpriseGenerator;
import cn.tenstrong.enterprise.Uscc;
import cn.tenstrong.support.IntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Imports at COPY speed: values survive the binary COPY, a refused row fails the whole load by its row. */
class BulkLoadTest extends IntegrationTest {

    @Autowired
    EnterpriseService service;
    @Autowired
    SyntheticLoad load;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EnterpriseIndex index;

    /**
     * Enterprises {@code from}… of a generator: far beyond the first indexes other tests import, because a
     * generated USCC depends on the index and the region only, not the seed.
     */
    private static List<SyntheticEnterprise> generated(SyntheticEnterpriseGenerator g, long from, int count) {
        return java.util.stream.LongStream.range(from, from + count).mapToObj(g::enterprise).toList();
    }

    private static String uscc(String body8) {
        return Uscc.withCheckDigit("91370102" + body8 + Uscc.organizationCodeCheckChar(body8));
    }

    @Test
    void specialCharactersRoundTripThroughCopyAndTheStagedUpdate() {
        String a = uscc("MA3KC001");
        String b = uscc("MA3KC002");
        String name = "济南\"引号\"\\反斜杠测试有限公司";
        String scope = "第一行\t制表符\n第二行\\N 不是空值\r\n\\. 不是结尾；'单引号' \"双引号\" 反斜杠\\\\两个；😀";
        String products = "光刻胶\\t（字面的反斜杠t）、显影液\t湿电子化学品";
        String csv = CSVFormat.DEFAULT.format("统一社会信用代码", "企业名称", "所在地区", "经营范围", "主营产品") + "\n"
                + CSVFormat.DEFAULT.format(a, name, "370102", scope, products) + "\n"
                + CSVFormat.DEFAULT.format(b, "济南普通测试有限公司", "370102", "\\", "") + "\n";
        ImportResult first = service.importFile(csv.getBytes(StandardCharsets.UTF_8), "special.csv");
        assertThat(first.created()).isEqualTo(2);

        Map<String, Object> stored = jdbc.sql("select name, business_scope, main_products from enterprise where uscc = :u")
                .param("u", a).query().singleRow();
        assertThat(stored.get("name")).isEqualTo(name);
        assertThat(stored.get("business_scope")).isEqualTo(scope);
        assertThat(stored.get("main_products")).isEqualTo(products);
        assertThat(jdbc.sql("select business_scope from enterprise where uscc = :u").param("u", b).query(String.class)
                .single()).isEqualTo("\\");
        assertThat(jdbc.sql("select main_products from enterprise where uscc = :u").param("u", b).query(String.class)
                .single()).isEmpty();

        // the second import updates through the staging table: the same escaping on the way in
        String scope2 = "更新后\t仍含制表符\n与换行\\与反斜杠";
        String csv2 = CSVFormat.DEFAULT.format("统一社会信用代码", "企业名称", "所在地区", "经营范围") + "\n"
                + CSVFormat.DEFAULT.format(a, name + "\\", "370102", scope2) + "\n";
        ImportResult second = service.importFile(csv2.getBytes(StandardCharsets.UTF_8), "special-2.csv");
        assertThat(second.updated()).isEqualTo(1);
        Map<String, Object> updated = jdbc.sql("select name, business_scope, main_products, version from enterprise "
                + "where uscc = :u").param("u", a).query().singleRow();
        assertThat(updated.get("name")).isEqualTo(name + "\\");
        assertThat(updated.get("business_scope")).isEqualTo(scope2);
        assertThat(updated.get("main_products")).isEqualTo("");
        assertThat(updated.get("version")).isEqualTo(1);
    }

    @Test
    void numbersDatesAndYearsRoundTripThroughTheBinaryCopyAndTheStagedUpdate() {
        List<String> capitals = List.of("0", "0.01", "0.5", "1", "10000", "12345.6", "100000000", "9999.99",
                "10000000000000.25", "7.05");
        List<String> header = List.of("统一社会信用代码", "企业名称", "所在地区", "注册资本（万元）", "营业收入（万元）", "成立日期",
                "员工数", "营收年度");
        StringBuilder csv = new StringBuilder(CSVFormat.DEFAULT.format(header.toArray()) + "\n");
        List<String> usccs = new ArrayList<>();
        for (int i = 0; i < capitals.size(); i++) {
            String u = uscc("MA3KD0" + (10 + i));
            usccs.add(u);
            csv.append(CSVFormat.DEFAULT.format(u, "济南数值往返测试" + i + "有限公司", "370102", capitals.get(i),
                    capitals.get(capitals.size() - 1 - i), "1999-12-" + (20 + i), Integer.toString(i * 1000),
                    Integer.toString(2015 + i))).append("\n");
        }
        assertThat(service.importFile(csv.toString().getBytes(StandardCharsets.UTF_8), "numbers.csv").created())
                .isEqualTo(capitals.size());
        for (int i = 0; i < capitals.size(); i++) {
            Map<String, Object> row = jdbc.sql("""
                    select registered_capital::text as capital, revenue::text as revenue, founded_on::text as founded,
                           employees, revenue_year from enterprise where uscc = :u""").param("u", usccs.get(i))
                    .query().singleRow();
            assertThat(new java.math.BigDecimal((String) row.get("capital")))
                    .isEqualByComparingTo(capitals.get(i));
            assertThat(new java.math.BigDecimal((String) row.get("revenue")))
                    .isEqualByComparingTo(capitals.get(capitals.size() - 1 - i));
            assertThat(row.get("founded")).isEqualTo("1999-12-" + (20 + i));
            assertThat(row.get("employees")).isEqualTo(i * 1000);
            assertThat(((Number) row.get("revenue_year")).intValue()).isEqualTo(2015 + i);
        }
        // placements: confidence as numeric(4, 3), no decision time for a suggestion
        assertThat(jdbc.sql("""
                select count(*) from enterprise_placement p join enterprise e on e.id = p.enterprise_id
                where e.uscc = any(:u) and (p.confidence <= 0 or p.confidence > 1 or p.decided_at is not null)""")
                .param("u", usccs.toArray(String[]::new)).query(Long.class).single()).isZero();

        // the update goes through the staging table's binary COPY: a negative and a fractional value
        String update = CSVFormat.DEFAULT.format(header.toArray()) + "\n" + CSVFormat.DEFAULT.format(usccs.get(0),
                "济南数值往返测试0有限公司", "370102", "0.07", "123456789.99", "2024-02-29", "7", "2023") + "\n";
        assertThat(service.importFile(update.getBytes(StandardCharsets.UTF_8), "numbers-2.csv").updated())
                .isEqualTo(1);
        Map<String, Object> updated = jdbc.sql("""
                select registered_capital::text as capital, revenue::text as revenue, founded_on::text as founded,
                       employees, revenue_year from enterprise where uscc = :u""").param("u", usccs.get(0))
                .query().singleRow();
        assertThat(updated.get("capital")).isEqualTo("0.07");
        assertThat(updated.get("revenue")).isEqualTo("123456789.99");
        assertThat(updated.get("founded")).isEqualTo("2024-02-29");
        assertThat(updated.get("employees")).isEqualTo(7);
        assertThat(((Number) updated.get("revenue_year")).intValue()).isEqualTo(2023);
    }

    @Test
    void aRowTheDatabaseRefusesRollsBackEarlierSlicesAndNamesItsRow() {
        SyntheticEnterpriseGenerator generator = SyntheticEnterpriseGenerator.withDefaults(1401);
        List<SyntheticEnterprise> rows = new ArrayList<>(generated(generator, 7_100_000, 120));
        SyntheticEnterprise bad = rows.get(110);
        // a negative capital passes no check of the generator's own but the table's: only PostgreSQL refuses it
        rows.set(110, new SyntheticEnterprise(bad.index(), bad.uscc(), bad.name(), bad.regionCode(), bad.regionName(),
                bad.industryCode(), bad.sourceChainCode(), bad.sourceSegmentCode(), bad.businessScope(),
                bad.mainProducts(), -1, bad.revenue(), bad.employees(), bad.foundedOn(), bad.tags(), true));
        Iterator<SyntheticEnterprise> source = rows.iterator();

        assertThatThrownBy(() -> load.load(source, "bulk-test", 50, false))
                .isInstanceOf(EnterpriseImportException.class)
                .hasMessageContaining("未导入任何数据")
                .hasMessageContaining("第7100112行「注册资本（万元）」：数值不在允许范围内");
        // slices 1 and 2 (100 enterprises) had been copied already: rolled back with the third
        String[] usccs = rows.stream().map(SyntheticEnterprise::uscc).toArray(String[]::new);
        assertThat(jdbc.sql("select count(*) from enterprise where uscc = any(:u)").param("u", usccs).query(Long.class)
                .single()).isZero();
    }

    @Test
    void aDuplicateTheChecksCannotSeeIsRefusedWithItsRow() {
        SyntheticEnterpriseGenerator generator = SyntheticEnterpriseGenerator.withDefaults(1402);
        List<SyntheticEnterprise> rows = new ArrayList<>(generated(generator, 7_200_000, 3));
        SyntheticEnterprise first = rows.get(0);
        SyntheticEnterprise third = rows.get(2);
        // the third carries the first's USCC within one slice: both look new to the identity lookup
        rows.set(2, new SyntheticEnterprise(third.index(), first.uscc(), third.name(), third.regionCode(),
                third.regionName(), third.industryCode(), third.sourceChainCode(), third.sourceSegmentCode(),
                third.businessScope(), third.mainProducts(), third.registeredCapital(), third.revenue(),
                third.employees(), third.foundedOn(), third.tags(), true));

        assertThatThrownBy(() -> load.load(rows.iterator(), "bulk-test", 50, false))
                .isInstanceOf(EnterpriseImportException.class)
                .hasMessageContaining("第7200004行「统一社会信用代码」：“" + first.uscc() + "”已被库中另一家企业使用");
        assertThat(jdbc.sql("select count(*) from enterprise where uscc = :u").param("u", first.uscc())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSyntheticLoadUpsertsByUsccAcrossSlicesAndPlaces() {
        SyntheticEnterpriseGenerator generator = SyntheticEnterpriseGenerator.withDefaults(1403);
        ImportResult first = load.load(generated(generator, 7_300_000, 130).iterator(), "bulk-test", 50, true);
        assertThat(first.created()).isEqualTo(130);
        assertThat(first.placed()).isPositive();
        String[] usccs = generated(generator, 7_300_000, 130).stream().map(SyntheticEnterprise::uscc)
                .toArray(String[]::new);
        assertThat(jdbc.sql("select count(*) from enterprise where uscc = any(:u) and synthetic and source = 'SYNTHETIC'")
                .param("u", usccs).query(Long.class).single()).isEqualTo(130);
        assertThat(jdbc.sql("""
                select count(*) from enterprise_placement p join enterprise e on e.id = p.enterprise_id
                where e.uscc = any(:u) and p.method = 'AUTO'
                """).param("u", usccs).query(Long.class).single()).isEqualTo(first.placed());

        ImportResult again = load.load(generated(generator, 7_300_000, 150).iterator(), "bulk-test", 50, true);
        assertThat(again.updated()).isEqualTo(130);
        assertThat(again.created()).isEqualTo(20);
        assertThat(jdbc.sql("select count(*) from enterprise where uscc = any(:u) and version = 1").param("u", usccs)
                .query(Long.class).single()).isEqualTo(130);
        // suggestions were replaced, not doubled
        assertThat(jdbc.sql("""
                select count(*) from enterprise_placement p join enterprise e on e.id = p.enterprise_id
                where e.uscc = any(:u) and p.method = 'AUTO'
                """).param("u", usccs).query(Long.class).single()).isEqualTo(first.placed());
    }

    @Test
    void aLargeLoadIsSearchableAfterCommitThroughTheBulkIndexSync() {
        // more than one index-sync chunk (5,000): analysed on all cores, committed once
        SyntheticEnterpriseGenerator generator = SyntheticEnterpriseGenerator.withDefaults(1404);
        ImportResult r = load.load(generated(generator, 7_400_000, 6_000).iterator(), "generate-enterprises",
                SyntheticLoad.SLICE, true);
        assertThat(r.rows()).isEqualTo(6_000);
        cn.tenstrong.support.AfterCommit.await(jdbc);   // the index sync runs after the commit, on another thread
        for (long i : new long[] {7_400_000, 7_404_999, 7_405_000, 7_405_999}) {
            SyntheticEnterprise e = generator.enterprise(i);
            long id = jdbc.sql("select id from enterprise where uscc = :u").param("u", e.uscc()).query(Long.class).single();
            assertThat(index.idsContaining(e.name().substring(0, e.name().length() - SyntheticEnterprise.MARKER.length()),
                    1000)).as(e.name()).contains(id);
        }
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'enterprise.enterprise' "
                + "and entity_id = 'generate-enterprises' and action = 'IMPORT'").query(Long.class).single()).isPositive();
    }

    @Test
    void aStagedUpdateKeepsTheListingAndFillsTheUsccIntoTheStockCodeRow() {
        List<String> header = List.of("统一社会信用代码", "企业名称", "所在地区", "股票代码", "交易所", "上市板块", "上市日期",
                "申万行业代码", "申万行业", "来源说明");
        try {
            stagedMergeByStockCodeAndUscc(header);
        } finally {
            // PublicDataLoaderTest counts the stock-code rows as the listed companies: leave none behind
            jdbc.sql("delete from enterprise where stock_code = '999301.SZ'").update();
        }
    }

    private void stagedMergeByStockCodeAndUscc(List<String> header) {
        service.importRows(header, List.of(List.of("", "合并测试材料股份有限公司", "济南市", "999301.SZ", "深交所", "主板",
                "2020-01-02", "220311", "涂料油墨", "测试来源2024")), EnterpriseSource.IMPORT, "merge-test");
        long id = jdbc.sql("select id from enterprise where stock_code = '999301.SZ'").query(Long.class).single();

        String code = uscc("MA3KC301");
        // by stock code: the USCC fills the gap; SW industry and provenance are kept when the file has none
        ImportResult r = service.importRows(List.of("统一社会信用代码", "企业名称", "所在地区", "股票代码", "交易所", "标签"),
                List.of(List.of(code, "合并测试材料股份有限公司", "济南市", "999301.SZ", "深交所", "专精特新")),
                EnterpriseSource.IMPORT, "merge-test-2");
        assertThat(r.updated()).isEqualTo(1);
        Map<String, Object> row = jdbc.sql("select * from enterprise where id = :id").param("id", id).query().singleRow();
        assertThat(row.get("uscc")).isEqualTo(code);
        assertThat(row.get("exchange")).isEqualTo("深交所");
        assertThat(row.get("sw_industry_code")).isEqualTo("220311");
        assertThat(row.get("sw_industry_name")).isEqualTo("涂料油墨");
        assertThat(row.get("tags")).isEqualTo("SPECIALISED|LISTED");
        assertThat(row.get("provenance")).isEqualTo("测试来源2024；其后经文件导入更新（见操作日志）");
        assertThat(row.get("version")).isEqualTo(1);

        // by USCC without a stock code column: the listing stays, and so does 上市 though the file's tags lack it
        service.importRows(List.of("统一社会信用代码", "企业名称", "所在地区", "标签"),
                List.of(List.of(code, "合并测试新材料股份有限公司", "济南市", "高新技术企业")), EnterpriseSource.IMPORT,
                "merge-test-3");
        row = jdbc.sql("select * from enterprise where id = :id").param("id", id).query().singleRow();
        assertThat(row.get("name")).isEqualTo("合并测试新材料股份有限公司");
        assertThat(row.get("stock_code")).isEqualTo("999301.SZ");
        assertThat(row.get("board")).isEqualTo("");
        assertThat(row.get("tags")).isEqualTo("HIGH_TECH|LISTED");
        assertThat(row.get("provenance")).isEqualTo("测试来源2024；其后经文件导入更新（见操作日志）");
        assertThat(row.get("version")).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from enterprise where name like '合并测试%材料股份有限公司'").query(Long.class)
                .single()).isEqualTo(1);
    }
}
