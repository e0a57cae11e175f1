package cn.tenstrong.chain.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.chain.Chain;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSegment;
import cn.tenstrong.chain.ChainSummary;
import cn.tenstrong.chain.ChainTask;
import cn.tenstrong.chain.ChainTasks;
import cn.tenstrong.chain.TaskSuggestion;
import cn.tenstrong.plan.PlanCatalog;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.plan.PlanSummary;
import cn.tenstrong.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 链上任务 stored in {@code chain_task_tag}; the plan items are read through the plan module's {@link PlanCatalog}
 * (never its tables).
 */
@Service
class JdbcChainTasks implements ChainTasks {

    static final String ENTITY = "chain.task-tag";
    private static final int MIN_WORD = 2;

    private final JdbcClient jdbc;
    private final ChainDirectory chains;
    private final PlanCatalog plans;
    private final AuditTrail audit;
    private final CurrentUsers users;

    JdbcChainTasks(JdbcClient jdbc, ChainDirectory chains, PlanCatalog plans, AuditTrail audit, CurrentUsers users) {
        this.jdbc = jdbc;
        this.chains = chains;
        this.plans = plans;
        this.audit = audit;
        this.users = users;
    }

    private record Tag(long id, String chainCode, long itemId, String industryCode, Integer year, String itemKey,
                       boolean suggested, String createdBy, Instant createdAt, int version) {

        String place() {
            return ActivePlanItems.place(industryCode, year) + "|" + itemKey;
        }
    }

    @Override
    public List<ChainTask> tasks(String chainCode) {
        List<Tag> tags = tags(chainCode);
        if (tags.isEmpty()) {
            return List.of();
        }
        ActivePlanItems active = new ActivePlanItems(plans);
        List<ChainTask> out = new ArrayList<>();
        for (Tag t : tags) {
            var current = active.current(t.industryCode(), t.year(), t.itemKey());
            PlanItemView item = current.orElseGet(() -> plans.item(t.itemId()).orElse(null));
            if (item != null) {
                out.add(view(t, item, current.isPresent()));
            }
        }
        out.sort(Comparator.comparing(ChainTask::industryCode)
                .thenComparing(c -> c.planYear() == null ? 0 : c.planYear())
                .thenComparing(c -> !c.inForce()).thenComparingInt(c -> c.item().seq()));
        return out;
    }

    @Override
    public List<TaskSuggestion> candidates(String chainCode) {
        ChainSummary summary = requireChain(chainCode);
        List<String> words = words(chains.requireChain(chainCode));
        Set<String> tagged = new java.util.HashSet<>();
        tags(chainCode).forEach(t -> tagged.add(t.place()));
        ActivePlanItems active = new ActivePlanItems(plans);
        List<TaskSuggestion> out = new ArrayList<>();
        for (PlanSummary plan : active.plansOf(summary.industryCode())) {
            for (PlanItemView item : active.items(plan)) {
                if (tagged.contains(ActivePlanItems.place(plan.industryCode(), plan.year()) + "|" + item.itemKey())) {
                    continue;
                }
                String text = (item.heading() == null ? "" : item.heading()) + " " + item.text();
                out.add(new TaskSuggestion(item, words.stream().filter(text::contains).toList()));
            }
        }
        String name = summary.name();
        // stable: items of one plan keep their order among equals, plans keep theirs
        out.sort(Comparator.comparing((TaskSuggestion s) -> !s.words().contains(name))
                .thenComparing(s -> -s.words().size()));
        return out;
    }

    /** The chain's name first, then its segments' names, keywords and products below the stage roots. */
    static List<String> words(Chain chain) {
        Set<String> words = new LinkedHashSet<>();
        words.add(chain.name());
        for (ChainSegment s : chain.segments()) {
            if (s.depth() > 0) {
                words.add(s.name());
            }
        }
        for (ChainSegment s : chain.segments()) {
            if (s.depth() > 0) {
                words.addAll(s.keywords());
                words.addAll(s.products());
            }
        }
        return words.stream().map(String::strip).filter(w -> w.length() >= MIN_WORD).toList();
    }

