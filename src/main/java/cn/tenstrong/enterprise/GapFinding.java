package cn.tenstrong.enterprise;

/**
 * One rule a gap meets, with what it measured, e.g. 省内企业占比2.6%（1/38），不足全国基准5.8%（178/3089）的一半（区位商0.45）.
 *
 * @param rule the rule
 * @param text the rule and its figures, in Chinese
 */
public record GapFinding(GapRuleKind rule, String text) {
}
