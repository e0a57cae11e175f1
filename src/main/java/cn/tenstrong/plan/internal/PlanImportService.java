package cn.tenstrong.plan.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationChange;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.plan.AgencyDecision;
import cn.tenstrong.plan.AnnotationConvention;
import cn.tenstrong.plan.ImportPreview;
import cn.tenstrong.plan.ImportPreview.Action;
import cn.tenstrong.plan.ImportPreview.ItemChange;
import cn.tenstrong.plan.ImportPreview.ItemRef;
import cn.tenstrong.plan.ImportPreview.PlanChange;
import cn.tenstrong.plan.ImportPreview.Succession;
import cn.tenstrong.plan.ImportResult;
import cn.tenstrong.plan.Incentive;
import cn.tenstrong.plan.ItemCorrection;
import cn.tenstrong.plan.ItemSuccession;
import cn.tenstrong.plan.ParsedDocument;
import cn.tenstrong.plan.Plan;
import cn.tenstrong.plan.PlanDocumentException;
import cn.tenstrong.plan.PlanImported;
import cn.tenstrong.plan.PlanImports;
import cn.tenstrong.plan.PlanItem;
import cn.tenstrong.plan.PlanItemView;
import cn.tenstrong.plan.SuccessionChoice;
import cn.tenstrong.plan.Target;
import cn.tenstrong.plan.persistence.PlanRows;
import cn.tenstrong.plan.persistence.PlanRows.ActivePlan;
import cn.tenstrong.plan.persistence.PlanRows.Draft;
import cn.tenstrong.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports plan documents: parse into a draft, preview the effect (new, unchanged or revised plans with an
 * item diff and, for a revision, the proposed successor of each removed item), let the user correct items and
 * decide the successions, then commit everything in one transaction.
 */
@Service
class PlanImportService implements PlanImports {

    private final PlanParsers parsers;
    private final PlanRows rows;
    private final OrgDirectory orgs;
    private final AuditTrail audit;
    private final CurrentUsers users;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    PlanImportService(PlanParsers parsers, PlanRows rows, OrgDirectory orgs, AuditTrail audit, CurrentUsers users,
                      JsonMapper json, ApplicationEventPublisher events) {
        this.parsers = parsers;
        this.rows = rows;
        this.orgs = orgs;
        this.audit = audit;
        this.users = users;
        this.json = json;
        this.events = events;
    }

