package cn.tenstrong.chain;

/** 产业链的出处: whether the action plan names the chain itself or only its field. */
public enum ChainBasis {
    /** 行动计划点名的重点产业链 (e.g. "聚焦集成电路、高端软件…4条产业链"). */
    NAMED_IN_SEED("行动计划点名的产业链"),
    /**
     * 据行动计划所列领域归纳: the plan asks for chain maps but does not list the chains
     * (e.g. "围绕10条重点化工产业链" without names), so the chain follows fields the plan does name.
     */
    DERIVED_FROM_SEED("据行动计划所列重点领域归纳");

    private final String label;

    ChainBasis(String label) {
        this.label = label;
    }

    /** 中文说明. */
    public String label() {
        return label;
    }
}
