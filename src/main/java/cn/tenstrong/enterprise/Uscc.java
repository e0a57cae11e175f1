package cn.tenstrong.enterprise;

import java.util.Map;
import java.util.Set;

/**
 * 统一社会信用代码 (GB 32100-2015): structure and check-digit rules.
 *
 * <p>Layout: 1 登记管理部门代码, 2 机构类别代码, 3-8 登记管理机关行政区划码,
 * 9-17 主体标识码 (组织机构代码, GB 11714, with its own check character), 18 校验码.
 */
public final class Uscc {

    /** The 31 characters of the code set; the index of a character is its value. */
    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** 登记管理部门代码 → allowed 机构类别代码 (GB 32100-2015 表1). */
    private static final Map<Character, String> ENTITY_TYPES = Map.ofEntries(
            Map.entry('1', "1239"),   // 机构编制: 机关, 事业单位, 群众团体, 其他
            Map.entry('2', "19"),     // 外交
            Map.entry('3', "123459"), // 司法行政
            Map.entry('4', "19"),     // 文化
            Map.entry('5', "1239"),   // 民政: 社会团体, 民办非企业单位, 基金会, 其他
            Map.entry('6', "129"),    // 旅游
            Map.entry('7', "129"),    // 宗教
            Map.entry('8', "19"),     // 工会
            Map.entry('9', "123"),    // 工商: 企业, 个体工商户, 农民专业合作社
            Map.entry('A', "19"),     // 中央军委改革和编制办公室
            Map.entry('N', "1239"),   // 农业: 组级、村级、乡镇级集体经济组织, 其他
            Map.entry('Y', "1"));     // 其他

    /** GB/T 2260 province prefixes, plus 10 for registrations at central level. */
    private static final Set<String> PROVINCE_PREFIXES = Set.of(
            "10", "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");

    private Uscc() {
    }

    /** 校验统一社会信用代码, reporting the first rule that fails. */
    public static UsccCheck validate(String raw) {
        String code = raw == null ? "" : raw.trim().toUpperCase();
        if (code.length() != 18) {
            return fail(code, UsccFailure.LENGTH, "长度为" + code.length() + "位");
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return fail(code, UsccFailure.CHARSET, "第" + (i + 1) + "位为“" + code.charAt(i) + "”");
            }
        }
        String types = ENTITY_TYPES.get(code.charAt(0));
        if (types == null) {
            return fail(code, UsccFailure.REGISTRATION_AUTHORITY, "“" + code.charAt(0) + "”不是登记管理部门代码");
        }
        if (types.indexOf(code.charAt(1)) < 0) {
            return fail(code, UsccFailure.ENTITY_TYPE,
                    "登记管理部门“" + code.charAt(0) + "”下没有机构类别“" + code.charAt(1) + "”");
        }
        String region = code.substring(2, 8);
        if (!region.chars().allMatch(Character::isDigit) || !PROVINCE_PREFIXES.contains(region.substring(0, 2))) {
            return fail(code, UsccFailure.REGION, "“" + region + "”不是行政区划码");
        }
        char orgCheck = organizationCodeCheckChar(code.substring(8, 16));
        if (code.charAt(16) != orgCheck) {
            return fail(code, UsccFailure.ORGANIZATION_CODE, "应为“" + orgCheck + "”，实为“" + code.charAt(16) + "”");
        }
        char check = checkChar(code.substring(0, 17));
        if (code.charAt(17) != check) {
            return fail(code, UsccFailure.CHECK_DIGIT, "应为“" + check + "”，实为“" + code.charAt(17) + "”");
        }
        return new UsccCheck(code, null, "校验通过");
    }

    /** 是否为有效的统一社会信用代码. */
    public static boolean isValid(String code) {
        return validate(code).valid();
    }

    /** 补全第18位校验码: returns the 18-character code for the given first 17 characters. */
    public static String withCheckDigit(String first17) {
        String head = first17 == null ? "" : first17.trim().toUpperCase();
        if (head.length() != 17) {
            throw new IllegalArgumentException("统一社会信用代码前17位长度应为17位，实为" + head.length() + "位");
        }
        return head + checkChar(head);
    }

    /**
     * 组织机构代码校验码 (GB 11714): for the 8-character body, the 9th character.
     * Letters count 10..35 by their place in the Latin alphabet, as GB 11714 says.
     */
    public static char organizationCodeCheckChar(String body8) {
        if (body8.length() != 8) {
            throw new IllegalArgumentException("组织机构代码本体应为8位，实为" + body8.length() + "位");
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += orgValue(body8.charAt(i)) * ORG_WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }

    private static int orgValue(char ch) {
        if (ch >= '0' && ch <= '9') {
            return ch - '0';
        }
        if (ch >= 'A' && ch <= 'Z') {
            return ch - 'A' + 10;
        }
        throw new IllegalArgumentException("组织机构代码含有不允许的字符“" + ch + "”");
    }

    private static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARSET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("第" + (i + 1) + "位含有不允许的字符“" + first17.charAt(i) + "”");
            }
            sum += v * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return CHARSET.charAt(c == 31 ? 0 : c);
    }

    private static UsccCheck fail(String code, UsccFailure failure, String detail) {
        return new UsccCheck(code, failure, failure.message() + "：" + detail);
    }
}
