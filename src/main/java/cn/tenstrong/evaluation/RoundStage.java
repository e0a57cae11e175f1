package cn.tenstrong.evaluation;

/** 评价轮次的阶段, in order. */
public enum RoundStage {
    DECLARING("申报"), CITY_REVIEW("市级初审"), EXPERT_REVIEW("专家评审"), PUBLICITY("公示"), PUBLISHED("发布");

    private final String label;

    RoundStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The next stage, or null after 发布. */
    public RoundStage next() {
        return this == PUBLISHED ? null : values()[ordinal() + 1];
    }
}
