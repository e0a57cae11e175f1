package cn.tenstrong.org;

import java.util.Locale;

/** 单位类别: what sort of body an agency is. */
public enum AgencyKind {
    /** 省直部门 */
    PROVINCE_DEPT("province-dept"),
    /** 驻鲁中央单位 (人民银行济南分行, 山东证监局 …) */
    CENTRAL_IN_PROVINCE("central-in-province"),
    /** 市政府 */
    CITY_GOV("city-gov"),
    /** 集合称谓 ("有关市政府", "省有关部门"): not one body but a group to be named later */
    PLACEHOLDER("placeholder"),
    /** 其他 (企业、群团) */
    OTHER("other");

    private final String code;

    AgencyKind(String code) {
        this.code = code;
    }

    /** The code used in the directory file. */
    public String code() {
        return code;
    }

    /** Reads a directory-file code; unknown codes are {@link #OTHER}. */
    public static AgencyKind fromCode(String code) {
        String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        for (AgencyKind k : values()) {
            if (k.code.equals(c)) {
                return k;
            }
        }
        return OTHER;
    }
}
