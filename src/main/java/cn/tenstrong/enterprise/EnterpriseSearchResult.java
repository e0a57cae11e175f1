package cn.tenstrong.enterprise;

import java.util.List;

/**
 * 检索结果.
 *
 * @param total       how many enterprises match
 * @param enterprises the requested page, best first
 */
public record EnterpriseSearchResult(long total, List<Enterprise> enterprises) {
}