    @Override
    @Transactional
    public ChainTask tag(String chainCode, long planItemId, boolean suggested) {
        ChainSummary chain = requireChain(chainCode);
        requireEditor(chainCode);
        PlanItemView item = plans.item(planItemId)
                .orElseThrow(() -> DomainException.invalid("itemId", "计划条目不存在：" + planItemId));
        PlanSummary plan = plans.summary(item.planId()).orElseThrow();
        if (!"ACTIVE".equals(plan.status())) {
            throw DomainException.invalid("itemId", "条目" + item.label() + "所在的计划已被修订，请标记现行计划的条目");
        }
        String industry = plan.industryCode() == null ? "" : plan.industryCode();
        if (!industry.startsWith(chain.industryCode()) && !chain.industryCode().startsWith(industry)) {
            throw DomainException.invalid("itemId", "条目" + item.label() + "属于《" + plan.title() + "》，不是产业链“"
                    + chain.name() + "”所在的" + chain.industryName() + "产业的计划");
        }
        boolean exists = jdbc.sql("""
                select exists (select 1 from chain_task_tag where chain_code = :c and industry_code = :i
                    and coalesce(plan_year, 0) = coalesce(cast(:y as integer), 0) and item_key = :k)
                """).param("c", chainCode).param("i", industry).param("y", plan.year()).param("k", item.itemKey())
                .query(Boolean.class).single();
        if (exists) {
            throw DomainException.conflict("条目" + item.label() + "已标记为产业链“" + chain.name() + "”的任务");
        }
        long id = jdbc.sql("""
                insert into chain_task_tag (chain_code, plan_item_id, industry_code, plan_year, item_key, suggested,
                                            created_by)
                values (:c, :item, :i, :y, :k, :s, :by) returning id
                """).param("c", chainCode).param("item", planItemId).param("i", industry).param("y", plan.year())
                .param("k", item.itemKey()).param("s", suggested).param("by", actor()).query(Long.class).single();
        Tag tag = tag(id);
        audit.record("CREATE", ENTITY, Long.toString(id), null, auditView(tag, item));
        return view(tag, item, true);
    }

    @Override
    @Transactional
    public void untag(long tagId, int version) {
        Tag tag = tag(tagId);
        requireEditor(tag.chainCode());
        if (jdbc.sql("delete from chain_task_tag where id = :id and version = :v").param("id", tagId)
                .param("v", version).update() != 1) {
            throw DomainException.conflict("链上任务标记已被他人修改，请刷新后重试");
        }
        audit.record("DELETE", ENTITY, Long.toString(tagId), auditView(tag, plans.item(tag.itemId()).orElse(null)),
                null);
    }

    private static Map<String, Object> auditView(Tag tag, PlanItemView item) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("chainCode", tag.chainCode());
        v.put("planItemId", tag.itemId());
        v.put("industryCode", tag.industryCode());
        v.put("planYear", tag.year());
        v.put("itemKey", tag.itemKey());
        v.put("item", item == null ? "" : item.label() + " " + abbreviate(item.heading() != null ? item.heading() : item.text()));
        v.put("suggested", tag.suggested());
        return v;
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static ChainTask view(Tag t, PlanItemView item, boolean inForce) {
        return new ChainTask(t.id(), t.chainCode(), t.itemId(), item, t.industryCode(), t.year(), inForce,
                t.suggested(), t.createdBy(), t.createdAt(), t.version());
    }

    private List<Tag> tags(String chainCode) {
        return jdbc.sql("select * from chain_task_tag where chain_code = :c order by id").param("c", chainCode)
                .query(JdbcChainTasks::row).list();
    }

    private Tag tag(long id) {
        return jdbc.sql("select * from chain_task_tag where id = :id").param("id", id).query(JdbcChainTasks::row)
                .optional().orElseThrow(() -> DomainException.notFound("链上任务标记不存在：" + id));
    }

    private ChainSummary requireChain(String chainCode) {
        return chains.summary(chainCode).orElseThrow(() -> DomainException.notFound("产业链不存在：" + chainCode));
    }

    private void requireEditor(String chainCode) {
        if (!chains.canEdit(chainCode)) {
            throw DomainException.forbidden("只有本产业专班或系统管理员可以标记产业链“" + chainCode + "”的任务");
        }
    }

    private String actor() {
        return users.current().map(CurrentUser::username).orElse("system");
    }

    private static Tag row(ResultSet rs, int n) throws SQLException {
        return new Tag(rs.getLong("id"), rs.getString("chain_code"), rs.getLong("plan_item_id"),
                rs.getString("industry_code"), (Integer) rs.getObject("plan_year", Integer.class),
                rs.getString("item_key"), rs.getBoolean("suggested"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
    }
}
