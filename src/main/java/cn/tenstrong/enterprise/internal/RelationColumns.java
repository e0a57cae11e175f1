package cn.tenstrong.enterprise.internal;

import java.util.List;
import java.util.Map;

/** The columns of the relation import format, in template order, with the header variants accepted. */
enum RelationColumns {
    FROM_USCC("供方统一社会信用代码", "供方信用代码", "供应商统一社会信用代码", "投资方统一社会信用代码"),
    FROM_NAME("供方企业名称", "供方", "供方名称", "供应商", "供应商名称", "投资方", "投资方名称"),
    TO_USCC("需方统一社会信用代码", "需方信用代码", "客户统一社会信用代码", "被投资方统一社会信用代码"),
    TO_NAME("需方企业名称", "需方", "需方名称", "客户", "客户名称", "被投资方", "被投资方名称"),
    KIND("关系类型", "关系", "类型"),
    AMOUNT("金额（万元）", "金额", "交易金额", "投资金额"),
    SOURCE("来源", "数据来源", "信息来源");

    final String header;
    final List<String> aliases;

    RelationColumns(String header, String... aliases) {
        this.header = header;
        this.aliases = List.of(aliases);
    }

    /** Whether the template marks the column with * (the name or the USCC of each side is needed, not both). */
    boolean required() {
        return this == KIND || this == SOURCE;
    }

    static RelationColumns of(String header) {
        String h = ImportColumns.normalise(header);
        for (RelationColumns c : values()) {
            if (ImportColumns.normalise(c.header).equals(h)
                    || c.aliases.stream().anyMatch(a -> ImportColumns.normalise(a).equals(h))) {
                return c;
            }
        }
        return null;
    }

    static Map<RelationColumns, String> example() {
        return Map.of(FROM_USCC, "91320500MA1XXXXX0A", FROM_NAME, "示例（请删除本行）供方有限公司",
                TO_USCC, "", TO_NAME, "示例（请删除本行）需方有限公司", KIND, "供应", AMOUNT, "1200",
                SOURCE, "企业年报2024");
    }
}
