package cn.tenstrong.enterprise;

/** 挂链方式. */
public enum PlacementMethod {
    /** 关键词与行业代码自动匹配. */
    AUTO("自动匹配"),
    /** 专班手工挂链. */
    MANUAL("手工挂链"),
    /** 行动计划点名. */
    SEED("行动计划点名"),
    /** 链主 by reference data (the largest listed company of the chain's products), see chain/chain-leaders.csv. */
    REFERENCE("参考数据认定");

    private final String label;

    PlacementMethod(String label) {
        this.label = label;
    }

    /** 中文名称. */
    public String label() {
        return label;
    }
}
