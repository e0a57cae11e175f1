package cn.tenstrong.enterprise;

import java.util.List;

/**
 * 检索结果.
 *
 * @param total       how many enterprises match: exact when {@code totalExact}, otherwise a lower bound (the search
 *                    counts only up to {@code platform.search.total-hits-threshold}; there are more than this)
 * @param totalExact  whether {@code total} is the exact count
 * @param enterprises the requested page, best first
 */
public record EnterpriseSearchResult(long total, boolean totalExact, List<Enterprise> enterprises) {
}
