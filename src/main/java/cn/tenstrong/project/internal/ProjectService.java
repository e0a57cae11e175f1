package cn.tenstrong.project.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.access.Role;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.chain.Chain;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSegment;
import cn.tenstrong.enterprise.ChainMaps;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.NewChainProject;
import cn.tenstrong.enterprise.SegmentProjects;
import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.org.Region;
import cn.tenstrong.project.DuplicateStatus;
import cn.tenstrong.project.MonthlyReport;
import cn.tenstrong.project.MonthlyReportDraft;
import cn.tenstrong.project.PossibleDuplicate;
import cn.tenstrong.project.Project;
import cn.tenstrong.project.ProjectCategory;
import cn.tenstrong.project.ProjectDraft;
import cn.tenstrong.project.ProjectImportException;
import cn.tenstrong.project.ProjectImportResult;
import cn.tenstrong.project.ProjectInvestmentReported;
import cn.tenstrong.project.ProjectLibrary;
import cn.tenstrong.project.ProjectQuery;
import cn.tenstrong.project.ProjectStage;
import cn.tenstrong.project.ProjectStageChanged;
import cn.tenstrong.project.persistence.ProjectRows;
import cn.tenstrong.project.persistence.ProjectRows.Row;
import cn.tenstrong.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The project library: scoped reads, validated and audited changes, duplicate flags, key projects on chains. */
@Service
@Transactional(readOnly = true)
class ProjectService implements ProjectLibrary, SegmentProjects {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("1E15");

    private final ProjectRows rows;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final OrgDirectory orgs;
    private final ChainDirectory chains;
    private final ChainMaps maps;
    private final EnterpriseLibrary enterprises;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<String, Region> regions = new ConcurrentHashMap<>();

