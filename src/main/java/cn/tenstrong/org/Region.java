package cn.tenstrong.org;

/** 行政区划 (GB/T 2260): the province, a city or a county-level unit. */
public record Region(String code, String name, String parentCode, String level) {

    public boolean isCity() {
        return "city".equals(level);
    }

    /** The prefecture-level city a region belongs to (itself for a city, its parent for a county). */
    public String cityCode() {
        return switch (level) {
            case "city" -> code;
            case "county" -> parentCode;
            default -> null;
        };
    }
}
