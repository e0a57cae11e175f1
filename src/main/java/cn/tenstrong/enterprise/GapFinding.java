package cn.tenstrong.enterprise;

/**
 * One rule a gap meets, with what it measured, e.g. 省内企业占比8.3%（1/12），低于本链阈值20%.
 *
 * @param rule the rule
 * @param text the rule and its figures, in Chinese
 */
public record GapFinding(GapRuleKind rule, String text) {
}
