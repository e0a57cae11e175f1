package cn.tenstrong.plan.internal.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a number in an item means: a 量化指标 to reach, a 奖补 the plan pays ("给予最高500万元奖补"), or a condition
 * of such a payment ("对研发费用不低于500万元且增幅达到10%以上的重点企业…予以奖励"). Only the first is a target.
 */
enum QuantityRole {
    TARGET, INCENTIVE, CONDITION;

    private static final String CLAUSE_BREAKS = ",;。!?\n:";
    private static final Pattern GRANT_BEFORE = Pattern.compile("给予|予以|补贴|补助|奖励|奖补|贴息|补偿|资助");
    /** "、35%" between a number and the word it shares with it ("最高40%、35%的风险补偿"). */
    private static final Pattern LISTED_NUMBER = Pattern.compile("^(?:、\\d+(?:\\.\\d+)?(?:万亿|亿|万)?(?:元|%)?)+");
    private static final Pattern GRANT_AFTER = Pattern.compile(
            "^(?:/[辆艘个台家户人])?的?(?:以上)?(?:一次性)?(?:资金)?((?:中央|省级|启动)?资金支持|保费补贴|基础性奖励|激励性奖励|风险补偿|奖励资金|奖补资金|奖补|奖励|补助|补贴|贴息|资助)");
    private static final Pattern GRANT_WORD = Pattern.compile("资金支持|保费补贴|风险补偿|贴息|奖补|奖励|补助|补贴|补偿|资助");
    private static final Pattern REWARD_LATER = Pattern.compile("奖励|奖补|补助|补贴|补偿|贴息|资助");
    private static final Pattern CONDITION_CLAUSE = Pattern.compile("^(?:对|按照|按)");
    private static final Pattern CONDITION_AFTER = Pattern.compile("^(?:以上|以下)?(?:的|且)");

    /** The role of the quantity from {@code start} up to (not including) {@code end} of the normalised text {@code t} with the given unit. */
    static QuantityRole of(String t, int start, int end, String unit) {
        if (!"元".equals(unit) && !"%".equals(unit)) {
            return TARGET; // awards are money or rates; "遴选不超过10家" counts enterprises
        }
        int clauseStart = clauseStart(t, start);
        String before = t.substring(clauseStart, start);
        String after = t.substring(end, clauseEnd(t, end));
        if (GRANT_BEFORE.matcher(before).find() || GRANT_AFTER.matcher(stripListed(after)).find()) {
            return INCENTIVE;
        }
        int sentenceEnd = t.indexOf('。', end);
        String restOfSentence = t.substring(end, sentenceEnd < 0 ? t.length() : sentenceEnd);
        if (REWARD_LATER.matcher(restOfSentence).find()
                && (CONDITION_CLAUSE.matcher(before).find() || CONDITION_AFTER.matcher(after).find())) {
            return CONDITION;
        }
        return TARGET;
    }

    /** The word naming the award, after the amount or else before it; "" when the clause names none. */
    static String grantWord(String t, int start, int end) {
        Matcher after = GRANT_AFTER.matcher(stripListed(t.substring(end, clauseEnd(t, end))));
        if (after.find()) {
            return after.group(1);
        }
        String before = t.substring(clauseStart(t, start), start);
        String word = "";
        Matcher m = GRANT_WORD.matcher(before);
        while (m.find()) {
            word = m.group();
        }
        return word;
    }

    /** The clause around the quantity, as the grant's context. */
    static String clause(String t, int start, int end) {
        return t.substring(clauseStart(t, start), clauseEnd(t, end)).strip();
    }

    private static String stripListed(String after) {
        return LISTED_NUMBER.matcher(after).replaceFirst("");
    }

    private static int clauseStart(String t, int start) {
        int s = start;
        while (s > 0 && CLAUSE_BREAKS.indexOf(t.charAt(s - 1)) < 0) {
            s--;
        }
        return s;
    }

    private static int clauseEnd(String t, int end) {
        int e = end;
        while (e < t.length() && CLAUSE_BREAKS.indexOf(t.charAt(e)) < 0) {
            e++;
        }
        return e;
    }
}
