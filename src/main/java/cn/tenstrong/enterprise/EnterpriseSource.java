package cn.tenstrong.enterprise;

/** 企业数据来源. */
public enum EnterpriseSource {
    /** 文件导入 (CSV/XLSX). */
    IMPORT("文件导入"),
    /** 行动计划点名的真实企业: no USCC is known, unique by name. */
    SEED_PLAN("来源:行动计划"),
    /** 模拟数据: generated for demos and scale tests, never real. */
    SYNTHETIC("模拟数据"),
    /** 接口录入. */
    API("接口录入"),
    /** 公开数据: the bundled listed-company reference data (enterprise/reference), loaded through the import. */
    PUBLIC_DATA("公开数据");

    private final String label;

    EnterpriseSource(String label) {
        this.label = label;
    }

    /** 中文名称. */
    public String label() {
        return label;
    }
}
