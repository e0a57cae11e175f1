package cn.tenstrong.chain;

/** 产业链环节所处位置: 上游 / 中游 / 下游. */
public enum Stage {
    /** 上游: materials, components, equipment, R&D inputs. */
    UPSTREAM("上游"),
    /** 中游: the core manufacturing or service of the chain. */
    MIDSTREAM("中游"),
    /** 下游: applications, markets, services after the product. */
    DOWNSTREAM("下游");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    /** 中文名称. */
    public String label() {
        return label;
    }
}
