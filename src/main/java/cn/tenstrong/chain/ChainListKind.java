package cn.tenstrong.chain;

/** The editable lists the task force keeps per chain. */
public enum ChainListKind {
    /** 卡脖子技术. */
    CHOKE_POINT("卡脖子技术"),
    /** 人才需求. */
    TALENT("人才需求");

    private final String label;

    ChainListKind(String label) {
        this.label = label;
    }

    /** 中文名称. */
    public String label() {
        return label;
    }
}
