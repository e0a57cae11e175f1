package cn.tenstrong.evaluation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.access.Role;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.evaluation.Declaration;
import cn.tenstrong.evaluation.EvaluationRounds;
import cn.tenstrong.evaluation.NewRound;
import cn.tenstrong.evaluation.RoundResults;
import cn.tenstrong.evaluation.RoundStage;
import cn.tenstrong.evaluation.RoundSubject;
import cn.tenstrong.evaluation.RoundView;
import cn.tenstrong.evaluation.persistence.EvaluationRows;
import cn.tenstrong.evaluation.persistence.EvaluationRows.AssignmentRow;
import cn.tenstrong.evaluation.persistence.EvaluationRows.RoundRow;
import cn.tenstrong.evaluation.persistence.EvaluationRows.SubjectRow;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 评价轮次的流程. Who may do what: 专班 and administrators (evaluation:round:write) create rounds, assign reviewers,
 * move stages and see everything; a park or city bureau declares for the subjects its organisation owns, during
 * 申报 only; a city bureau passes or returns its city's declarations during 市级初审; a reviewer sees and scores only
 * the subjects assigned to them during 专家评审, after declaring whether they have a conflict of interest. Entering
 * 公示 computes the result and stores it (scores, platform values read, reference values); from then on nothing of
 * the round changes except objections and the move to 发布.
 */
@Service
@Transactional(readOnly = true)
class EvaluationRoundService implements EvaluationRounds {

    private static final String WRITE = RoundAccess.WRITE;
    private static final String DECLARE = RoundAccess.DECLARE;

    private final EvaluationRows rows;
    private final SchemeCatalog schemes;
    private final RoundScoring scoring;
    private final CurrentUsers users;
    private final OrgDirectory orgs;
    private final AuditTrail audit;
    private final RoundAccess access;
    private final RoundRecords records;
    private final ExpertReview review;
    private final PublishedResults published;

    EvaluationRoundService(EvaluationRows rows, SchemeCatalog schemes, RoundScoring scoring, CurrentUsers users,
                 OrgDirectory orgs, AuditTrail audit, RoundAccess access, RoundRecords records, ExpertReview review,
                 PublishedResults published) {
        this.published = published;
        this.records = records;
        this.review = review;
        this.access = access;
        this.rows = rows;
        this.schemes = schemes;
        this.scoring = scoring;
        this.users = users;
        this.orgs = orgs;
        this.audit = audit;
    }

