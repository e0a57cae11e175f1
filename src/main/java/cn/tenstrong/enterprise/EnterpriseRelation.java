package cn.tenstrong.enterprise;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * 企业关系: one enterprise → another.
 *
 * @param fromId    供方 (SUPPLY), 投资方 (INVESTMENT), or one partner (COOPERATION)
 * @param toId      需方, 被投资方, or the other partner
 * @param amount    金额, 万元, may be null
 * @param source    where the fact comes from (e.g. 企业年报), never empty
 */
public record EnterpriseRelation(long id, long fromId, String fromName, boolean fromLocal, long toId, String toName,
                                 boolean toLocal, RelationKind kind, BigDecimal amount, String source,
                                 Instant updatedAt, int version) {

    /** The other side of the relation seen from {@code enterpriseId}. */
    public long otherThan(long enterpriseId) {
        return fromId == enterpriseId ? toId : fromId;
    }
}
