package cn.tenstrong.enterprise.internal;

import java.util.List;
import java.util.Map;

/** The columns of the enterprise import format, in template order, with the header variants accepted. */
enum ImportColumns {
    USCC("统一社会信用代码", false, "信用代码", "社会信用代码", "USCC"),
    NAME("企业名称", true, "名称", "企业"),
    REGION("所在地区", true, "地区", "登记地区", "行政区划", "行政区划代码", "地区代码", "注册地"),
    INDUSTRY("行业代码", false, "国民经济行业代码", "国民经济行业分类", "行业分类代码"),
    CAPITAL("注册资本（万元）", false, "注册资本"),
    FOUNDED("成立日期", false, "成立时间", "注册日期"),
    SCOPE("经营范围", false),
    PRODUCTS("主营产品", false, "主要产品", "主营业务", "主要业务及产品"),
    TAGS("标签", false, "企业标签", "荣誉资质"),
    REVENUE("营业收入（万元）", false, "营业收入", "营收"),
    EMPLOYEES("员工数", false, "员工人数", "从业人员", "从业人数"),
    MARK("数据标记", false, "数据来源"),
    STOCK_CODE("股票代码", false, "证券代码"),
    EXCHANGE("交易所", false, "上市交易所"),
    BOARD("上市板块", false, "板块"),
    LISTED_ON("上市日期", false),
    SW_CODE("申万行业代码", false, "申万代码"),
    SW_NAME("申万行业", false, "申万行业名称"),
    REVENUE_YEAR("营收年度", false, "营业收入年度"),
    PROVENANCE("来源说明", false, "数据出处");

    final String header;
    final boolean required;
    final List<String> aliases;

    ImportColumns(String header, boolean required, String... aliases) {
        this.header = header;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    /** Value written in the 数据标记 column of synthetic rows. */
    static final String SYNTHETIC_MARK = "模拟数据";

    /** The column a header names, ignoring spaces, brackets and the unit. */
    static ImportColumns of(String header) {
        String h = normalise(header);
        for (ImportColumns c : values()) {
            if (normalise(c.header).equals(h) || c.aliases.stream().anyMatch(a -> normalise(a).equals(h))) {
                return c;
            }
        }
        return null;
    }

    static String normalise(String header) {
        return header == null ? "" : header.replace("\uFEFF", "").replaceAll("[\\s()（）]|万元|\\*", "");
    }

    static Map<ImportColumns, String> example() {
        return Map.ofEntries(Map.entry(USCC, "91370102MA3C5K1Y2A"), Map.entry(NAME, "示例（请删除本行）有限公司"),
                Map.entry(REGION, "370102 或 济南市历下区"), Map.entry(INDUSTRY, "C3985"), Map.entry(CAPITAL, "1000"),
                Map.entry(FOUNDED, "2018-05-20"), Map.entry(SCOPE, "光刻胶的研发、生产、销售"),
                Map.entry(PRODUCTS, "光刻胶、显影液"), Map.entry(TAGS, "专精特新、高新技术企业"),
                Map.entry(REVENUE, "25000"), Map.entry(EMPLOYEES, "180"), Map.entry(MARK, ""));
    }
}
