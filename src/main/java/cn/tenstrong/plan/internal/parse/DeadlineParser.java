package cn.tenstrong.plan.internal.parse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 完成时限: reads deadlines such as "3月底前", "2022年年底前", "上半年", "6月份", "三季度末".
 * When an item names several, the latest is its deadline: the item is done when all of it is.
 */
final class DeadlineParser {

    private static final Pattern DEADLINE = Pattern.compile(
            "(?:(20\\d{2})\\s*年\\s*)?(?:"
                    + "(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日(?:前|之前)"          // 2,3: 6月30日前
                    + "|(\\d{1,2})\\s*月(?:底|末|份|中旬|上旬|下旬)"              // 4: 3月底前, 6月份
                    + "|(年底|年末|年内|底前|末前)"                               // 5: 年底前, 2022年底前
                    + "|(上半年|下半年)"                                          // 6
                    + "|(?:第)?([一二三四1-4])\\s*季度(?:末|底)?)"               // 7: 三季度末
    );

    private DeadlineParser() {}

    /** The latest deadline in the text, or null; relative dates take {@code planYear}. */
    static LocalDate find(String text, Integer planYear) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        LocalDate latest = null;
        Matcher m = DEADLINE.matcher(text);
        int n = text.length();
        int done = 0;
        // the regex only runs in a small window around each trigger character
        for (int i = 0; i < n; i++) {
            if (i < done || !isTrigger(text.charAt(i))) {
                continue;
            }
            m.region(Math.max(done, i - 12), Math.min(n, i + 8));
            while (m.find()) {
                done = Math.max(done, m.end());
                Integer year = m.group(1) != null ? Integer.valueOf(m.group(1)) : planYear;
                if (year == null) {
                    continue;
                }
                LocalDate d = null;
                if (m.group(2) != null) {
                    d = safeDate(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } else if (m.group(4) != null) {
                    int month = Integer.parseInt(m.group(4));
                    d = month >= 1 && month <= 12 ? YearMonth.of(year, month).atEndOfMonth() : null;
                } else if (m.group(5) != null) {
                    // "底前" alone only counts right after a year ("2022年底前")
                    if (m.group(5).startsWith("年") || m.group(1) != null) {
                        d = LocalDate.of(year, 12, 31);
                    }
                } else if (m.group(6) != null) {
                    d = m.group(6).equals("上半年") ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
                } else if (m.group(7) != null) {
                    int q = "一二三四".indexOf(m.group(7)) >= 0 ? "一二三四".indexOf(m.group(7)) + 1
                            : Integer.parseInt(m.group(7));
                    d = YearMonth.of(year, q * 3).atEndOfMonth();
                }
                if (d != null && (latest == null || d.isAfter(latest))) {
                    latest = d;
                }
            }
        }
        return latest;
    }

    /** Every deadline form holds one of these characters. */
    private static boolean isTrigger(char c) {
        return c == '月' || c == '底' || c == '末' || c == '内' || c == '半' || c == '季';
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
