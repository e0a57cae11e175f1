package cn.tenstrong.supervision;

/** 督导对象: what an inspection looks at — a progress round (调度轮次), an industry, or one agency. */
public enum InspectionScope {
    ROUND("调度轮次"), INDUSTRY("产业"), AGENCY("责任单位");

    private final String label;

    InspectionScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
