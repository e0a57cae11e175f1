package cn.tenstrong.org;

/** 园区级别. */
public enum ParkLevel {
    /** 国家级经济技术开发区 (商务部) */
    NATIONAL_ETDZ("国家级经济技术开发区"),
    /** 国家高新技术产业开发区 (科技部) */
    NATIONAL_HTZ("国家高新技术产业开发区"),
    /** 省级开发区 */
    PROVINCIAL("省级开发区"),
    OTHER("其他园区");

    private final String label;

    ParkLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