    ProjectService(ProjectRows rows, CurrentUsers users, AuditTrail audit, OrgDirectory orgs, ChainDirectory chains,
                   ChainMaps maps, EnterpriseLibrary enterprises, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.users = users;
        this.audit = audit;
        this.orgs = orgs;
        this.chains = chains;
        this.maps = maps;
        this.enterprises = enterprises;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reads

    @Override
    public List<Project> search(ProjectQuery q) {
        CurrentUser me = users.require();
        ProjectRows.Filter filter = new ProjectRows.Filter(q.text(), q.industryCode(), q.cityCode(),
                q.category() == null ? null : q.category().name(), q.stage() == null ? null : q.stage().name(),
                Boolean.TRUE.equals(q.duplicatesOnly()));
        return rows.visible(ProjectAccess.visibility(me), filter).stream().map(this::view).toList();
    }

    @Override
    public List<Project> fromEvent(long eventId) {
        return visibleRows().stream().filter(r -> Long.valueOf(eventId).equals(r.originEventId())).map(this::view)
                .toList();
    }

    /** Visible rows (for KPIs). */
    List<Row> visibleRows() {
        return rows.visible(ProjectAccess.visibility(users.require()), ProjectRows.Filter.NONE);
    }

    @Override
    public Project require(long id) {
        return view(readable(id));
    }

    private Row readable(long id) {
        return readable(id, users.require());
    }

    private Row readable(long id, CurrentUser me) {
        Row p = rows.find(id).orElseThrow(() -> DomainException.notFound("项目不存在：" + id));
        if (!ProjectAccess.canRead(me, p)) {
            throw DomainException.forbidden("无权查看该项目");
        }
        return p;
    }

    private Row writable(long id) {
        return writable(id, users.require());
    }

    private Row writable(long id, CurrentUser me) {
        Row p = readable(id, me);
        if (!ProjectAccess.canWrite(me, p)) {
            throw DomainException.forbidden("无权修改该项目：只能修改本市（本县）、本园区或本产业的项目");
        }
        return p;
    }

    @Override
    public boolean canEdit(Project project) {
        return users.current().map(me -> rows.find(project.id()).map(p -> ProjectAccess.canWrite(me, p)).orElse(false))
                .orElse(false);
    }

    @Override
    public boolean canCreate() {
        return users.current().map(me -> me.can("project:project:write")).orElse(false);
    }

    @Override
    public List<MonthlyReport> reports(long projectId) {
        readable(projectId);
        return rows.reports(projectId);
    }

    @Override
    public List<PossibleDuplicate> duplicates(long projectId) {
        Row p = readable(projectId);
        CurrentUser me = users.require();
        List<PossibleDuplicate> out = new ArrayList<>();
        Map<Long, ProjectRows.Decision> decisions = new java.util.HashMap<>();
        rows.decisionsOf(projectId).forEach(d -> decisions.put(d.other(projectId), d));
        for (Object[] flag : rows.duplicatesOf(projectId)) {
            long otherId = (Long) flag[0];
            rows.find(otherId).ifPresent(o -> out.add(pair(me, p, o, DuplicateStatus.OPEN, (String) flag[1],
                    decisions.get(otherId))));
        }
        for (ProjectRows.Decision d : decisions.values()) {
            DuplicateStatus status = status(d);
            if (status != DuplicateStatus.OPEN) {
                rows.find(d.other(projectId)).ifPresent(o -> out.add(pair(me, p, o, status, d.flagReason(), d)));
            }
        }
        return out;
    }

    private static DuplicateStatus status(ProjectRows.Decision d) {
        return d == null ? DuplicateStatus.OPEN : switch (d.decision()) {
            case "NOT_DUPLICATE" -> DuplicateStatus.DISMISSED;
            case "DUPLICATE" -> DuplicateStatus.CONFIRMED;
            default -> DuplicateStatus.OPEN;
        };
    }

    private PossibleDuplicate pair(CurrentUser me, Row p, Row o, DuplicateStatus status, String flagReason,
                                   ProjectRows.Decision d) {
        boolean writesOne = ProjectAccess.canWrite(me, p) || ProjectAccess.canWrite(me, o);
        boolean canResolve = status == DuplicateStatus.OPEN && writesOne;
        boolean canReopen = status == DuplicateStatus.DISMISSED ? writesOne
                : status == DuplicateStatus.CONFIRMED && me.has(Role.SYS_ADMIN);
        boolean decided = d != null && status != DuplicateStatus.OPEN;
        return new PossibleDuplicate(o.id(), o.ref(), o.name(), regionName(o.cityCode()), regionName(o.countyCode()),
                flagReason, status, decided ? d.duplicateId() : null, decided ? d.reason() : null,
                decided ? d.decidedBy() : null, decided ? d.decidedAt() : null, d == null ? 0 : d.version(),
                canResolve, canReopen);
    }

    private PossibleDuplicate pairView(long projectId, long otherId) {
        return duplicates(projectId).stream().filter(x -> x.projectId() == otherId).findFirst()
                .orElseThrow(() -> DomainException.notFound("没有这两个项目的疑似重复记录"));
    }

    /** The open flag of a pair (its reason), or why it cannot be decided now. */
    private String openFlag(long projectId, long otherId, int version) {
        String reason = rows.duplicatesOf(projectId).stream().filter(f -> (Long) f[0] == otherId)
                .map(f -> (String) f[1]).findFirst().orElse(null);
        Optional<ProjectRows.Decision> d = rows.decision(projectId, otherId);
        if (d.isPresent() && d.get().version() != version) {
            throw DomainException.conflict("该疑似重复提示已被他人处理，请刷新后重试");
        }
        if (d.isPresent() && status(d.get()) != DuplicateStatus.OPEN) {
            throw DomainException.invalid("该疑似重复提示已处理（" + status(d.get()).label() + "），如需更改请先撤销");
        }
        if (reason == null) {
            throw DomainException.notFound("这两个项目没有被标记为疑似重复");
        }
        if (d.isEmpty() && version != 0) {
            throw DomainException.conflict("该疑似重复提示已被他人处理，请刷新后重试");
        }
        return reason;
    }

    @Override
    @Transactional
    public PossibleDuplicate dismissDuplicate(long projectId, long otherId, String reason, int version) {
        CurrentUser me = users.require();
        Row p = readable(projectId);
        Row o = rows.find(otherId).orElseThrow(() -> DomainException.notFound("项目不存在：" + otherId));
        if (!ProjectAccess.canWrite(me, p) && !ProjectAccess.canWrite(me, o)) {
            throw DomainException.forbidden("只能处理涉及本单位可修改项目的疑似重复提示");
        }
        String why = text(reason, 1000, "说明");
        if (why.isEmpty()) {
            throw DomainException.invalid("请说明为什么不是重复项目");
        }
        String flag = openFlag(projectId, otherId, version);
        Optional<ProjectRows.Decision> before = rows.decision(projectId, otherId);
        if (!rows.decide(projectId, otherId, "NOT_DUPLICATE", null, flag, why, me.username(), version)) {
            throw DomainException.conflict("该疑似重复提示已被他人处理，请刷新后重试");
        }
        rows.removeFlag(projectId, otherId);
        audit.record("DISMISS", "project.duplicate", pairKey(projectId, otherId), before.orElse(null),
                rows.decision(projectId, otherId).orElseThrow());
        return pairView(projectId, otherId);
    }

    @Override
    @Transactional
    public PossibleDuplicate confirmDuplicate(long projectId, long otherId, long duplicateId, String reason,
                                              int version) {
        CurrentUser me = users.require();
        readable(projectId);
        if (duplicateId != projectId && duplicateId != otherId) {
            throw DomainException.invalid("重复的项目须是这两个项目之一");
        }
        long keptId = duplicateId == projectId ? otherId : projectId;
        Row dup = rows.find(duplicateId).orElseThrow(() -> DomainException.notFound("项目不存在：" + duplicateId));
        Row kept = rows.find(keptId).orElseThrow(() -> DomainException.notFound("项目不存在：" + keptId));
        if (!ProjectAccess.canWrite(me, dup)) {
            throw DomainException.forbidden("只能把本单位可修改的项目确认为重复项目（" + dup.ref() + "）");
        }
        String flag = openFlag(projectId, otherId, version);
        if (kept.duplicateOf() != null) {
            throw DomainException.invalid("保留的项目“" + kept.ref() + "”本身已被确认为重复项目");
        }
        if (dup.duplicateOf() != null) {
            throw DomainException.invalid("项目“" + dup.ref() + "”已被确认为重复项目");
        }
        if (rows.mergedInto(duplicateId) > 0) {
            throw DomainException.invalid("项目“" + dup.ref() + "”是其他重复项目的保留项目，不能再确认为重复");
        }
        Optional<ProjectRows.Decision> before = rows.decision(projectId, otherId);
        if (!rows.decide(projectId, otherId, "DUPLICATE", duplicateId, flag, text(reason, 1000, "说明"), me.username(),
                version)) {
            throw DomainException.conflict("该疑似重复提示已被他人处理，请刷新后重试");
        }
        rows.setDuplicateOf(duplicateId, keptId);
        rows.removeFlag(projectId, otherId);
        Row after = rows.find(duplicateId).orElseThrow();
        if (dup.chainCode() != null) {
            maps.removeKeyProject(dup.chainCode(), dup.ref()); // the kept project stands for both on the chain's list
        }
        flagDuplicates(after); // a merged project takes no part in detection any more
        audit.record("CONFIRM", "project.duplicate", pairKey(projectId, otherId), before.orElse(null),
                rows.decision(projectId, otherId).orElseThrow());
        audit.record("MERGE", "project.project", Long.toString(duplicateId), dup, after);
        events.publishEvent(new ProjectsChanged(duplicateId));
        return pairView(projectId, otherId);
    }

    @Override
    @Transactional
    public PossibleDuplicate reopenDuplicate(long projectId, long otherId, int version) {
        CurrentUser me = users.require();
        Row p = readable(projectId);
        Row o = rows.find(otherId).orElseThrow(() -> DomainException.notFound("项目不存在：" + otherId));
        ProjectRows.Decision before = rows.decision(projectId, otherId)
                .orElseThrow(() -> DomainException.notFound("这两个项目没有疑似重复的处理记录"));
        DuplicateStatus status = status(before);
        if (status == DuplicateStatus.CONFIRMED && !me.has(Role.SYS_ADMIN)) {
            throw DomainException.forbidden("只有系统管理员可以撤销已确认的重复");
        }
        if (status == DuplicateStatus.DISMISSED && !ProjectAccess.canWrite(me, p) && !ProjectAccess.canWrite(me, o)) {
            throw DomainException.forbidden("只能处理涉及本单位可修改项目的疑似重复提示");
        }
        if (before.version() != version) {
            throw DomainException.conflict("该疑似重复提示已被他人处理，请刷新后重试");
        }
        if (status == DuplicateStatus.OPEN) {
            throw DomainException.invalid("该疑似重复提示尚未处理");
        }
        if (!rows.decide(projectId, otherId, "OPEN", null, "", "", me.username(), version)) {
            throw DomainException.conflict("该疑似重复提示已被他人处理，请刷新后重试");
        }
        if (status == DuplicateStatus.CONFIRMED) {
            Row dupBefore = rows.find(before.duplicateId()).orElseThrow();
            rows.setDuplicateOf(before.duplicateId(), null);
            Row restored = rows.find(before.duplicateId()).orElseThrow();
            audit.record("UNMERGE", "project.project", Long.toString(restored.id()), dupBefore, restored);
            afterChange(restored, false); // back on its chain's 重点项目 list when it is a 省重大项目
            flagDuplicates(restored);
            events.publishEvent(new ProjectsChanged(restored.id()));
        } else {
            flagDuplicates(rows.find(projectId).orElseThrow());
        }
        audit.record("REOPEN", "project.duplicate", pairKey(projectId, otherId), before,
                rows.decision(projectId, otherId).orElseThrow());
        return duplicates(projectId).stream().filter(x -> x.projectId() == otherId).findFirst()
                .orElseGet(() -> pair(me, rows.find(projectId).orElseThrow(), rows.find(otherId).orElseThrow(),
                        DuplicateStatus.OPEN, before.flagReason(), rows.decision(projectId, otherId).orElse(null)));
    }

    private static String pairKey(long a, long b) {
        return Math.min(a, b) + ":" + Math.max(a, b);
    }

    @Override
    public List<ProjectLine> projects(String chainCode, String segmentCode) {
        Optional<CurrentUser> me = users.current();
        List<String> codes = chains.chain(chainCode).flatMap(c -> c.segment(segmentCode))
                .map(s -> s.selfAndDescendants().map(ChainSegment::code).toList()).orElse(List.of());
        return rows.inSegments(chainCode, codes, ProjectAccess.visibility(me.orElse(null))).stream()
                .map(p -> new ProjectLine(p.ref(), p.name(), ProjectStage.valueOf(p.stage()).label(),
                        p.totalInvestment().movePointLeft(8).setScale(2, java.math.RoundingMode.HALF_UP)
                                .stripTrailingZeros().toPlainString() + "亿元"))
                .toList();
    }

    @Override
    public Set<String> readableRefs(Collection<String> refs) {
        return Set.copyOf(rows.visibleRefs(ProjectAccess.visibility(users.current().orElse(null)), refs));
    }

    // ---------------------------------------------------------------- changes

    @Override
    @Transactional
    public Project create(ProjectDraft draft) {
        return create(draft, null);
    }

    @Override
    @Transactional
    public Project create(ProjectDraft draft, Long originEventId) {
        CurrentUser me = users.require();
        if (!me.can("project:project:write")) {
            throw DomainException.forbidden("无权新增项目");
        }
        Row r = withOrigin(validate(draft, me, null), originEventId);
        long id = insert(r, me, true);
        return view(rows.find(id).orElseThrow());
    }

    private long insert(Row r, CurrentUser me, boolean notify) {
        String temp = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        long id = rows.insert(withRef(r, temp, me.username()));
        String ref = "XM" + LocalDate.now(clock).getYear() + "-" + String.format("%06d", id);
        rows.setRef(id, ref);
        Row after = rows.find(id).orElseThrow();
        flagDuplicates(after);
        audit.record("CREATE", "project.project", Long.toString(id), null, after);
        afterChange(after, notify);
        return id;
    }

    @Override
    @Transactional
    public Project update(long id, ProjectDraft draft) {
        CurrentUser me = users.require();
        Row before = writable(id);
        Row r = validate(draft, me, before);
        if (!rows.update(r, draft.version())) {
            throw DomainException.conflict("项目已被他人修改，请刷新后重试");
        }
        Row after = rows.find(id).orElseThrow();
        if (!ProjectAccess.canWrite(me, after)) {
            throw DomainException.forbidden("不能把项目改到本单位管辖范围以外");
        }
        flagDuplicates(after);
        audit.record("UPDATE", "project.project", Long.toString(id), before, after);
        afterChange(after);
        return view(after);
    }

    @Override
    @Transactional
    public Project moveStage(long id, int version, ProjectStage to, LocalDate on) {
        Row before = writable(id);
        ProjectStage from = ProjectStage.valueOf(before.stage());
        if (to == null || from.next().filter(to::equals).isEmpty()) {
            throw DomainException.invalid("项目阶段须按 签约 → 开工 → 在建 → 竣工投产 依次推进：当前为"
                    + from.label() + (from.next().map(n -> "，下一阶段为" + n.label()).orElse("，已是最后阶段")));
        }
        if (on == null) {
            throw DomainException.invalid("请填写" + to.label() + "日期");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw DomainException.invalid(to.label() + "日期不能晚于今天");
        }
        LocalDate previous = lastDate(before);
        if (previous != null && on.isBefore(previous)) {
            throw DomainException.invalid(to.label() + "日期不能早于上一阶段的日期（" + previous + "）");
        }
        String column = switch (to) {
            case STARTED -> "started_on";
            case BUILDING -> "building_on";
            case COMPLETED -> "completed_on";
            case SIGNED -> throw new IllegalStateException();
        };
        if (!rows.moveStage(id, version, to.name(), column, on)) {
            throw DomainException.conflict("项目已被他人修改，请刷新后重试");
        }
        Row after = rows.find(id).orElseThrow();
        audit.record("STAGE", "project.project", Long.toString(id), before, after);
        events.publishEvent(new ProjectStageChanged(id, after.ref(), from, to, on));
        afterChange(after);
        return view(after);
    }

    private static LocalDate lastDate(Row r) {
        LocalDate last = null;
        for (LocalDate d : new LocalDate[] {r.signedOn(), r.startedOn(), r.buildingOn(), r.completedOn()}) {
            if (d != null) {
                last = d;
            }
        }
        return last;
    }

    @Override
    @Transactional
    public MonthlyReport report(long projectId, MonthlyReportDraft d) {
        return report(projectId, d, users.require());
    }

    /** Saves a monthly report as {@code me} (the demo loader acts as the system). */
    @Transactional
    MonthlyReport report(long projectId, MonthlyReportDraft d, CurrentUser me) {
        Row project = writable(projectId, me);
        String period = d.period() == null ? "" : d.period().strip();
        YearMonth month;
        try {
            if (!period.matches("\\d{4}-\\d{2}")) {
                throw new IllegalArgumentException();
            }
            month = YearMonth.parse(period);
        } catch (RuntimeException e) {
            throw DomainException.invalid("月份格式应为 YYYY-MM，例如 2026-03");
        }
        if (month.isAfter(YearMonth.now(clock))) {
            throw DomainException.invalid("不能填报未来月份的投资");
        }
        BigDecimal completed = amount(d.completed(), "本期完成投资", true);
        BigDecimal cumulative = amount(d.cumulative(), "累计完成投资", true);
        BigDecimal funds = d.fundsInPlace() == null ? BigDecimal.ZERO : amount(d.fundsInPlace(), "到位资金", true);
        if (cumulative.compareTo(completed) < 0) {
            throw DomainException.invalid("累计完成投资不能小于本期完成投资");
        }
        List<MonthlyReport> all = rows.reports(projectId);
        for (MonthlyReport other : all) {
            int cmp = other.period().compareTo(period);
            if (cmp < 0 && other.cumulative().compareTo(cumulative) > 0) {
                throw DomainException.invalid("累计完成投资不能减少：" + other.period() + " 已累计完成 "
                        + other.cumulative().toPlainString() + " 元");
            }
            if (cmp > 0 && other.cumulative().compareTo(cumulative) < 0) {
                throw DomainException.invalid("累计完成投资不能超过以后月份（" + other.period() + "）的累计值 "
                        + other.cumulative().toPlainString() + " 元");
            }
        }
        String problems = text(d.problems(), 2000, "存在问题");
        String solver = text(d.solver(), 200, "需协调解决单位");
        if (!problems.isEmpty() && solver.isEmpty()) {
            throw DomainException.invalid("填写了存在问题时，请注明需由谁协调解决");
        }
        Optional<MonthlyReport> existing = rows.report(projectId, period);
        long id;
        if (existing.isEmpty()) {
            if (d.version() != 0) {
                throw DomainException.conflict("该月报告已被删除或尚未创建，请刷新后重试");
            }
            id = rows.insertReport(projectId, period, completed, cumulative, funds, problems, solver, me.username());
        } else {
            id = existing.get().id();
            if (!rows.updateReport(id, d.version(), completed, cumulative, funds, problems, solver, me.username())) {
                throw DomainException.conflict("该月报告已被他人修改，请刷新后重试");
            }
        }
        rows.touch(projectId);
        MonthlyReport after = rows.report(projectId, period).orElseThrow();
        audit.record(existing.isEmpty() ? "CREATE" : "UPDATE", "project.report", Long.toString(id),
                existing.orElse(null), after);
        events.publishEvent(new ProjectInvestmentReported(projectId, project.ref(), project.industryCode(),
                project.cityCode(), period, completed, cumulative));
        return after;
    }

    @Override
    @Transactional
    public ProjectImportResult importFile(byte[] xlsx) {
        return importFile(xlsx, users.require());
    }

    /** Imports a project list as {@code me}: the same reading, validation and storing as a user's import. */
    @Transactional
    ProjectImportResult importFile(byte[] xlsx, CurrentUser me) {
        if (!me.can("project:project:write")) {
            throw DomainException.forbidden("无权导入项目");
        }
        List<ProjectDraft> drafts = ProjectWorkbook.read(xlsx, this::resolveRegion, this::resolvePark,
                this::resolveEnterprise);
        List<ProjectImportException.RowError> errors = new ArrayList<>();
        List<Row> valid = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            try {
                valid.add(validate(drafts.get(i), me, null));
            } catch (DomainException e) {
                errors.add(new ProjectImportException.RowError(i + 2, "", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProjectImportException(errors);
        }
        List<String> refs = new ArrayList<>();
        List<String> flagged = new ArrayList<>();
        for (Row r : valid) {
            long id = insert(r, me, false);
            Row stored = rows.find(id).orElseThrow();
            refs.add(stored.ref());
            for (Object[] d : rows.duplicatesOf(id)) {
                flagged.add(stored.ref() + " " + stored.name() + "：" + d[1]);
            }
        }
        audit.record("IMPORT", "project.project", refs.isEmpty() ? "-" : refs.get(0), null,
                Map.of("rows", valid.size(), "refs", refs));
        events.publishEvent(new ProjectsChanged(0)); // bindings recompute once for the whole file
        return new ProjectImportResult(valid.size(), refs, flagged);
    }

    @Override
    public byte[] importTemplate() {
        return ProjectWorkbook.template();
    }

    // ---------------------------------------------------------------- validation

    private Row validate(ProjectDraft d, CurrentUser me, Row before) {
        String name = text(d.name(), 200, "项目名称");
        if (name.isEmpty()) {
            throw DomainException.invalid("请填写项目名称");
        }
        String industry = blank(d.industryCode()) ? null : d.industryCode().strip();
        Industry ind = industry == null ? null : orgs.industry(industry).orElse(null);
        if (ind == null) {
            throw DomainException.invalid("请选择所属产业（产业代码无效：" + (industry == null ? "空" : industry) + "）");
        }
        if (me.dataScope() == cn.tenstrong.access.DataScope.OWN_INDUSTRY && !me.has(Role.SYS_ADMIN)
                && !industry.equals(me.industryCode())) {
            throw DomainException.forbidden("产业专班只能登记本产业的项目");
        }
        // region
        Region region = blank(d.regionCode()) ? null : region(d.regionCode().strip());
        if (region == null || region.cityCode() == null || !region.code().startsWith("37")) {
            throw DomainException.invalid("请选择项目所在的山东省市或县（市、区）");
        }
        String city = region.cityCode();
        String county = region.isCity() ? null : region.code();
        // park
        Long parkId = d.parkId();
        if (me.dataScope() == cn.tenstrong.access.DataScope.OWN_PARK) {
            if (parkId == null) {
                parkId = me.organizationId();
            } else if (parkId != me.organizationId()) {
                throw DomainException.forbidden("园区只能登记本园区的项目");
            }
        }
        if (parkId != null) {
            Organization park = orgs.organization(parkId).filter(o -> o.kind() == OrganizationKind.PARK)
                    .orElseThrow(() -> DomainException.invalid("所选园区不存在或不是园区"));
            if (park.regionCode() != null && park.regionCode().length() >= 4
                    && !park.regionCode().substring(0, 4).equals(city.substring(0, 4))) {
                throw DomainException.invalid("园区“" + park.name() + "”不在项目所在市");
            }
        }
        if (me.dataScope() == cn.tenstrong.access.DataScope.OWN_CITY && !me.has(Role.SYS_ADMIN)) {
            if (!city.equals(me.cityCode())) {
                throw DomainException.forbidden("只能登记本市的项目");
            }
            if (ProjectAccess.isCounty(me) && !me.regionCode().equals(county)) {
                throw DomainException.forbidden("县级招商部门只能登记本县（市、区）的项目");
            }
        }
        // chain segment
        String chainCode = null;
        String segmentCode = null;
        if (!blank(d.segment())) {
            String[] parts = d.segment().strip().split("/", 2);
            Chain chain = chains.chain(parts[0]).orElseThrow(() -> DomainException.invalid("产业链不存在：" + parts[0]));
            if (chain.industry() != null && chain.industry().code() != null
                    && !industry.startsWith(chain.industry().code()) && !chain.industry().code().startsWith(industry)) {
                throw DomainException.invalid("产业链“" + chain.name() + "”不属于所选产业");
            }
            chainCode = chain.code();
            if (parts.length == 2 && !parts[1].isBlank()) {
                segmentCode = chain.segment(parts[1].strip()).map(ChainSegment::code)
                        .orElseThrow(() -> DomainException.invalid("环节“" + parts[1] + "”不属于产业链" + chain.name()));
            }
        }
        // enterprise
        Long enterpriseId = d.enterpriseId();
        String enterpriseName = text(d.enterpriseName(), 200, "企业名称");
        if (enterpriseId != null) {
            Enterprise e = enterprises.enterprise(enterpriseId)
                    .orElseThrow(() -> DomainException.invalid("企业库中没有该企业：" + d.enterpriseId()));
            enterpriseName = e.name();
        }
        Set<ProjectCategory> cats = d.categories() == null ? Set.of() : d.categories();
        BigDecimal total = amount(d.totalInvestment(), "总投资", true);
        BigDecimal yearPlan = d.yearPlannedInvestment() == null ? null : amount(d.yearPlannedInvestment(), "年度计划投资", false);
        if (yearPlan != null && yearPlan.compareTo(total) > 0) {
            throw DomainException.invalid("年度计划投资不能大于总投资");
        }
        Integer planYear = d.planYear();
        if (yearPlan != null && planYear == null) {
            planYear = d.plannedStart() != null ? d.plannedStart().getYear() : LocalDate.now(clock).getYear();
        }
        if (planYear != null && (planYear < 2000 || planYear > 2100)) {
            throw DomainException.invalid("计划年度不合理：" + planYear);
        }
        String description = text(d.description(), 2000, "项目简介");
        // stage and dates (on creation only)
        ProjectStage stage;
        LocalDate[] dates;
        if (before == null) {
            stage = d.stage() == null ? ProjectStage.SIGNED : d.stage();
            dates = new LocalDate[] {d.signedOn(), d.startedOn(), d.buildingOn(), d.completedOn()};
            LocalDate today = LocalDate.now(clock);
            LocalDate previous = null;
            for (ProjectStage s : ProjectStage.values()) {
                LocalDate date = dates[s.ordinal()];
                if (!stage.atLeast(s)) {
                    if (date != null) {
                        throw DomainException.invalid("项目尚未" + s.label() + "，不能填写" + s.label() + "日期");
                    }
                    continue;
                }
                if (date == null && s != ProjectStage.SIGNED) {
                    throw DomainException.invalid("项目已到“" + stage.label() + "”阶段，请填写" + s.label() + "日期");
                }
                if (date != null && date.isAfter(today)) {
                    throw DomainException.invalid(s.label() + "日期不能晚于今天");
                }
                if (date != null && previous != null && date.isBefore(previous)) {
                    throw DomainException.invalid("阶段日期须按 签约 → 开工 → 在建 → 竣工投产 的顺序：" + s.label()
                            + "日期早于上一阶段");
                }
                if (date != null) {
                    previous = date;
                }
            }
        } else {
            stage = ProjectStage.valueOf(before.stage());
            dates = new LocalDate[] {before.signedOn(), before.startedOn(), before.buildingOn(), before.completedOn()};
        }
        String catText = cats.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        return new Row(before == null ? 0 : before.id(), before == null ? null : before.ref(), name, Names.project(name),
                enterpriseId, enterpriseName.isEmpty() ? null : enterpriseName,
                enterpriseName.isEmpty() ? null : Names.enterprise(enterpriseName), industry, chainCode, segmentCode,
                city, county, parkId, catText, total, yearPlan, planYear, d.plannedStart(), stage.name(), dates[0],
                dates[1], dates[2], dates[3], description, before == null ? me.username() : before.createdBy(), null,
                before == null ? 0 : before.version(), null, null, false, before == null ? null : before.duplicateOf(),
                before == null ? null : before.originEventId());
    }

    private static Row withOrigin(Row r, Long eventId) {
        return new Row(r.id(), r.ref(), r.name(), r.nameNorm(), r.enterpriseId(), r.enterpriseName(), r.enterpriseNorm(),
                r.industryCode(), r.chainCode(), r.segmentCode(), r.cityCode(), r.countyCode(), r.parkId(),
                r.categories(), r.totalInvestment(), r.yearPlannedInvestment(), r.planYear(), r.plannedStart(),
                r.stage(), r.signedOn(), r.startedOn(), r.buildingOn(), r.completedOn(), r.description(), r.createdBy(),
                r.updatedAt(), r.version(), r.cumulative(), r.latestPeriod(), r.duplicate(), r.duplicateOf(), eventId);
    }

    private static Row withRef(Row r, String ref, String by) {
        return new Row(r.id(), ref, r.name(), r.nameNorm(), r.enterpriseId(), r.enterpriseName(), r.enterpriseNorm(),
                r.industryCode(), r.chainCode(), r.segmentCode(), r.cityCode(), r.countyCode(), r.parkId(),
                r.categories(), r.totalInvestment(), r.yearPlannedInvestment(), r.planYear(), r.plannedStart(),
                r.stage(), r.signedOn(), r.startedOn(), r.buildingOn(), r.completedOn(), r.description(), by, null, 0,
                null, null, false, null, r.originEventId());
    }

    // ---------------------------------------------------------------- duplicates, chain lists

    /**
     * Flags (both ways) projects that look like this one: the same normalised name in the same city (a city and a
     * county reporting one project), or the same enterprise with a similar name. Never merges. Pairs someone decided
     * on (不是重复, 确认重复) are not flagged again, and a confirmed duplicate takes no part.
     */
    private void flagDuplicates(Row p) {
        List<Long> others = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        if (p.duplicateOf() != null) {
            rows.replaceDuplicates(p.id(), others, reasons);
            return;
        }
        Set<Long> decided = new java.util.HashSet<>();
        for (ProjectRows.Decision d : rows.decisionsOf(p.id())) {
            if (!"OPEN".equals(d.decision())) {
                decided.add(d.other(p.id()));
            }
        }
        for (Row o : rows.duplicateCandidates(p.id(), p.cityCode(), p.nameNorm(), p.enterpriseId(),
                p.enterpriseNorm())) {
            if (decided.contains(o.id())) {
                continue; // 不是重复 or 已确认: never flagged again
            }
            if (o.cityCode().equals(p.cityCode()) && o.nameNorm().equals(p.nameNorm())) {
                others.add(o.id());
                reasons.add("同一城市存在同名项目（" + o.ref() + "）");
            } else if (sameEnterprise(o, p) && Names.similarity(o.nameNorm(), p.nameNorm()) >= 0.6) {
                others.add(o.id());
                reasons.add("同一企业存在名称相近的项目（" + o.ref() + "）");
            }
        }
        rows.replaceDuplicates(p.id(), others, reasons);
    }

    private static boolean sameEnterprise(Row a, Row b) {
        if (a.enterpriseId() != null && a.enterpriseId().equals(b.enterpriseId())) {
            return true;
        }
        return a.enterpriseNorm() != null && !a.enterpriseNorm().isEmpty() && a.enterpriseNorm().equals(b.enterpriseNorm());
    }

    /** 省重大项目 on a chain go to the chain's 重点项目 list. */
    private void afterChange(Row p) {
        afterChange(p, true);
    }

    private void afterChange(Row p, boolean notify) {
        if (p.chainCode() != null && p.duplicateOf() == null && categories(p.categories()).contains(ProjectCategory.MAJOR)) {
            maps.putKeyProject(new NewChainProject(p.chainCode(), p.segmentCode(), p.ref(), p.name(),
                    p.totalInvestment().movePointLeft(4), ProjectStage.valueOf(p.stage()).label(), "project"));
        }
        if (notify) {
            events.publishEvent(new ProjectsChanged(p.id()));
        }
    }

    // ---------------------------------------------------------------- views and helpers

    Project view(Row p) {
        String parkName = p.parkId() == null ? null : orgs.organization(p.parkId()).map(Organization::name).orElse(null);
        String industryName = orgs.industry(p.industryCode()).map(Industry::name).orElse(p.industryCode());
        return new Project(p.id(), p.ref(), p.name(), p.enterpriseId(), p.enterpriseName(), p.industryCode(),
                industryName, p.chainCode(), p.segmentCode(), p.cityCode(), regionName(p.cityCode()), p.countyCode(),
                regionName(p.countyCode()), p.parkId(), parkName, categories(p.categories()), p.totalInvestment(),
                p.yearPlannedInvestment(), p.planYear(), p.plannedStart(), ProjectStage.valueOf(p.stage()),
                p.signedOn(), p.startedOn(), p.buildingOn(), p.completedOn(), p.description(), p.cumulative(),
                p.latestPeriod(), p.duplicate(), p.createdBy(), p.updatedAt(), p.version(), p.duplicateOf(),
                p.duplicateOf() == null ? null : rows.find(p.duplicateOf()).map(Row::ref).orElse(null),
                p.originEventId());
    }

    static Set<ProjectCategory> categories(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        EnumSet<ProjectCategory> set = EnumSet.noneOf(ProjectCategory.class);
        Arrays.stream(text.split(",")).forEach(c -> set.add(ProjectCategory.valueOf(c)));
        return set;
    }

    String regionName(String code) {
        return code == null ? null : Optional.ofNullable(region(code)).map(Region::name).orElse(code);
    }

    private Region region(String code) {
        Region r = regions.get(code);
        if (r == null) {
            r = orgs.region(code).orElse(null);
            if (r != null) {
                regions.put(code, r);
            }
        }
        return r;
    }

    /** A region code or an exact Shandong city/county name, for the import. */
    String resolveRegion(String text) {
        String t = text.strip();
        if (t.matches("\\d{6}")) {
            return t;
        }
        if (regionsByName.isEmpty()) {
            for (Region c : orgs.cities()) {
                regionsByName.putIfAbsent(c.name(), c.code());
                for (Region county : orgs.counties(c.code())) {
                    regionsByName.putIfAbsent(county.name(), county.code());
                    regionsByName.putIfAbsent(c.name() + county.name(), county.code());
                }
            }
        }
        return regionsByName.get(t);
    }

    private final Map<String, String> regionsByName = new ConcurrentHashMap<>();

    Long resolvePark(String name) {
        return orgs.findByName(name.strip()).filter(o -> o.kind() == OrganizationKind.PARK).map(Organization::id)
                .orElse(null);
    }

    Long resolveEnterprise(String uscc) {
        return enterprises.byUscc(uscc.strip()).map(Enterprise::id).orElse(null);
    }

    static BigDecimal amount(BigDecimal value, String what, boolean required) {
        if (value == null) {
            if (required) {
                throw DomainException.invalid("请填写" + what + "（元）");
            }
            return null;
        }
        if (value.signum() < 0) {
            throw DomainException.invalid(what + "不能为负数");
        }
        if (value.compareTo(MAX_AMOUNT) > 0) {
            throw DomainException.invalid(what + "金额不合理");
        }
        return value;
    }

    private static String text(String value, int max, String what) {
        String t = value == null ? "" : value.strip();
        if (t.length() > max) {
            throw DomainException.invalid(what + "不能超过" + max + "字");
        }
        return t;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
