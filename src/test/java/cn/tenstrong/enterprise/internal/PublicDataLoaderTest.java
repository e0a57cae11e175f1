package cn.tenstrong.enterprise.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.tenstrong.enterprise.EnterpriseImportException;
import cn.tenstrong.enterprise.EnterpriseSource;
import cn.tenstrong.enterprise.ImportResult;
import cn.tenstrong.enterprise.Uscc;
import cn.tenstrong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bundled listed companies, loaded on start through the ordinary import, and the identity rules. */
class PublicDataLoaderTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EnterpriseService service;

    @Test
    void everyListedCompanyIsLoadedWithItsSourceAndRegion() {
        assertThat(listed("select count(*) from enterprise where stock_code = any(:codes) and source = 'PUBLIC_DATA'"))
                .isEqualTo(5486 - listed("select count(*) from enterprise where stock_code = any(:codes) and source <> 'PUBLIC_DATA'"));
        assertThat(listed("select count(*) from enterprise where stock_code = any(:codes) and stock_code ~ '^[0-9]{6}\\.(SH|SZ|BJ)$'")).isEqualTo(5486);
        assertThat(listed("select count(*) from enterprise where stock_code = any(:codes) and local")).isEqualTo(311);
        assertThat(listed("select count(*) from enterprise where stock_code = any(:codes) and uscc is not null "
                + "and provenance like '%统一社会信用代码：CSRCSZ26%'")).isEqualTo(426);
        assertThat(listed("select count(*) from enterprise where stock_code = any(:codes) and region_code is null")).isZero();
        assertThat(listed("select count(*) from enterprise where stock_code = any(:codes) and provenance not like '上市公司公开数据%'"))
                .isZero();
        assertThat(listed("select count(*) from enterprise where stock_code = any(:codes) and sw_industry_code is null")).isZero();
        assertThat(listed("select count(*) from enterprise where stock_code = any(:codes) and industry_code is not null"))
                .as("no GB/T 4754 code is derived from SW").isZero();
        assertThat(listed("select count(*) from enterprise where stock_code = any(:codes) and tags not like '%LISTED%'")).isZero();
        Map<String, Object> wanhua = jdbc.sql("""
                select name, region_name, exchange, board, listed_on::text, sw_industry_code, sw_industry_name, revenue,
                       revenue_year, employees, provenance from enterprise where stock_code = '600309.SH'
                """).query().singleRow();
        assertThat(wanhua.get("name")).isEqualTo("万华化学集团股份有限公司");
        assertThat((String) wanhua.get("region_name")).startsWith("山东省烟台市");
        assertThat(wanhua.get("exchange")).isEqualTo("上交所");
        assertThat(((Number) wanhua.get("revenue_year")).intValue()).isEqualTo(2024);
        assertThat((String) wanhua.get("sw_industry_name")).startsWith("基础化工/");
        assertThat((String) wanhua.get("provenance")).contains("TSB26").contains("SW26").contains("FY2024");
        // Hong Kong registrations stay at the region they have: 香港特别行政区 (GB/T 2260 810000)
        assertThat(jdbc.sql("select region_code from enterprise where name = '中国移动有限公司'").query(String.class).single())
                .isEqualTo("810000");
        // municipalities and county-level registrations resolve to the county where the data names one
        assertThat(jdbc.sql("select region_code from enterprise where stock_code = '000001.SZ'").query(String.class).single())
                .isEqualTo("440303");
        assertThat(count("select count(*) from enterprise_product p join enterprise e on e.id = p.enterprise_id "
                + "where e.stock_code = '000338.SZ' and p.revenue_share > 0")).isGreaterThan(3);
        assertThat(count("select count(*) from enterprise_product")).isGreaterThan(40_000);
        assertThat(count("select count(*) from enterprise_reference_load where dataset = 'listed-companies' and rows = 5486"))
                .isEqualTo(1);
    }

    @Test
    void planNamedEnterprisesAreTheirListedCompany() {
        Map<String, Object> weichai = jdbc.sql("select id, name, tags, local from enterprise where stock_code = '000338.SZ'")
                .query().singleRow();
        assertThat(weichai.get("name")).isEqualTo("潍柴动力股份有限公司");
        assertThat((String) weichai.get("tags")).contains("LISTED").contains("CHAIN_LEADER");
        assertThat(count("select count(*) from enterprise where name = '潍柴'")).isZero();
        assertThat(count("select count(*) from enterprise_placement where enterprise_id = " + weichai.get("id")
                + " and method = 'SEED' and chain_code = 'automobile' and segment_code = 'engine' and role = 'LEADER'"))
                .isEqualTo(1);
        // 青岛港(集团)有限公司 → 青岛港国际; unlisted ones stay by name; "related only" mappings do not merge
        assertThat(count("select count(*) from enterprise where name = '青岛港(集团)有限公司'")).isZero();
        assertThat(count("select count(*) from enterprise where name = '济南二机床' and uscc is null and stock_code is null"))
                .isEqualTo(1);
        assertThat(count("select count(*) from enterprise where name = '东岳氟硅' and stock_code is null")).isEqualTo(1);
        assertThat(count("select count(*) from enterprise where name = '潍柴雷沃' and stock_code is null")).isEqualTo(1);
    }

    @Test
    void aLaterImportThatBringsTheUsccMergesIntoTheStockCodeRow() {
        long before = count("select count(*) from enterprise");
        long id = jdbc.sql("select id from enterprise where stock_code = '600426.SH'").query(Long.class).single();
        String uscc = Uscc.withCheckDigit("91371400" + "MA7R0426" + Uscc.organizationCodeCheckChar("MA7R0426"));
        ImportResult r = service.importRows(List.of("统一社会信用代码", "企业名称", "所在地区", "股票代码", "营业收入（万元）"),
                List.of(List.of(uscc, "山东华鲁恒升化工股份有限公司", "德州市", "600426.SH", "3000000")),
                EnterpriseSource.IMPORT, "test");
        assertThat(r.updated()).isEqualTo(1);
        assertThat(jdbc.sql("select uscc from enterprise where id = :id").param("id", id).query(String.class).single())
                .isEqualTo(uscc);
        // by name + province when the file has no stock code
        long luxi = jdbc.sql("select id from enterprise where stock_code = '000830.SZ'").query(Long.class).single();
        String uscc2 = Uscc.withCheckDigit("91371500" + "MA7R0830" + Uscc.organizationCodeCheckChar("MA7R0830"));
        service.importRows(List.of("统一社会信用代码", "企业名称", "所在地区"),
                List.of(List.of(uscc2, "鲁西化工集团股份有限公司", "聊城市")), EnterpriseSource.IMPORT, "test");
        assertThat(jdbc.sql("select uscc from enterprise where id = :id").param("id", luxi).query(String.class).single())
                .isEqualTo(uscc2);
        assertThat((String) jdbc.sql("select provenance from enterprise where id = :id").param("id", luxi)
                .query(String.class).single()).endsWith("其后经文件导入更新（见操作日志）");
        assertThat(count("select count(*) from enterprise")).isEqualTo(before);
        // a USCC that contradicts the stock code's registered USCC is refused
        String other = Uscc.withCheckDigit("91371400" + "MA7R0427" + Uscc.organizationCodeCheckChar("MA7R0427"));
        assertThatThrownBy(() -> service.importRows(List.of("统一社会信用代码", "企业名称", "所在地区", "股票代码"),
                List.of(List.of(other, "山东华鲁恒升化工股份有限公司", "德州市", "600426.SH")), EnterpriseSource.IMPORT, "test"))
                .isInstanceOf(EnterpriseImportException.class).hasMessageContaining("600426.SH");
    }

    @Test
    void oneBadRowLoadsNothing() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("", "装载测试甲股份有限公司", "江苏省苏州市", "999001.SZ", "深交所"));
        rows.add(List.of("", "装载测试乙股份有限公司", "火星省", "999002.SZ", "深交所"));
        assertThatThrownBy(() -> service.importRows(List.of("统一社会信用代码", "企业名称", "所在地区", "股票代码", "交易所"),
                rows, EnterpriseSource.PUBLIC_DATA, "test"))
                .isInstanceOf(EnterpriseImportException.class).hasMessageContaining("第3行");
        assertThat(count("select count(*) from enterprise where name like '装载测试%'")).isZero();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** A count over the rows of the bundled file's stock codes: other tests add enterprises with stock codes too. */
    private long listed(String sql) {
        return jdbc.sql(sql).param("codes", bundledStockCodes()).query(Long.class).single();
    }

    private static String[] bundledStockCodes() {
        try (var in = PublicDataLoaderTest.class.getResourceAsStream("/enterprise/reference/listed-companies.csv");
             var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                     .parse(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            return parser.stream().map(r -> r.get("stock_code")).toArray(String[]::new);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
