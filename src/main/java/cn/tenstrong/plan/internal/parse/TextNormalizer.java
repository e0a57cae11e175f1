package cn.tenstrong.plan.internal.parse;

/**
 * Brings extracted text to one spelling so that the structure rules need only one form: the
 * full-width forms (U+FF01–FF5E: digits, letters, brackets, colon, semicolon, comma, percent) become
 * their ASCII twins, as NFKC would do, ideographic spaces become spaces, traditional characters
 * become simplified. Chinese 、。“” stay. (A comma is therefore always a clause break, never a
 * thousands separator.)
 */
final class TextNormalizer {

    /** Traditional → simplified for characters of plan vocabulary and agency names. */
    private static final String TRADITIONAL = "牽範廳會發與資訊財農衛體環態運輸設關門監場務稅廣電網辦數據應統計糧儲備藥總協聯組織傳銀險證濟區東國產業鏈頭單責領導機構漁鄉遊藝術創營規質醫養療輕紡裝優勢際號長為實現達億萬個項處貿開們標準進舉劃書點級線對時間內後並於圖齊魯車軟積類額稱擴廠館鋼鐵將從來過這給絡層預約級務動態體標區縣鎮園畝噸場聯";
    private static final String SIMPLIFIED  = "牵范厅会发与资讯财农卫体环态运输设关门监场务税广电网办数据应统计粮储备药总协联组织传银险证济区东国产业链头单责领导机构渔乡游艺术创营规质医养疗轻纺装优势际号长为实现达亿万个项处贸开们标准进举划书点级线对时间内后并于图齐鲁车软积类额称扩厂馆钢铁将从来过这给络层预约级务动态体标区县镇园亩吨场联";

    /** Lookup built once from the two strings above; never written afterwards. */
    private static final char[] SIMPLIFY = new char[0x10000];

    static {
        for (int c = 0; c < SIMPLIFY.length; c++) {
            SIMPLIFY[c] = (char) c;
        }
        for (int i = 0; i < TRADITIONAL.length(); i++) {
            SIMPLIFY[TRADITIONAL.charAt(i)] = SIMPLIFIED.charAt(i);
        }
    }

    private TextNormalizer() {}

    static String normalise(String s) {
        char[] out = new char[s.length()];
        int o = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\r' -> {
                    if (i + 1 < n && s.charAt(i + 1) == '\n') {
                        continue;
                    }
                    out[o++] = '\n';
                    continue;
                }
                case '\u2028', '\u2029', '\u000B', '\u000C', '\u0085' -> {
                    out[o++] = '\n';
                    continue;
                }
                case '\u3000', '\u00A0', '\t', '\u2002', '\u2003', '\u2009', '\u200B', '\uFEFF' -> {
                    out[o++] = ' ';
                    continue;
                }
                case '\u301C', '\uFF5E' -> {
                    out[o++] = '~';
                    continue;
                }
                default -> { }
            }
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c >= 0x3400) {
                c = SIMPLIFY[c];
            }
            out[o++] = c;
        }
        return new String(out, 0, o);
    }
}