    @Override
    @Transactional
    public RoundView create(NewRound round) {
        CurrentUser me = requireWriter();
        if (round == null || round.name() == null || round.name().isBlank()) {
            throw DomainException.invalid("name", "请填写评价轮次名称");
        }
        if (round.name().trim().length() > 200) {
            throw DomainException.invalid("name", "评价轮次名称不能超过200字");
        }
        if (round.year() < 2000 || round.year() > 2100) {
            throw DomainException.invalid("year", "评价年度应在2000至2100年之间");
        }
        if (round.schemeCode() == null || round.schemeCode().isBlank()) {
            throw DomainException.invalid("schemeCode", "请选择评价方案");
        }
        var row = schemes.row(round.schemeCode(), round.schemeVersion());
        Scheme scheme = schemes.definition(row);
        if (!scheme.usable()) {
            throw DomainException.invalid("schemeCode", "评价方案“" + scheme.name() + "”尚有待专班补充的指标，不能用于评价");
        }
        if (round.subjects() == null || round.subjects().isEmpty()) {
            throw DomainException.invalid("subjects", "请至少添加一个参评对象");
        }
        Set<String> keys = new HashSet<>();
        for (NewRound.Subject s : round.subjects()) {
            if (s.key() == null || s.key().isBlank() || s.name() == null || s.name().isBlank()) {
                throw DomainException.invalid("subjects", "参评对象须有编号和名称");
            }
            if (!keys.add(s.key())) {
                throw DomainException.invalid("subjects", "参评对象重复：" + s.key());
            }
            if (s.ownerOrgId() != null && orgs.organization(s.ownerOrgId()).isEmpty()) {
                throw DomainException.invalid("subjects", "参评对象“" + s.name() + "”的申报单位不存在：" + s.ownerOrgId());
            }
        }
        Map<String, LocalDate> deadlines = RoundDeadlines.validate(round.deadlines(), round.year());
        long id = rows.insertRound(row.id(), round.name().trim(), round.year(), RoundStage.DECLARING.name(),
                round.demo(), me.username());
        for (NewRound.Subject s : round.subjects()) {
            rows.insertSubject(id, s.key(), s.name(), blankToNull(s.cohort()), s.ownerOrgId());
        }
        rows.replaceDeadlines(id, deadlines);
        RoundView view = round(id);
        audit.record("CREATE", "evaluation.round", String.valueOf(id), null, Map.of("round", view,
                "subjects", round.subjects()));
        return view;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    @Override
    public List<RoundView> rounds() {
        users.require();
        Map<Long, Map<RoundStage, LocalDate>> deadlines = new HashMap<>();
        rows.deadlines().forEach(d -> deadlines.computeIfAbsent(d.roundId(), k -> new EnumMap<>(RoundStage.class))
                .put(RoundStage.valueOf(d.stage()), d.due()));
        return rows.rounds().stream().map(r -> records.view(r, deadlines.getOrDefault(r.id(), Map.of()))).toList();
    }

    @Override
    public RoundView round(long id) {
        users.require();
        return records.view(records.roundRow(id));
    }

    @Override
    @Transactional
    public RoundView deadlines(long roundId, Map<RoundStage, LocalDate> deadlines, int version) {
        requireWriter();
        RoundRow r = records.roundRow(roundId);
        if (RoundStage.valueOf(r.stage()) == RoundStage.PUBLISHED) {
            throw DomainException.conflict("评价结果已发布，不能再修改截止日期");
        }
        Map<String, LocalDate> valid = RoundDeadlines.validate(deadlines, r.year());
        RoundView before = records.view(r);
        if (!rows.touchRound(roundId, version)) {
            throw DomainException.conflict("评价轮次已被他人修改，请刷新后重试");
        }
        rows.replaceDeadlines(roundId, valid);
        RoundView after = round(roundId);
        audit.record("UPDATE", "evaluation.round", String.valueOf(roundId), before.deadlines(), after.deadlines());
        return after;
    }

    @Override
    public List<RoundSubject> subjects(long roundId) {
        CurrentUser me = users.require();
        records.roundRow(roundId);
        Map<Long, List<AssignmentRow>> assigned = new HashMap<>();
        rows.assignments(roundId).forEach(a -> assigned.computeIfAbsent(a.subjectId(), k -> new ArrayList<>()).add(a));
        return rows.subjects(roundId).stream().filter(s -> canSee(me, s, assigned.getOrDefault(s.id(), List.of())))
                .map(s -> subjectView(s, assigned.getOrDefault(s.id(), List.of()))).toList();
    }

    private boolean canSee(CurrentUser me, SubjectRow s, List<AssignmentRow> assignments) {
        return me.can(WRITE) || me.has(Role.LEADER) || owns(me, s) || inCity(me, s)
                || assignments.stream().anyMatch(a -> a.reviewer().equals(me.username()));
    }

    private static boolean owns(CurrentUser me, SubjectRow s) {
        return RoundAccess.owns(me, s);
    }

    private boolean inCity(CurrentUser me, SubjectRow s) {
        return access.inCity(me, s);
    }

    private RoundSubject subjectView(SubjectRow s, List<AssignmentRow> assignments) {
        return new RoundSubject(s.id(), s.key(), s.name(), s.cohort(), s.ownerOrgId(), Json.values(s.formValues()),
                Json.strings(s.flags()), s.declaredAt(), s.cityStatus(),
                assignments.stream().map(AssignmentRow::reviewer).toList(), s.version());
    }

    @Override
    @Transactional
    public RoundSubject declare(long roundId, long subjectId, Declaration d) {
        CurrentUser me = users.require();
        RoundRow round = records.requireStage(roundId, RoundStage.DECLARING);
        SubjectRow s = records.subjectRow(roundId, subjectId);
        if (!RoundAccess.declares(me, s)) {
            throw DomainException.forbidden("只有参评对象所属单位或专班可以申报“" + s.name() + "”");
        }
        if (d == null) {
            throw DomainException.invalid("请填写申报内容");
        }
        Scheme scheme = schemes.definition(schemes.row(round.schemeId()));
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, FormValues.Field> fields = new HashMap<>();
        FormValues.of(scheme).forEach(f -> fields.put(f.code(), f));
        if (d.values() != null) {
            d.values().forEach((code, v) -> {
                FormValues.Field field = fields.get(code);
                if (field == null) {
                    throw DomainException.invalid("values", "指标“" + code + "”不是申报填写的指标");
                }
                if (v != null) {
                    String problem = field.problem(v);
                    if (problem != null) {
                        throw DomainException.invalid("values", problem);
                    }
                    values.put(code, v);
                }
            });
        }
        List<String> flags = d.flags() == null ? List.of() : d.flags().stream().filter(f -> f != null && !f.isBlank())
                .map(String::trim).distinct().toList();
        RoundSubject before = subjectView(s, List.of());
        if (!rows.declare(subjectId, d.version(), Json.write(values), Json.write(flags))) {
            throw DomainException.conflict("该申报已被他人修改，请刷新后重试");
        }
        RoundSubject after = subjectView(records.subjectRow(roundId, subjectId), List.of());
        audit.record("DECLARE", "evaluation.subject", String.valueOf(subjectId), before, after);
        return after;
    }

    @Override
    @Transactional
    public RoundSubject cityReview(long roundId, long subjectId, boolean pass, int version) {
        CurrentUser me = users.require();
        records.requireStage(roundId, RoundStage.CITY_REVIEW);
        SubjectRow s = records.subjectRow(roundId, subjectId);
        if (!(me.can(WRITE) || (me.can(DECLARE) && inCity(me, s)))) {
            throw DomainException.forbidden("只有所在市的市县招商部门或专班可以初审“" + s.name() + "”");
        }
        if (!rows.cityReview(subjectId, version, pass ? "PASSED" : "RETURNED")) {
            throw DomainException.conflict("该申报已被他人修改，请刷新后重试");
        }
        RoundSubject after = subjectView(records.subjectRow(roundId, subjectId), List.of());
        audit.record(pass ? "CITY_PASS" : "CITY_RETURN", "evaluation.subject", String.valueOf(subjectId),
                s.cityStatus(), after);
        return after;
    }

    @Override
    @Transactional
    public void assign(long roundId, long subjectId, String reviewer) {
        requireWriter();
        RoundRow r = records.roundRow(roundId);
        if (RoundStage.valueOf(r.stage()).ordinal() > RoundStage.EXPERT_REVIEW.ordinal()) {
            throw DomainException.conflict("评价结果已公示，不能再分配评审专家");
        }
        SubjectRow s = records.subjectRow(roundId, subjectId);
        if (reviewer == null || reviewer.isBlank()) {
            throw DomainException.invalid("reviewer", "请填写评审专家的账号");
        }
        if (rows.assign(s.id(), reviewer.trim())) {
            audit.record("ASSIGN", "evaluation.assignment", subjectId + "/" + reviewer.trim(), null,
                    Map.of("subject", s.name(), "reviewer", reviewer.trim()));
        }
    }

    @Override
    @Transactional
    public void declareConflict(long roundId, long subjectId, boolean conflicted, String note) {
        review.declareConflict(roundId, subjectId, conflicted, note);
    }

    @Override
    @Transactional
    public void score(long roundId, long subjectId, Map<String, BigDecimal> scores) {
        review.score(roundId, subjectId, scores);
    }

    @Override
    @Transactional
    public RoundView advance(long roundId, int version) {
        requireWriter();
        RoundRow r = records.roundRow(roundId);
        RoundStage from = RoundStage.valueOf(r.stage());
        RoundStage to = from.next();
        if (to == null) {
            throw DomainException.conflict("评价结果已发布");
        }
        if (r.version() != version) {
            throw DomainException.conflict("评价轮次已被他人修改，请刷新后重试");
        }
        String result = null;
        if (to == RoundStage.PUBLICITY) {
            result = Json.write(scoring.compute(r, schemes.definition(schemes.row(r.schemeId()))));
        }
        if (!rows.updateStage(roundId, version, to.name(), result, to == RoundStage.PUBLICITY,
                to == RoundStage.PUBLISHED)) {
            throw DomainException.conflict("评价轮次已被他人修改，请刷新后重试");
        }
        RoundView after = round(roundId);
        audit.record("ADVANCE", "evaluation.round", String.valueOf(roundId), records.view(r), after);
        return after;
    }

    @Override
    @Transactional
    public void object(long roundId, String subjectKey, String text) {
        CurrentUser me = users.require();
        records.requireStage(roundId, RoundStage.PUBLICITY);
        if (rows.subjects(roundId).stream().noneMatch(s -> s.key().equals(subjectKey))) {
            throw DomainException.notFound("参评对象不存在：" + subjectKey);
        }
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw DomainException.invalid("text", "请填写异议内容（不超过2000字）");
        }
        rows.object(roundId, subjectKey, text.trim(), me.username());
        audit.record("OBJECT", "evaluation.objection", roundId + "/" + subjectKey, null, text.trim());
    }

    @Override
    public RoundResults results(long roundId) {
        return published.results(roundId);
    }

    private CurrentUser requireWriter() {
        CurrentUser me = users.require();
        if (!me.can(WRITE)) {
            throw DomainException.forbidden("只有专班或系统管理员可以管理评价轮次");
        }
        return me;
    }
}
