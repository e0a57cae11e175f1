package cn.tenstrong.chain.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.access.DataScope;
import cn.tenstrong.access.Role;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.chain.Chain;
import cn.tenstrong.chain.ChainCatalog;
import cn.tenstrong.chain.ChainCatalogChanged;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainListItem;
import cn.tenstrong.chain.ChainListKind;
import cn.tenstrong.chain.ChainSegment;
import cn.tenstrong.chain.ChainSummary;
import cn.tenstrong.chain.Industry;
import cn.tenstrong.chain.IndustryClassification;
import cn.tenstrong.chain.SegmentChange;
import cn.tenstrong.chain.SegmentMatcher;
import cn.tenstrong.chain.SegmentRecord;
import cn.tenstrong.chain.persistence.ChainRows;
import cn.tenstrong.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The stored chain catalog; every change is validated, version-checked and audited. */
@Service
class JdbcChainDirectory implements ChainDirectory {

    private static final int MAX_TERMS = 60;
    private static final int MAX_TERM_LENGTH = 40;

    private final ChainRows rows;
    private final AuditTrail audit;
    private final CurrentUsers users;
    private final ApplicationEventPublisher events;
    private final Set<String> gbtClasses = IndustryClassification.loadDefault().classCodes();
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    private record Snapshot(ChainCatalog catalog, SegmentMatcher matcher) {
    }

    JdbcChainDirectory(ChainRows rows, AuditTrail audit, CurrentUsers users, ApplicationEventPublisher events) {
        this.rows = rows;
        this.audit = audit;
        this.users = users;
        this.events = events;
    }

    @Override
    public List<ChainSummary> chains() {
        return rows.chains();
    }

    @Override
    public Optional<ChainSummary> summary(String chainCode) {
        return chainCode == null ? Optional.empty() : rows.chain(chainCode);
    }

    @Override
    public Optional<Chain> chain(String chainCode) {
        return catalog().chain(chainCode);
    }

    @Override
    public Chain requireChain(String chainCode) {
        return chain(chainCode).orElseThrow(() -> DomainException.notFound("产业链不存在：" + chainCode));
    }

    @Override
    public List<SegmentRecord> segments(String chainCode) {
        return rows.segments(chainCode);
    }

    @Override
    public Optional<SegmentRecord> segment(String chainCode, String segmentCode) {
        return rows.segment(chainCode, segmentCode);
    }

    @Override
    public ChainCatalog catalog() {
        return current().catalog();
    }

    @Override
    public SegmentMatcher matcher() {
        return current().matcher();
    }

    private Snapshot current() {
        Snapshot s = snapshot.get();
        if (s == null) {
            ChainCatalog catalog = ChainCatalog.of(build(rows.chains(), rows.allSegments()));
            s = new Snapshot(catalog, SegmentMatcher.of(catalog));
            snapshot.compareAndSet(null, s);
        }
        return s;
    }

    @Override
    public void refresh() {
        invalidate();
    }

