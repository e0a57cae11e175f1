package cn.tenstrong.listing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.EnterpriseListing;
import cn.tenstrong.listing.CandidateDraft;
import cn.tenstrong.listing.ListingCandidate;
import cn.tenstrong.listing.ListingCandidates;
import cn.tenstrong.listing.ListingCounts;
import cn.tenstrong.listing.ListingStage;
import cn.tenstrong.listing.persistence.CandidateRows;
import cn.tenstrong.listing.persistence.CandidateRows.Row;
import cn.tenstrong.listing.persistence.CandidateRows.StepRow;
import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Region;
import cn.tenstrong.project.TargetBindings;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.Present;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The 上市后备资源库: 入库, stage moves, the listed-company data closing 上市, counts. */
@Service
@Transactional(readOnly = true)
class CandidateService implements ListingCandidates {

    static final String ENTITY = "listing.candidate";
    static final String DATA_ACTOR = "上市公司数据";

    private final CandidateRows rows;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final OrgDirectory orgs;
    private final EnterpriseLibrary enterprises;
    private final TargetBindings bindings;
    private final Present present;

    CandidateService(CandidateRows rows, CurrentUsers users, AuditTrail audit, OrgDirectory orgs,
                     EnterpriseLibrary enterprises, TargetBindings bindings, Present present) {
        this.rows = rows;
        this.users = users;
        this.audit = audit;
        this.orgs = orgs;
        this.enterprises = enterprises;
        this.bindings = bindings;
        this.present = present;
    }

    // ---- reading

    @Override
    public List<ListingCandidate> candidates(ListingStage stage, String cityCode, String industryCode) {
        CurrentUser me = users.require();
        return views(rows.visible(CandidateAccess.visibility(me), stage == null ? null : stage.name(), blank(cityCode),
                blank(industryCode)));
    }

    @Override
    public ListingCandidate require(long id) {
        return view(readable(id, users.require()));
    }

    @Override
    public ListingCounts counts(LocalDate asOf) {
        CurrentUser me = users.require();
        LocalDate day = asOf == null ? present.today() : asOf;
        List<ListingCandidate> all = views(rows.visible(CandidateAccess.visibility(me), null, null, null));
        List<ListingCandidate> inReserve = all.stream().filter(c -> c.stageOn(day).isPresent()).toList();
        return new ListingCounts(day, List.of(ListingStage.values()), group("total", "", inReserve, day),
                groups(inReserve, ListingCandidate::cityCode, ListingCandidate::cityName, day),
                groups(inReserve, ListingCandidate::industryCode, ListingCandidate::industryName, day));
    }

    private static List<ListingCounts.Group> groups(List<ListingCandidate> list, Function<ListingCandidate, String> key,
                                                    Function<ListingCandidate, String> label, LocalDate day) {
        Map<String, List<ListingCandidate>> by = list.stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        List<ListingCounts.Group> out = new ArrayList<>();
        by.forEach((k, cs) -> out.add(group(k, label.apply(cs.get(0)), cs, day)));
        return out;
    }

    private static ListingCounts.Group group(String key, String label, List<ListingCandidate> list, LocalDate day) {
        long[] counts = new long[ListingStage.values().length];
        long listed = 0;
        for (ListingCandidate c : list) {
            counts[c.stageOn(day).orElseThrow().ordinal()]++;
            LocalDate on = c.dateOf(ListingStage.LISTED);
            if (on != null && !on.isAfter(day) && on.getYear() == day.getYear()) {
                listed++;
            }
        }
        List<Long> values = new ArrayList<>();
        for (long n : counts) {
            values.add(n);
        }
        return new ListingCounts.Group(key, label, values, list.size(), listed);
    }

    @Override
    public boolean canCreate() {
        return users.current().map(CandidateAccess::canCreate).orElse(false);
    }

    @Override
    public boolean canEdit(ListingCandidate candidate) {
        return users.current().flatMap(me -> rows.find(candidate.id()).map(r -> CandidateAccess.canWrite(me, r)))
                .orElse(false);
    }

    // ---- changing

