package cn.tenstrong.enterprise;

/** 短板规则: which measurement made a segment a gap. */
public enum GapRuleKind {
    /** No Shandong enterprise is placed on the segment. */
    NO_LOCAL("无省内企业"),
    /**
     * Shandong's share of the placed enterprises, against its share of all placed enterprises in the library (区位商),
     * is below the chain's fraction.
     */
    LOW_LOCATION_QUOTIENT("区位商偏低"),
    /** Shandong enterprises are there, but none of them is a 链主 or 骨干. */
    NO_LOCAL_ANCHOR("省内无链主或骨干"),
    /** The task force declares it (first of all the weak links the seed names). */
    DECLARED("专班认定短板");

    private final String label;

    GapRuleKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
