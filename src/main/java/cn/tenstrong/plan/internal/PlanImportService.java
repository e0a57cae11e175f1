package cn.tenstrong.plan.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.plan.AgencyDecision;
import cn.tenstrong.plan.AnnotationConvention;
import cn.tenstrong.plan.ImportPreview;
import cn.tenstrong.plan.ImportPreview.Action;
import cn.tenstrong.plan.ImportPreview.PlanChange;
import cn.tenstrong.plan.ImportResult;
import cn.tenstrong.plan.ItemCorrection;
import cn.tenstrong.plan.ItemSuccession;
import cn.tenstrong.plan.ParsedDocument;
import cn.tenstrong.plan.Plan;
import cn.tenstrong.plan.PlanDocumentException;
import cn.tenstrong.plan.PlanImported;
import cn.tenstrong.plan.PlanImports;
import cn.tenstrong.plan.PlanItem;
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
    private final ImportAgencies agencies;
    private final PlanItemStore itemStore;

    PlanImportService(PlanParsers parsers, PlanRows rows, OrgDirectory orgs, AuditTrail audit, CurrentUsers users,
                      JsonMapper json, ApplicationEventPublisher events, ImportAgencies agencies,
                      PlanItemStore itemStore) {
        this.agencies = agencies;
        this.itemStore = itemStore;
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
            PlanRevision revision = PlanRevision.NONE;
            if (existing.isEmpty()) {
                action = Action.NEW;
            } else if (existing.get().contentHash().equals(ItemFingerprint.planHash(plan.items()))) {
                action = Action.UNCHANGED;
            } else {
                action = Action.REVISED;
                revision = PlanRevision.of(rows.items(existing.get().id()), plan.items());
            }
            changes.add(new PlanChange(p, plan.title(), industry.map(Industry::code).orElse(null),
                    industry.map(Industry::name).orElse(plan.industry()), plan.year(), action,
                    existing.map(ActivePlan::id).orElse(null), plan.items().size(), revision.changes(),
                    revision.successions(), revision.added()));
        }
        return new ImportPreview(draft.id(), draft.version(), draft.fileName(), already, changes, doc.warnings(),
                agencies.unknown(doc), doc);
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
        Map<Integer, List<PlanRevision.Chosen>> chosen = PlanRevision.choose(preview, successions);
        List<String> settled = agencies.settle(preview, agencyDecisions, draft.fileName());
        String actor = actor();
        long documentId = rows.insertDocument(draft.sha256(), draft.fileName(), draft.sizeBytes(), actor,
                String.join("\n", doc.warnings()));
        ImportAgencies.Resolver resolver = agencies.resolver();
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
            Map<String, Long> itemIds = itemStore.store(planId, plan.items(), resolver);
            items += plan.items().size();
            created.add(planId);
            List<PlanRevision.Chosen> pairs = chosen.getOrDefault(change.index(), List.of());
            if (change.existingPlanId() != null && !pairs.isEmpty()) {
                Map<String, Long> oldIds = rows.itemIdsByKey(change.existingPlanId());
                for (PlanRevision.Chosen pair : pairs) {
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
        ImportResult result = new ImportResult(documentId, created, superseded, unchanged, items, resolver.created(),
                stored);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("file", draft.fileName());
        summary.put("createdPlans", created);
        summary.put("supersededPlans", superseded);
        summary.put("unchangedPlans", unchanged);
        summary.put("items", items);
        summary.put("newAgencies", resolver.created());
        summary.put("agencyDecisions", settled);
        summary.put("successions", stored.stream().map(s -> s.fromLabel() + " → " + s.toLabel()).toList());
        summary.put("droppedProposals", PlanRevision.dropped(preview, chosen));
        audit.record("IMPORT", "plan.document", Long.toString(documentId), null, summary);
        events.publishEvent(new PlanImported(documentId, created, superseded, actor, stored));
        return result;
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