    @Override
    @Transactional
    public ListingCandidate enrol(CandidateDraft d) {
        CurrentUser me = users.require();
        if (!CandidateAccess.canCreate(me)) {
            throw DomainException.forbidden("无权管理上市后备资源库");
        }
        if (d == null || d.enterpriseId() == null) {
            throw DomainException.invalid("enterpriseId", "请从企业库选择企业");
        }
        Enterprise e = enterprises.enterprise(d.enterpriseId())
                .orElseThrow(() -> DomainException.invalid("enterpriseId", "企业库中没有该企业：" + d.enterpriseId()));
        if (e.synthetic()) {
            throw DomainException.invalid("enterpriseId", "模拟数据企业不能入库：" + e.name());
        }
        if (e.regionCode() == null || !e.regionCode().startsWith("37")) {
            throw DomainException.invalid("enterpriseId", "上市后备资源库只收山东省注册的企业：" + e.name());
        }
        String city = orgs.region(e.regionCode()).map(Region::cityCode).orElse(null);
        if (city == null) {
            throw DomainException.invalid("enterpriseId", "企业所在地区未到市一级，不能确定所属城市：" + e.name());
        }
        if (e.listing() != null && e.listing().listedOn() != null) {
            throw DomainException.invalid("enterpriseId", "“" + e.name() + "”已上市（" + e.listing().stockCode() + "，"
                    + e.listing().listedOn() + "），不必列入上市后备资源库");
        }
        String industry = industry(d.industryCode());
        String board = board(d.targetBoard());
        String notes = notes(d.notes());
        ListingStage stage = d.stage() == null ? ListingStage.CULTIVATING : d.stage();
        LocalDate on = d.stageOn() == null ? present.today() : d.stageOn();
        if (on.isAfter(present.today())) {
            throw DomainException.invalid("stageOn", "入库阶段的日期不能晚于今天");
        }
        if (stage == ListingStage.LISTED) {
            throw DomainException.invalid("stage", "已上市的企业由上市公司数据自动记为“上市”，入库时请选择上市前的阶段");
        }
        Row r = new Row(0, e.id(), e.name(), e.regionCode(), city, industry, stage.name(), board, notes,
                me.username(), null, 0);
        if (!CandidateAccess.canWrite(me, r)) {
            throw DomainException.forbidden(CandidateAccess.outsideScope(me));
        }
        if (rows.byEnterprise(e.id()).isPresent()) {
            throw DomainException.conflict("“" + e.name() + "”已在上市后备资源库中");
        }
        long id = rows.insert(r);
        rows.step(id, stage.name(), on, "MANUAL", "入库", me.username());
        ListingCandidate after = view(rows.find(id).orElseThrow());
        audit.record("CREATE", ENTITY, Long.toString(id), null, after);
        closeFromData(List.of(rows.find(id).orElseThrow()));
        bindings.recomputeAll();
        return require(id);
    }

    @Override
    @Transactional
    public ListingCandidate update(long id, CandidateDraft d) {
        CurrentUser me = users.require();
        Row before = writable(id, me);
        if (d == null) {
            throw DomainException.invalid("请填写上市后备企业信息");
        }
        String industry = industry(d.industryCode());
        Row moved = new Row(before.id(), before.enterpriseId(), before.enterpriseName(), before.regionCode(),
                before.cityCode(), industry, before.stage(), before.targetBoard(), before.notes(), before.createdBy(),
                before.updatedAt(), before.version());
        if (!CandidateAccess.canWrite(me, moved)) {
            throw DomainException.forbidden(CandidateAccess.outsideScope(me));
        }
        ListingCandidate beforeView = view(before);
        if (!rows.update(id, d.version(), industry, board(d.targetBoard()), notes(d.notes()))) {
            throw DomainException.conflict("上市后备企业已被他人修改，请刷新后重试");
        }
        ListingCandidate after = require(id);
        audit.record("UPDATE", ENTITY, Long.toString(id), beforeView, after);
        bindings.recomputeAll();
        return after;
    }

    @Override
    @Transactional
    public ListingCandidate advance(long id, int version, ListingStage to, LocalDate on, String note) {
        CurrentUser me = users.require();
        Row before = writable(id, me);
        ListingCandidate beforeView = view(before);
        ListingStage from = beforeView.stage();
        if (from == ListingStage.LISTED) {
            throw DomainException.invalid("企业已上市，不能再变更阶段");
        }
        if (to == null || to.ordinal() <= from.ordinal()) {
            throw DomainException.invalid("stage", "阶段只能向前推进（培育 → 辅导备案 → 申报受理 → 审核通过 → 上市）");
        }
        LocalDate day = on == null ? present.today() : on;
        if (day.isAfter(present.today())) {
            throw DomainException.invalid("on", "日期不能晚于今天");
        }
        LocalDate previous = beforeView.dateOf(from);
        if (previous != null && day.isBefore(previous)) {
            throw DomainException.invalid("on", "日期不能早于上一阶段（" + from.label() + " " + previous + "）");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > 1000) {
            throw DomainException.invalid("note", "说明不能超过1000字");
        }
        if (to == ListingStage.LISTED && text.isEmpty()) {
            throw DomainException.invalid("note", "手工记为上市时请说明上市地点与代码（上市公司数据中的企业会按上市日期自动记为上市）");
        }
        if (!rows.moveTo(id, version, to.name())) {
            throw DomainException.conflict("上市后备企业已被他人修改，请刷新后重试");
        }
        rows.step(id, to.name(), day, "MANUAL", text, me.username());
        ListingCandidate after = require(id);
        audit.record("STAGE", ENTITY, Long.toString(id), beforeView, after);
        bindings.recomputeAll();
        return after;
    }

