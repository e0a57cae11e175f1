package cn.tenstrong.targeting.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.enterprise.RelationKind;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.targeting.ChainWeights;
import cn.tenstrong.targeting.RecommendationWeights;
import cn.tenstrong.targeting.WeightsChange;
import cn.tenstrong.targeting.internal.TargetingProperties.FactorWeights;
import cn.tenstrong.targeting.persistence.WeightRows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weights in force per chain: a task force's stored override, else the chain's entry in
 * {@code platform.targeting.weights.chains}, else {@code platform.targeting.weights.default}. The configuration is
 * checked at startup (every chain's six maxima add up to 100), so a bad setting stops the platform with a message
 * instead of skewing scores.
 */
@Service
@Transactional(readOnly = true)
class WeightSettings implements RecommendationWeights {

    static final int TOTAL = 100;
    static final int MAX_TAG_POINTS = 100;

    private final WeightRows rows;
    private final ChainDirectory chains;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final ChainWeights defaults;
    private final Map<String, ChainWeights> configured;

    WeightSettings(TargetingProperties properties, WeightRows rows, ChainDirectory chains, CurrentUsers users,
                   AuditTrail audit) {
        this.rows = rows;
        this.chains = chains;
        this.users = users;
        this.audit = audit;
        FactorWeights d = properties.weights().defaults();
        this.defaults = resolve(null, d, null, ChainWeights.Source.DEFAULT);
        Map<String, ChainWeights> perChain = new LinkedHashMap<>();
        properties.weights().chains().forEach((chain, w) ->
                perChain.put(chain, resolve(chain, d, w, ChainWeights.Source.CONFIGURATION)));
        this.configured = Map.copyOf(perChain);
    }

    /** The default merged with a chain's configuration; fails on missing or inconsistent values. */
    static ChainWeights resolve(String chain, FactorWeights d, FactorWeights c, ChainWeights.Source source) {
        String where = chain == null ? "platform.targeting.weights.default"
                : "platform.targeting.weights.chains." + chain;
        int product = pick(c == null ? null : c.product(), d.product(), where + ".product");
        int description = pick(c == null ? null : c.description(), d.description(), where + ".description");
        int code = pick(c == null ? null : c.code(), d.code(), where + ".code");
        int tags = pick(c == null ? null : c.tags(), d.tags(), where + ".tags");
        int scale = pick(c == null ? null : c.scale(), d.scale(), where + ".scale");
        int relations = pick(c == null ? null : c.relations(), d.relations(), where + ".relations");
        Map<EnterpriseTag, Integer> tagPoints = new EnumMap<>(EnterpriseTag.class);
        if (d.tagPoints() != null) {
            tagPoints.putAll(d.tagPoints());
        }
        if (c != null && c.tagPoints() != null) {
            tagPoints.putAll(c.tagPoints());
        }
        var codeShares = c != null && c.codeShares() != null ? c.codeShares() : d.codeShares();
        if (codeShares == null || codeShares.sameGroup() == null || codeShares.sameDivision() == null) {
            throw new IllegalStateException("推荐权重配置缺少 " + where + ".code-shares（same-group、same-division）");
        }
        Map<RelationKind, BigDecimal> relationShares = new EnumMap<>(RelationKind.class);
        if (d.relationShares() != null) {
            relationShares.putAll(d.relationShares());
        }
        if (c != null && c.relationShares() != null) {
            relationShares.putAll(c.relationShares());
        }
        ChainWeights w = new ChainWeights(chain, product, description, code, tags, scale, relations, tagPoints, codeShares.sameGroup(),
                codeShares.sameDivision(), relationShares, source, 0);
        check(w).ifPresent(problem -> {
            throw new IllegalStateException("推荐权重配置 " + where + " 无效：" + problem);
        });
        return w;
    }

    private static int pick(Integer own, Integer fallback, String property) {
        Integer v = own != null ? own : fallback;
        if (v == null) {
            throw new IllegalStateException("推荐权重配置缺少 " + property);
        }
        return v;
    }

    /** What is wrong with a set of weights, if anything (Chinese). */
    static Optional<String> check(ChainWeights w) {
        int[] values = {w.product(), w.description(), w.code(), w.tags(), w.scale(), w.relations()};
        for (int v : values) {
            if (v < 0 || v > TOTAL) {
                return Optional.of("各项权重应在0到" + TOTAL + "之间");
            }
        }
        if (w.total() != TOTAL) {
            return Optional.of("产品匹配、主营描述、行业代码、荣誉标签、规模、供应链关系六项权重之和应为" + TOTAL + "，现为" + w.total());
        }
        for (var e : w.tagPoints().entrySet()) {
            if (e.getValue() == null || e.getValue() < 0 || e.getValue() > MAX_TAG_POINTS) {
                return Optional.of("标签“" + e.getKey().label() + "”的分值应在0到" + MAX_TAG_POINTS + "之间");
            }
        }
        for (BigDecimal share : new BigDecimal[] {w.sameGroup(), w.sameDivision()}) {
            if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                return Optional.of("行业代码中类、大类得分比例应在0到1之间");
            }
        }
        for (var e : w.relationShares().entrySet()) {
            if (e.getValue() == null || e.getValue().signum() < 0 || e.getValue().compareTo(BigDecimal.ONE) > 0) {
                return Optional.of("关系类型“" + e.getKey().label() + "”的得分比例应在0到1之间");
            }
        }
        return Optional.empty();
    }

    @Override
    public ChainWeights weights(String chainCode) {
        ChainWeights base = configured.getOrDefault(chainCode, defaults);
        return rows.find(chainCode).map(r -> override(chainCode, base, r)).orElseGet(() -> withChain(base, chainCode));
    }

    private static ChainWeights withChain(ChainWeights w, String chainCode) {
        return new ChainWeights(chainCode, w.product(), w.description(), w.code(), w.tags(), w.scale(), w.relations(), w.tagPoints(),
                w.sameGroup(), w.sameDivision(), w.relationShares(), w.source(), 0);
    }

    private static ChainWeights override(String chainCode, ChainWeights base, WeightRows.Row r) {
        return new ChainWeights(chainCode, r.product(), r.description(), r.code(), r.tags(), r.scale(), r.relations(), r.tagPoints(),
                base.sameGroup(), base.sameDivision(), base.relationShares(), ChainWeights.Source.TASK_FORCE,
                r.version());
    }

    @Override
    public boolean canEdit(String chainCode) {
        return users.current().map(me -> me.can("chain:chain:write")).orElse(false) && chains.canEdit(chainCode);
    }

    private void requireEditor(String chainCode) {
        chains.requireChain(chainCode);
        if (!canEdit(chainCode)) {
            throw DomainException.forbidden("只有本产业专班或系统管理员可以设置产业链“" + chainCode + "”的推荐权重");
        }
    }

    @Override
    @Transactional
    public ChainWeights save(String chainCode, WeightsChange change) {
        requireEditor(chainCode);
        if (change == null) {
            throw DomainException.invalid("请填写各项权重");
        }
        ChainWeights before = weights(chainCode);
        Map<EnterpriseTag, Integer> tagPoints = new EnumMap<>(EnterpriseTag.class);
        if (change.tagPoints() != null) {
            change.tagPoints().forEach((tag, points) -> {
                if (tag != null) {
                    tagPoints.put(tag, points == null ? 0 : points);
                }
            });
        }
        ChainWeights candidate = new ChainWeights(chainCode, change.product(), change.description(), change.code(), change.tags(),
                change.scale(), change.relations(), tagPoints, before.sameGroup(), before.sameDivision(),
                before.relationShares(), ChainWeights.Source.TASK_FORCE, 0);
        check(candidate).ifPresent(problem -> {
            throw DomainException.invalid(problem);
        });
        String by = users.current().map(CurrentUser::username).orElse("system");
        WeightRows.Row row = new WeightRows.Row(chainCode, change.product(), change.description(), change.code(), change.tags(), change.scale(),
                change.relations(), tagPoints, by, 0);
        boolean stored = before.source() == ChainWeights.Source.TASK_FORCE
                ? rows.update(row, change.version(), by)
                : change.version() == 0 && rows.insert(row, by);
        if (!stored) {
            throw DomainException.conflict("该产业链的推荐权重已被他人修改，请刷新后重试");
        }
        ChainWeights after = weights(chainCode);
        audit.record(before.source() == ChainWeights.Source.TASK_FORCE ? "UPDATE" : "CREATE", "targeting.weights",
                chainCode, before, after);
        return after;
    }

    @Override
    @Transactional
    public ChainWeights reset(String chainCode, int version) {
        requireEditor(chainCode);
        ChainWeights before = weights(chainCode);
        if (before.source() != ChainWeights.Source.TASK_FORCE) {
            return before;
        }
        if (!rows.delete(chainCode, version)) {
            throw DomainException.conflict("该产业链的推荐权重已被他人修改，请刷新后重试");
        }
        ChainWeights after = weights(chainCode);
        audit.record("DELETE", "targeting.weights", chainCode, before, after);
        return after;
    }
}