    @Override
    @Transactional
    public ImportPreview upload(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid("文件为空，没有可解析的内容");
        }
        ParsedDocument doc;
        try {
            doc = parsers.current().parse(content, fileName);
        } catch (PlanDocumentException e) {
            throw new DomainException(DomainException.Kind.INVALID, e.getMessage(), e);
        }
        if (doc.plans().isEmpty()) {
            String why = doc.warnings().isEmpty() ? "" : "：" + String.join("；", doc.warnings());
            throw DomainException.invalid("未在文件中识别到行动计划" + why);
        }
        long id = rows.insertDraft(sha256(content), safeName(fileName), content, json.writeValueAsString(doc), actor());
        ImportPreview preview = preview(id);
        // refused as a whole (and the draft rolled back): a document is stored all or nothing
        requirePlansInScope(preview, "upload", safeName(fileName));
        return preview;
    }

    @Override
    @Transactional(readOnly = true)
    public ImportPreview preview(long draftId) {
        Draft draft = openDraft(draftId, "preview");
        ParsedDocument doc = read(draft);
        boolean already = rows.documentBySha(draft.sha256()).isPresent();
        IndustryMatcher matcher = new IndustryMatcher(orgs.industries());
        List<ActivePlan> active = rows.activePlans();
        List<PlanChange> changes = new ArrayList<>();
        for (int p = 0; p < doc.plans().size(); p++) {
            Plan plan = doc.plans().get(p);
            Optional<Industry> industry = matcher.match(plan.title(), plan.industry());
            Optional<ActivePlan> existing = existing(active, industry.map(Industry::code).orElse(null), plan);
            Action action;
            Revision revision = Revision.NONE;
            if (existing.isEmpty()) {
                action = Action.NEW;
            } else if (existing.get().contentHash().equals(ItemFingerprint.planHash(plan.items()))) {
                action = Action.UNCHANGED;
            } else {
                action = Action.REVISED;
                revision = revise(rows.items(existing.get().id()), plan.items());
            }
            changes.add(new PlanChange(p, plan.title(), industry.map(Industry::code).orElse(null),
                    industry.map(Industry::name).orElse(plan.industry()), plan.year(), action,
                    existing.map(ActivePlan::id).orElse(null), plan.items().size(), revision.changes(),
                    revision.successions(), revision.added()));
        }
        return new ImportPreview(draft.id(), draft.version(), draft.fileName(), already, changes, doc.warnings(),
                unknownAgencies(doc), doc);
    }

    @Override
    @Transactional
    public ImportPreview correct(long draftId, ItemCorrection c) {
        Draft draft = openDraft(draftId, "correct");
        if (draft.committed()) {
            throw DomainException.invalid("该导入已提交，不能再修改");
        }
        ParsedDocument doc = read(draft);
        if (c.planIndex() < 0 || c.planIndex() >= doc.plans().size()) {
            throw DomainException.invalid("计划序号超出范围");
        }
        Plan plan = doc.plans().get(c.planIndex());
        Optional<Industry> industry = new IndustryMatcher(orgs.industries()).match(plan.title(), plan.industry());
        CurrentUser me = users.current().orElse(null);
        if (!PlanImportAccess.canChangePlan(me, industry.map(Industry::code).orElse(null))) {
            String named = plan.title() + "（" + industry.map(Industry::name).orElse("产业未识别") + "）";
            refuse("correct", draft.id(), draft.fileName(), List.of(named),
                    "只能更正本产业的行动计划，" + named + "不属于" + ownIndustry(me));
        }
        if (c.itemIndex() < 0 || c.itemIndex() >= plan.items().size()) {
            throw DomainException.invalid("条目序号超出范围");
        }
        PlanItem old = plan.items().get(c.itemIndex());
        List<Target> targets = c.targets() == null ? old.targets() : c.targets();
        targets.forEach(PlanImportService::validate);
        PlanItem fixed = new PlanItem(old.kind(), old.part(), old.section(), old.number(), old.clause(), old.heading(),
                old.text(), clean(c.lead()), clean(c.support()), targets, old.incentives(), old.deadline());
        List<PlanItem> items = new ArrayList<>(plan.items());
        items.set(c.itemIndex(), fixed);
        List<Plan> plans = new ArrayList<>(doc.plans());
        plans.set(c.planIndex(), new Plan(plan.title(), plan.industry(), plan.year(), items));
        if (!rows.updateDraft(draftId, c.draftVersion(), json.writeValueAsString(new ParsedDocument(plans, doc.warnings(),
                doc.convention(), doc.conventionChosen())))) {
            throw DomainException.conflict("该导入草稿已被他人修改，请刷新后重试");
        }
        audit.record("CORRECT", "plan.import-draft", Long.toString(draftId), ItemFingerprint.content(old),
                ItemFingerprint.content(fixed));
        return preview(draftId);
    }

    @Override
    @Transactional
    public ImportPreview reread(long draftId, int draftVersion, AnnotationConvention convention) {
        Draft draft = openDraft(draftId, "correct");
        if (draft.committed()) {
            throw DomainException.invalid("该导入已提交，不能再修改");
        }
        if (convention == null) {
            throw DomainException.invalid("请选择标注惯例");
        }
        byte[] content = rows.draftContent(draftId).orElseThrow(() -> DomainException.invalid(
                "该草稿创建时未保存原文件，无法按其他标注惯例重新识别，请重新上传"));
        ParsedDocument before = read(draft);
        ParsedDocument doc;
        try {
            doc = parsers.current().parse(content, draft.fileName(), convention);
        } catch (PlanDocumentException e) {
            throw new DomainException(DomainException.Kind.INVALID, e.getMessage(), e);
        }
        if (!rows.updateDraft(draftId, draftVersion, json.writeValueAsString(doc))) {
            throw DomainException.conflict("该导入草稿已被他人修改，请刷新后重试");
        }
        audit.record("REPARSE", "plan.import-draft", Long.toString(draftId),
                Map.of("convention", String.valueOf(before.convention())), Map.of("convention", convention.name()));
        return preview(draftId);
    }

    @Override
    @Transactional
    public ImportResult commit(long draftId, List<SuccessionChoice> successions, List<AgencyDecision> agencyDecisions) {
        Draft draft = openDraft(draftId, "commit");
        // judged on the plans as they stand now: another import may have made an unchanged plan a revision
        ImportPreview preview = preview(draftId);
        requirePlansInScope(preview, "commit", draft.fileName());
        if (!rows.markCommitted(draftId)) {
            throw DomainException.conflict("该导入已提交过");
        }
        Optional<Long> sameFile = rows.documentBySha(draft.sha256());
        if (sameFile.isPresent()) {
            // idempotent: the very same file changes nothing (a mapping sent with it neither)
            return new ImportResult(sameFile.get(), List.of(), List.of(), read(draft).plans().size(), 0, List.of(),
                    List.of());
        }
        ParsedDocument doc = read(draft);
        Map<Integer, List<Chosen>> chosen = choose(preview, successions);
        List<String> settled = settleAgencies(preview, agencyDecisions, draft.fileName());
        String actor = actor();
        long documentId = rows.insertDocument(draft.sha256(), draft.fileName(), draft.sizeBytes(), actor,
                String.join("\n", doc.warnings()));
        AgencyResolver agencies = new AgencyResolver();
        List<Long> created = new ArrayList<>();
        List<Long> superseded = new ArrayList<>();
        int unchanged = 0;
        int items = 0;
        List<ActivePlan> active = rows.activePlans();
        for (PlanChange change : preview.plans()) {
            Plan plan = doc.plans().get(change.index());
            if (change.action() == Action.UNCHANGED) {
                unchanged++;
                continue;
            }
            int revision = 1;
            if (change.existingPlanId() != null) {
                rows.supersede(change.existingPlanId());
                superseded.add(change.existingPlanId());
                revision = active.stream().filter(a -> a.id() == change.existingPlanId()).findFirst()
                        .map(a -> a.revision() + 1).orElse(1);
            }
            long planId = rows.insertPlan(documentId, change.industryCode(), plan.title(), change.industryName(),
                    plan.year(), revision, ItemFingerprint.planHash(plan.items()));
            Map<String, Long> itemIds = storeItems(planId, plan.items(), agencies);
            items += plan.items().size();
            created.add(planId);
            List<Chosen> pairs = chosen.getOrDefault(change.index(), List.of());
            if (change.existingPlanId() != null && !pairs.isEmpty()) {
                Map<String, Long> oldIds = rows.itemIdsByKey(change.existingPlanId());
                for (Chosen pair : pairs) {
                    rows.insertSuccession(documentId, change.existingPlanId(), oldIds.get(pair.from().itemKey()),
                            pair.from().itemKey(), pair.from().label(), planId, itemIds.get(pair.to().itemKey()),
                            pair.to().itemKey(), pair.to().label(), pair.similarity(), pair.proposed(), actor);
                }
            }
        }
        List<ItemSuccession> stored = rows.successionsOfDocument(documentId);
        for (ItemSuccession s : stored) {
            audit.record("CREATE", "plan.item-succession", Long.toString(s.id()), null, s);
        }
        ImportResult result = new ImportResult(documentId, created, superseded, unchanged, items, agencies.created(),
                stored);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("file", draft.fileName());
        summary.put("createdPlans", created);
        summary.put("supersededPlans", superseded);
        summary.put("unchangedPlans", unchanged);
        summary.put("items", items);
        summary.put("newAgencies", agencies.created());
        summary.put("agencyDecisions", settled);
        summary.put("successions", stored.stream().map(s -> s.fromLabel() + " → " + s.toLabel()).toList());
        summary.put("droppedProposals", dropped(preview, chosen));
        audit.record("IMPORT", "plan.document", Long.toString(documentId), null, summary);
        events.publishEvent(new PlanImported(documentId, created, superseded, actor, stored));
        return result;
    }

    /**
     * Applies the importer's decisions on unknown agencies before the items are stored, so that the items resolve to
     * them: a new agency (confirmed, not flagged for review) or an alias added to an existing organisation. Each
     * decision must name an agency the preview lists as unknown; an alias must name an existing organisation.
     */
    private List<String> settleAgencies(ImportPreview preview, List<AgencyDecision> decisions, String fileName) {
        List<String> settled = new ArrayList<>();
        if (decisions == null) {
            return settled;
        }
        Set<String> seen = new HashSet<>();
        for (AgencyDecision d : decisions) {
            if (d == null || d.name() == null || d.name().isBlank()) {
                continue;
            }
            String name = d.name().strip();
            if (!preview.unknownAgencies().contains(name)) {
                throw DomainException.invalid("单位“" + name + "”不是本次导入中未识别的单位");
            }
            if (!seen.add(name)) {
                throw DomainException.invalid("单位“" + name + "”的处理方式出现了不止一次");
            }
            if (d.isAlias()) {
                Organization target = orgs.findByName(d.aliasOf().strip()).orElseThrow(() -> DomainException.invalid(
                        "单位“" + d.aliasOf().strip() + "”不在机构名录中，不能作为“" + name + "”的规范名称"));
                List<String> aliases = new ArrayList<>(target.aliases());
                aliases.add(name);
                orgs.update(new OrganizationChange(target.id(), target.version(), target.name(), target.kind(),
                        target.regionCode(), target.industryCode(), target.needsReview(), target.note(), aliases));
                settled.add(name + " → " + target.name());
            } else {
                orgs.register(name, OrganizationKind.OTHER, "导入《" + fileName + "》时确认新增");
                settled.add(name + "（新增）");
            }
        }
        return settled;
    }

    /** An accepted pair of the mapping step, ready to store. */
    private record Chosen(ItemRef from, ItemRef to, double similarity, boolean proposed) {
    }

    /**
     * The pairs to store, by plan index: the preview's proposals when the importer sent no mapping, else exactly the
     * pairs sent, each checked against the revision (a removed item, an added item, each at most once).
     */
    private static Map<Integer, List<Chosen>> choose(ImportPreview preview, List<SuccessionChoice> choices) {
        Map<Integer, List<Chosen>> chosen = new HashMap<>();
        if (choices == null) {
            for (PlanChange p : preview.plans()) {
                for (Succession s : p.successions()) {
                    if (s.to() != null) {
                        chosen.computeIfAbsent(p.index(), k -> new ArrayList<>())
                                .add(new Chosen(s.from(), s.to(), s.similarity(), true));
                    }
                }
            }
            return chosen;
        }
        Set<String> fromSeen = new HashSet<>();
        Set<String> toSeen = new HashSet<>();
        for (SuccessionChoice c : choices) {
            if (c == null) {
                continue;
            }
            PlanChange plan = preview.plans().stream().filter(p -> p.index() == c.planIndex()).findFirst()
                    .orElseThrow(() -> DomainException.invalid("条目衔接：计划序号超出范围"));
            if (plan.action() != Action.REVISED) {
                throw DomainException.invalid("条目衔接只适用于修订现行版本的计划，“" + plan.title() + "”不是");
            }
            Succession s = plan.successions().stream().filter(x -> x.from().itemKey().equals(c.fromKey())).findFirst()
                    .orElseThrow(() -> DomainException.invalid("条目衔接：“" + shorten(c.fromKey())
                            + "”不是“" + plan.title() + "”本次修订删除的条目"));
            if (!fromSeen.add(plan.index() + "\n" + c.fromKey())) {
                throw DomainException.invalid("条目衔接：原条目 " + s.from().label() + " 出现了不止一次");
            }
            if (c.toKey() == null || c.toKey().isBlank()) {
                continue; // dropped: the removed item is not continued
            }
            ItemRef to = plan.addedItems().stream().filter(a -> a.itemKey().equals(c.toKey())).findFirst()
                    .orElseThrow(() -> DomainException.invalid("条目衔接：“" + shorten(c.toKey())
                            + "”不是“" + plan.title() + "”本次修订新增的条目"));
            if (!toSeen.add(plan.index() + "\n" + c.toKey())) {
                throw DomainException.invalid("条目衔接：新条目 " + to.label() + " 只能承接一个原条目");
            }
            boolean proposed = s.to() != null && s.to().itemKey().equals(to.itemKey());
            double similarity = proposed ? s.similarity() : round(SuccessorMatcher.similarity(words(s.from()), words(to)));
            chosen.computeIfAbsent(plan.index(), k -> new ArrayList<>()).add(new Chosen(s.from(), to, similarity, proposed));
        }
        return chosen;
    }

    /** Proposals the importer dropped or replaced, for the audit entry: "old → proposed". */
    private static List<String> dropped(ImportPreview preview, Map<Integer, List<Chosen>> chosen) {
        List<String> dropped = new ArrayList<>();
        for (PlanChange p : preview.plans()) {
            for (Succession s : p.successions()) {
                if (s.to() != null && chosen.getOrDefault(p.index(), List.of()).stream()
                        .noneMatch(c -> c.proposed() && c.from().itemKey().equals(s.from().itemKey()))) {
                    dropped.add(s.from().label() + " → " + s.to().label());
                }
            }
        }
        return dropped;
    }

    private static String words(ItemRef item) {
        return (item.heading() == null ? "" : item.heading()) + " " + item.text();
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static double round(double similarity) {
        return Math.round(similarity * 10_000) / 10_000.0;
    }

    /** Stores a plan's items; returns their ids by stored key. */
    private Map<String, Long> storeItems(long planId, List<PlanItem> items, AgencyResolver agencies) {
        Map<String, Long> sectionItems = new HashMap<>();
        Map<String, Long> ids = new HashMap<>();
        List<String> keys = ItemFingerprint.storedKeys(items);
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            String key = keys.get(i);
            String sectionKey = item.kind() + "|" + item.part() + "|" + item.section();
            boolean sectionLevel = item.section() != null && item.section().equals(item.number());
            Long parent = sectionLevel ? null : sectionItems.get(sectionKey);
            long itemId = rows.insertItem(planId, parent, i + 1, key, item.kind(), item.part(), item.section(),
                    item.number(), item.clause(), item.heading(), item.text(), item.deadline());
            ids.put(key, itemId);
            if (sectionLevel && !sectionItems.containsKey(sectionKey)) {
                sectionItems.put(sectionKey, itemId);
            }
            int position = 0;
            for (String name : item.lead()) {
                rows.insertResponsibility(itemId, agencies.resolve(name), "LEAD", position++);
            }
            for (String name : item.support()) {
                rows.insertResponsibility(itemId, agencies.resolve(name), "SUPPORT", position++);
            }
            int seq = 0;
            for (Target t : item.targets()) {
                rows.insertTarget(itemId, ++seq, t.text(), t.metric(), t.value(), t.low(), t.high(), t.unit(), t.qualifier());
            }
            seq = 0;
            for (Incentive g : item.incentives()) {
                rows.insertIncentive(itemId, ++seq, g);
            }
        }
        return ids;
    }

    /** Resolves agency names to organisations, registering unknown ones for review, once per import. */
    private final class AgencyResolver {
        private final Map<String, Long> ids = new HashMap<>();
        private final List<String> created = new ArrayList<>();

        long resolve(String name) {
            return ids.computeIfAbsent(name, n -> orgs.findByName(n).map(Organization::id).orElseGet(() -> {
                created.add(n);
                return orgs.registerUnknown(n, OrganizationKind.OTHER).id();
            }));
        }

        List<String> created() {
            return List.copyOf(created);
        }
    }

    private List<String> unknownAgencies(ParsedDocument doc) {
        Set<String> unknown = new LinkedHashSet<>();
        for (Plan plan : doc.plans()) {
            for (PlanItem item : plan.items()) {
                for (String name : concat(item.lead(), item.support())) {
                    if (orgs.findByName(name).isEmpty()) {
                        unknown.add(name);
                    }
                }
            }
        }
        return List.copyOf(unknown);
    }

    /** A revision's item diff and its mapping step: the removed items with their proposed successors. */
    private record Revision(List<ItemChange> changes, List<Succession> successions, List<ItemRef> added) {
        static final Revision NONE = new Revision(List.of(), List.of(), List.of());
    }

    private static Revision revise(List<PlanItemView> before, List<PlanItem> after) {
        Map<String, PlanItemView> old = new LinkedHashMap<>();
        before.forEach(i -> old.put(i.itemKey(), i));
        List<ItemChange> changes = new ArrayList<>();
        List<SuccessorMatcher.Candidate> addedCandidates = new ArrayList<>();
        Map<String, ItemRef> addedRefs = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> keys = ItemFingerprint.storedKeys(after);
        for (int i = 0; i < after.size(); i++) {
            PlanItem item = after.get(i);
            String key = keys.get(i);
            seen.add(key);
            PlanItemView was = old.get(key);
            String now = ItemFingerprint.content(item);
            if (was == null) {
                changes.add(new ItemChange(key, label(key), ImportPreview.Kind.ADDED, null, now));
                addedCandidates.add(SuccessorMatcher.Candidate.of(key, item));
                addedRefs.put(key, new ItemRef(key, label(key), item.heading(), item.text()));
            } else if (!ItemFingerprint.content(was).equals(now)) {
                changes.add(new ItemChange(key, label(key), ImportPreview.Kind.CHANGED, ItemFingerprint.content(was), now));
            }
        }
        List<SuccessorMatcher.Candidate> removedCandidates = new ArrayList<>();
        List<ItemRef> removedRefs = new ArrayList<>();
        old.forEach((key, was) -> {
            if (!seen.contains(key)) {
                changes.add(new ItemChange(key, label(key), ImportPreview.Kind.REMOVED, ItemFingerprint.content(was), null));
                removedCandidates.add(SuccessorMatcher.Candidate.of(was));
                removedRefs.add(new ItemRef(key, label(key), was.heading(), was.text()));
            }
        });
        Map<String, SuccessorMatcher.Pair> proposals = new HashMap<>();
        SuccessorMatcher.propose(removedCandidates, addedCandidates).forEach(p -> proposals.put(p.from().key(), p));
        List<Succession> successions = removedRefs.stream().map(r -> {
            SuccessorMatcher.Pair p = proposals.get(r.itemKey());
            return p == null ? new Succession(r, null, null)
                    : new Succession(r, addedRefs.get(p.to().key()), round(p.similarity()));
        }).toList();
        return new Revision(changes, successions, List.copyOf(addedRefs.values()));
    }

    private static String label(String key) {
        String[] f = key.split("\\|", -1);
        StringBuilder sb = new StringBuilder(f[1]);
        if (!f[2].isEmpty()) {
            sb.append('.').append(f[2]);
        }
        if (!f[3].isEmpty() && !f[3].equals(f[2])) {
            sb.append('.').append(f[3]);
        }
        if (!f[4].isEmpty()) {
            sb.append('(').append(f[4]).append(')');
        }
        return sb.toString();
    }

    private static Optional<ActivePlan> existing(List<ActivePlan> active, String industryCode, Plan plan) {
        return active.stream().filter(a -> industryCode != null ? industryCode.equals(a.industryCode())
                        : a.industryCode() == null && a.title().equals(plan.title()))
                .filter(a -> java.util.Objects.equals(a.year(), plan.year()))
                .findFirst();
    }

    private static void validate(Target t) {
        if (t.text() == null || t.text().isBlank()) {
            throw DomainException.invalid("指标原文不能为空");
        }
        if (t.qualifier() == null) {
            throw DomainException.invalid("指标“" + t.text() + "”缺少限定方式");
        }
        boolean range = t.qualifier() == cn.tenstrong.plan.Qualifier.RANGE;
        if (range && (t.low() == null || t.high() == null || t.low().compareTo(t.high()) > 0)) {
            throw DomainException.invalid("区间指标“" + t.text() + "”须有下限和上限，且下限不大于上限");
        }
        if (!range && t.value() == null) {
            throw DomainException.invalid("指标“" + t.text() + "”缺少数值");
        }
    }

    private static List<String> clean(List<String> names) {
        if (names == null) {
            return List.of();
        }
        LinkedHashSet<String> set = new LinkedHashSet<>();
        for (String n : names) {
            String t = n == null ? "" : n.trim();
            if (t.length() > 100) {
                throw DomainException.invalid("单位名称过长（最多100字）");
            }
            if (!t.isEmpty()) {
                set.add(t);
            }
        }
        return List.copyOf(set);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private Draft draft(long id) {
        return rows.draft(id).orElseThrow(() -> DomainException.notFound("导入草稿不存在: " + id));
    }

    /** The draft, when the current user may see it: its uploader and administrators only (else 403, audited). */
    private Draft openDraft(long id, String step) {
        Draft draft = draft(id);
        if (!PlanImportAccess.canOpenDraft(users.current().orElse(null), draft.createdBy())) {
            refuse(step, id, draft.fileName(), List.of(), "该导入草稿由其他用户上传，只有上传者和系统管理员可以查看、更正或提交");
        }
        return draft;
    }

    /**
     * Refuses the whole import when it would create or revise a plan outside the user's scope (a plan left unchanged
     * changes nothing and is let through), naming every such plan.
     */
    private void requirePlansInScope(ImportPreview preview, String step, String fileName) {
        CurrentUser me = users.current().orElse(null);
        List<String> outside = preview.plans().stream()
                .filter(p -> p.action() != Action.UNCHANGED && !PlanImportAccess.canChangePlan(me, p.industryCode()))
                .map(p -> p.title() + "（" + (p.industryCode() == null ? "产业未识别" : p.industryName()) + "）")
                .toList();
        if (!outside.isEmpty()) {
            refuse(step, "upload".equals(step) ? null : preview.draftId(), fileName, outside, "只能导入或修订" + ownIndustry(me)
                    + "的行动计划；以下计划不属于本产业，整个文件未予导入：" + String.join("；", outside));
        }
    }

    private String ownIndustry(CurrentUser me) {
        if (me == null || me.industryCode() == null) {
            return "您的数据范围内";
        }
        return "本产业（" + orgs.industries().stream().filter(i -> i.code().equals(me.industryCode())).findFirst()
                .map(Industry::name).orElse(me.industryCode()) + "）";
    }

    /** @param draftId null on upload, where the draft is rolled back with the refusal */
    private void refuse(String step, Long draftId, String fileName, List<String> plans, String message) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("file", fileName);
        detail.put("plans", plans);
        detail.put("reason", message);
        audit.recordRefused("plan.import." + step, "plan.import-draft", draftId == null ? null : draftId.toString(),
                detail);
        throw DomainException.forbidden(message);
    }

    private ParsedDocument read(Draft draft) {
        return json.readValue(draft.parsedJson(), ParsedDocument.class);
    }

    private String actor() {
        return users.current().map(CurrentUser::username).orElse("system");
    }

    private static String safeName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "未命名文件" : fileName.replaceAll("[\\\\/]", "_").trim();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