    /**
     * Closes at 上市 the candidates whose enterprise the listed-company data lists (a stock code and a 上市日期): the
     * step is dated the 上市日期 and marked as the data's, replacing a date entered by hand. Audited; returns how many
     * changed.
     */
    @Transactional
    int closeFromData(Collection<Row> candidates) {
        int changed = 0;
        for (Row c : candidates) {
            EnterpriseListing listing = enterprises.enterprise(c.enterpriseId()).map(Enterprise::listing).orElse(null);
            if (listing == null || listing.listedOn() == null || listing.stockCode() == null
                    || listing.stockCode().isBlank()) {
                continue;
            }
            ListingCandidate before = view(c);
            LocalDate listedOn = before.dateOf(ListingStage.LISTED);
            boolean byData = before.steps().stream().anyMatch(s -> s.stage() == ListingStage.LISTED && s.byData());
            if (listing.listedOn().equals(listedOn) && byData) {
                continue;
            }
            if (!rows.moveTo(c.id(), c.version(), ListingStage.LISTED.name())) {
                throw DomainException.conflict("上市后备企业已被他人修改，请刷新后重试");
            }
            rows.step(c.id(), ListingStage.LISTED.name(), listing.listedOn(), "DATA",
                    "上市公司数据：" + listing.stockCode() + (listing.exchange().isEmpty() ? "" : " " + listing.exchange())
                            + (listing.board().isEmpty() ? "" : " " + listing.board()), DATA_ACTOR);
            audit.record("LISTED_BY_DATA", ENTITY, Long.toString(c.id()), before, view(rows.find(c.id()).orElseThrow()));
            changed++;
        }
        return changed;
    }

    // ---- rules

    private Row readable(long id, CurrentUser me) {
        Row c = rows.find(id).orElseThrow(() -> DomainException.notFound("上市后备企业不存在：" + id));
        if (!CandidateAccess.canRead(me, c)) {
            throw DomainException.forbidden("无权查看该上市后备企业");
        }
        return c;
    }

    private Row writable(long id, CurrentUser me) {
        Row c = readable(id, me);
        if (!CandidateAccess.canWrite(me, c)) {
            throw DomainException.forbidden(CandidateAccess.outsideScope(me));
        }
        return c;
    }

    private String industry(String code) {
        String industry = code == null ? "" : code.strip();
        if (orgs.industry(industry).isEmpty()) {
            throw DomainException.invalid("industryCode", "请选择所属产业");
        }
        return industry;
    }

    private static String board(String text) {
        String board = text == null ? "" : text.strip();
        if (board.length() > 40) {
            throw DomainException.invalid("targetBoard", "拟上市板块不能超过40字");
        }
        return board;
    }

    private static String notes(String text) {
        String notes = text == null ? "" : text.strip();
        if (notes.length() > 2000) {
            throw DomainException.invalid("notes", "备注不能超过2000字");
        }
        return notes;
    }

    // ---- views

    private ListingCandidate view(Row r) {
        return views(List.of(r)).get(0);
    }

    private List<ListingCandidate> views(List<Row> list) {
        Map<Long, List<StepRow>> steps = rows.steps(list.stream().map(Row::id).toList()).stream()
                .collect(Collectors.groupingBy(StepRow::candidateId));
        List<ListingCandidate> out = new ArrayList<>();
        for (Row r : list) {
            Enterprise e = enterprises.enterprise(r.enterpriseId()).orElse(null);
            EnterpriseListing listing = e == null ? null : e.listing();
            List<ListingCandidate.Step> ss = steps.getOrDefault(r.id(), List.of()).stream()
                    .sorted(java.util.Comparator.comparing((StepRow s) -> ListingStage.valueOf(s.stage())))
                    .map(s -> new ListingCandidate.Step(ListingStage.valueOf(s.stage()), s.on(),
                            "DATA".equals(s.source()), s.note(), s.by(), s.at())).toList();
            out.add(new ListingCandidate(r.id(), r.enterpriseId(), e == null ? r.enterpriseName() : e.name(),
                    e == null ? "" : e.regionName(), r.cityCode(), regionName(r.cityCode()), r.industryCode(),
                    orgs.industry(r.industryCode()).map(Industry::name).orElse(r.industryCode()), r.targetBoard(),
                    r.notes(), listing == null ? null : listing.stockCode(), listing == null ? null : listing.listedOn(),
                    ss, r.createdBy(), r.updatedAt(), r.version()));
        }
        return out;
    }

    private String regionName(String code) {
        return orgs.region(code).map(Region::name).orElse(code);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