    /** Forgets the cached catalog now and again when the current transaction commits. */
    void invalidate() {
        snapshot.set(null);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    snapshot.set(null);
                }
            });
        }
    }

    static List<Chain> build(List<ChainSummary> chains, List<SegmentRecord> segments) {
        Map<String, List<SegmentRecord>> byChain = new LinkedHashMap<>();
        segments.forEach(s -> byChain.computeIfAbsent(s.chainCode(), k -> new ArrayList<>()).add(s));
        List<Chain> out = new ArrayList<>();
        for (ChainSummary c : chains) {
            List<SegmentRecord> list = byChain.getOrDefault(c.code(), List.of());
            List<ChainSegment> stages = list.stream().filter(s -> s.parentCode() == null)
                    .map(s -> tree(s, list, List.of())).toList();
            out.add(new Chain(c.code(), c.name(), new Industry(c.industryCode(), c.industryName(), ""), c.basis(),
                    c.sourceNote(), "", stages, ""));
        }
        return out;
    }

    private static ChainSegment tree(SegmentRecord s, List<SegmentRecord> all, List<String> inheritedGbt) {
        List<String> gbt = s.gbtCodes().isEmpty() ? inheritedGbt : s.gbtCodes();
        List<ChainSegment> children = all.stream().filter(k -> s.code().equals(k.parentCode()))
                .map(k -> tree(k, all, gbt)).toList();
        return new ChainSegment(s.chainCode(), s.code(), s.name(), s.stage(), s.depth(), s.parentCode(), s.keywords(),
                s.products(), gbt, children);
    }

    @Override
    @Transactional
    public SegmentRecord updateSegment(SegmentChange change) {
        SegmentRecord before = rows.segment(change.chainCode(), change.code())
                .orElseThrow(() -> DomainException.notFound("环节不存在：" + change.chainCode() + "/" + change.code()));
        requireEditor(change.chainCode());
        String name = Texts.required(change.name(), "环节名称", 60);
        List<String> keywords = terms(change.keywords(), "关键词");
        List<String> products = terms(change.products(), "典型产品");
        List<String> gbt = terms(change.gbtCodes(), "国民经济行业代码");
        for (String code : gbt) {
            if (!gbtClasses.contains(code)) {
                throw DomainException.invalid("国民经济行业代码“" + code + "”不是GB/T 4754-2017的4位小类");
            }
        }
        if (before.leaf() && keywords.isEmpty()) {
            throw DomainException.invalid("末级环节“" + name + "”至少需要一个关键词");
        }
        if (!rows.updateSegment(change.chainCode(), change.code(), change.version(), name, keywords, products, gbt)) {
            throw DomainException.conflict("环节“" + before.name() + "”已被他人修改，请刷新后重试");
        }
        SegmentRecord after = rows.segment(change.chainCode(), change.code()).orElseThrow();
        audit.record("UPDATE", "chain.segment", change.chainCode() + "/" + change.code(), before, after);
        invalidate();
        events.publishEvent(new ChainCatalogChanged(change.chainCode(), change.code()));
        return after;
    }

    @Override
    @Transactional
    public ChainSummary updateGapThreshold(String chainCode, int version, BigDecimal quotient) {
        ChainSummary before = rows.chain(chainCode).orElseThrow(() -> DomainException.notFound("产业链不存在：" + chainCode));
        requireEditor(chainCode);
        if (quotient == null || quotient.signum() < 0 || quotient.compareTo(BigDecimal.valueOf(5)) > 0) {
            throw DomainException.invalid("区位商阈值应为0到5之间的数（0.5表示低于全国基准一半的环节列为短板）");
        }
        if (quotient.scale() > 2) {
            throw DomainException.invalid("区位商阈值最多保留两位小数");
        }
        if (!rows.updateGapThreshold(chainCode, version, quotient)) {
            throw DomainException.conflict("产业链“" + before.name() + "”已被他人修改，请刷新后重试");
        }
        ChainSummary after = rows.chain(chainCode).orElseThrow();
        audit.record("UPDATE", "chain.chain", chainCode, before, after);
        return after;
    }

    @Override
    public List<ChainListItem> listItems(String chainCode, ChainListKind kind) {
        return rows.listItems(chainCode, kind);
    }

    @Override
    @Transactional
    public ChainListItem addListItem(String chainCode, ChainListKind kind, String title, String detail, String segmentCode) {
        rows.chain(chainCode).orElseThrow(() -> DomainException.notFound("产业链不存在：" + chainCode));
        requireEditor(chainCode);
        if (kind == null) {
            throw DomainException.invalid("清单类型不能为空");
        }
        String seg = segmentOrNull(chainCode, segmentCode);
        long id = rows.insertListItem(chainCode, kind, Texts.required(title, kind.label(), 200),
                Texts.optional(detail, "说明", 2000), seg);
        ChainListItem created = rows.listItem(id).orElseThrow();
        audit.record("CREATE", "chain.list-item", Long.toString(id), null, created);
        return created;
    }

    @Override
    @Transactional
    public ChainListItem updateListItem(long id, int version, String title, String detail, String segmentCode) {
        ChainListItem before = rows.listItem(id).orElseThrow(() -> DomainException.notFound("清单条目不存在：" + id));
        requireEditor(before.chainCode());
        String seg = segmentOrNull(before.chainCode(), segmentCode);
        if (!rows.updateListItem(id, version, Texts.required(title, before.kind().label(), 200),
                Texts.optional(detail, "说明", 2000), seg)) {
            throw DomainException.conflict("清单条目“" + before.title() + "”已被他人修改，请刷新后重试");
        }
        ChainListItem after = rows.listItem(id).orElseThrow();
        audit.record("UPDATE", "chain.list-item", Long.toString(id), before, after);
        return after;
    }

    @Override
    @Transactional
    public void deleteListItem(long id, int version) {
        ChainListItem before = rows.listItem(id).orElseThrow(() -> DomainException.notFound("清单条目不存在：" + id));
        requireEditor(before.chainCode());
        if (!rows.deleteListItem(id, version)) {
            throw DomainException.conflict("清单条目“" + before.title() + "”已被他人修改，请刷新后重试");
        }
        audit.record("DELETE", "chain.list-item", Long.toString(id), before, null);
    }

    @Override
    public boolean canEdit(String chainCode) {
        Optional<CurrentUser> user = users.current();
        if (user.isEmpty() || !user.get().can("chain:chain:write")) {
            return false;
        }
        CurrentUser u = user.get();
        if (u.has(Role.SYS_ADMIN) || u.dataScope() != DataScope.OWN_INDUSTRY) {
            return true;
        }
        String own = u.industryCode();
        return own != null && rows.chain(chainCode).map(c -> c.industryCode().startsWith(own)).orElse(false);
    }

    private void requireEditor(String chainCode) {
        if (users.current().isPresent() && !canEdit(chainCode)) {
            throw DomainException.forbidden("只有本产业专班或系统管理员可以修改产业链“" + chainCode + "”");
        }
    }

    private String segmentOrNull(String chainCode, String segmentCode) {
        if (segmentCode == null || segmentCode.isBlank()) {
            return null;
        }
        return rows.segment(chainCode, segmentCode.trim()).map(SegmentRecord::code)
                .orElseThrow(() -> DomainException.invalid("环节“" + segmentCode + "”不属于产业链" + chainCode));
    }

    private static List<String> terms(List<String> raw, String field) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String r : raw == null ? List.<String>of() : raw) {
            String t = r == null ? "" : r.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.contains(ChainRows.SEP)) {
                throw DomainException.invalid(field + "“" + t + "”含有不允许的字符“|”");
            }
            if (t.length() > MAX_TERM_LENGTH) {
                throw DomainException.invalid(field + "“" + t.substring(0, 10) + "…”过长（最多" + MAX_TERM_LENGTH + "字）");
            }
            out.add(t);
        }
        if (out.size() > MAX_TERMS) {
            throw DomainException.invalid(field + "过多（最多" + MAX_TERMS + "个）");
        }
        return new ArrayList<>(out);
    }
}
