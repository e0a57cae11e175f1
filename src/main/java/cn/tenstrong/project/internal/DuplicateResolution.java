package cn.tenstrong.project.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.access.Role;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.enterprise.ChainMaps;
import cn.tenstrong.project.DuplicateStatus;
import cn.tenstrong.project.PossibleDuplicate;
import cn.tenstrong.project.persistence.DuplicateRows;
import cn.tenstrong.project.persistence.ProjectRows;
import cn.tenstrong.project.persistence.ProjectRows.Row;
import cn.tenstrong.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 疑似重复项目: flags projects that look alike, and the decisions on a flagged pair (不是重复, 确认重复 — the duplicate
 * is merged into the kept project — and 撤销).
 */
@Component
@Transactional(readOnly = true)
class DuplicateResolution {

    private final ProjectRows rows;
    private final DuplicateRows duplicateRows;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final ChainMaps maps;
    private final ApplicationEventPublisher events;
    private final ProjectLookup lookup;
    private final ProjectViews views;
    private final AfterProjectChange afterChange;

    DuplicateResolution(ProjectRows rows, DuplicateRows duplicateRows, CurrentUsers users, AuditTrail audit, ChainMaps maps,
                        ApplicationEventPublisher events, ProjectLookup lookup, ProjectViews views,
                        AfterProjectChange afterChange) {
        this.rows = rows;
        this.duplicateRows = duplicateRows;
        this.users = users;
        this.audit = audit;
        this.maps = maps;
        this.events = events;
        this.lookup = lookup;
        this.views = views;
        this.afterChange = afterChange;
    }

    public List<PossibleDuplicate> duplicates(long projectId) {
        Row p = lookup.readable(projectId);
        CurrentUser me = users.require();
        List<PossibleDuplicate> out = new ArrayList<>();
        Map<Long, DuplicateRows.Decision> decisions = new HashMap<>();
        duplicateRows.decisionsOf(projectId).forEach(d -> decisions.put(d.other(projectId), d));
        for (DuplicateRows.Flag flag : duplicateRows.duplicatesOf(projectId)) {
            long otherId = flag.otherId();
            rows.find(otherId).ifPresent(o -> out.add(pair(me, p, o, DuplicateStatus.OPEN, flag.reason(),
                    decisions.get(otherId))));
        }
        for (DuplicateRows.Decision d : decisions.values()) {
            DuplicateStatus status = status(d);
            if (status != DuplicateStatus.OPEN) {
                rows.find(d.other(projectId)).ifPresent(o -> out.add(pair(me, p, o, status, d.flagReason(), d)));
            }
        }
        return out;
    }

    private static DuplicateStatus status(DuplicateRows.Decision d) {
        return d == null ? DuplicateStatus.OPEN : d.status();
    }

    private PossibleDuplicate pair(CurrentUser me, Row p, Row o, DuplicateStatus status, String flagReason,
                                   DuplicateRows.Decision d) {
        boolean writesOne = ProjectAccess.canWrite(me, p) || ProjectAccess.canWrite(me, o);
        boolean canResolve = status == DuplicateStatus.OPEN && writesOne;
        boolean canReopen = status == DuplicateStatus.DISMISSED ? writesOne
                : status == DuplicateStatus.CONFIRMED && me.has(Role.SYS_ADMIN);
        boolean decided = d != null && status != DuplicateStatus.OPEN;
        return new PossibleDuplicate(o.id(), o.ref(), o.name(), views.regionName(o.cityCode()), views.regionName(o.countyCode()),
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
        String reason = duplicateRows.duplicatesOf(projectId).stream().filter(f -> f.otherId() == otherId)
                .map(DuplicateRows.Flag::reason).findFirst().orElse(null);
        Optional<DuplicateRows.Decision> d = duplicateRows.decision(projectId, otherId);
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

    @Transactional
    public PossibleDuplicate dismissDuplicate(long projectId, long otherId, String reason, int version) {
        CurrentUser me = users.require();
        Row p = lookup.readable(projectId);
        Row o = rows.find(otherId).orElseThrow(() -> DomainException.notFound("项目不存在：" + otherId));
        if (!ProjectAccess.canWrite(me, p) && !ProjectAccess.canWrite(me, o)) {
            throw DomainException.forbidden("只能处理涉及本单位可修改项目的疑似重复提示");
        }
        String why = ProjectRules.text(reason, 1000, "说明");
        if (why.isEmpty()) {
            throw DomainException.invalid("请说明为什么不是重复项目");
        }
        String flag = openFlag(projectId, otherId, version);
        Optional<DuplicateRows.Decision> before = duplicateRows.decision(projectId, otherId);
        if (!duplicateRows.decide(projectId, otherId, DuplicateStatus.DISMISSED, null, flag, why, me.username(), version)) {
            throw DomainException.conflict("该疑似重复提示已被他人处理，请刷新后重试");
        }
        duplicateRows.removeFlag(projectId, otherId);
        audit.record("DISMISS", "project.duplicate", pairKey(projectId, otherId), before.orElse(null),
                duplicateRows.decision(projectId, otherId).orElseThrow());
        return pairView(projectId, otherId);
    }

    @Transactional
    public PossibleDuplicate confirmDuplicate(long projectId, long otherId, long duplicateId, String reason,
                                              int version) {
        CurrentUser me = users.require();
        lookup.readable(projectId);
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
        if (duplicateRows.mergedInto(duplicateId) > 0) {
            throw DomainException.invalid("项目“" + dup.ref() + "”是其他重复项目的保留项目，不能再确认为重复");
        }
        Optional<DuplicateRows.Decision> before = duplicateRows.decision(projectId, otherId);
        if (!duplicateRows.decide(projectId, otherId, DuplicateStatus.CONFIRMED, duplicateId, flag,
                ProjectRules.text(reason, 1000, "说明"), me.username(), version)) {
            throw DomainException.conflict("该疑似重复提示已被他人处理，请刷新后重试");
        }
        duplicateRows.setDuplicateOf(duplicateId, keptId);
        duplicateRows.removeFlag(projectId, otherId);
        Row after = rows.find(duplicateId).orElseThrow();
        if (dup.chainCode() != null) {
            maps.removeKeyProject(dup.chainCode(), dup.ref()); // the kept project stands for both on the chain's list
        }
        flag(after); // a merged project takes no part in detection any more
        audit.record("CONFIRM", "project.duplicate", pairKey(projectId, otherId), before.orElse(null),
                duplicateRows.decision(projectId, otherId).orElseThrow());
        audit.record("MERGE", "project.project", Long.toString(duplicateId), dup, after);
        events.publishEvent(new ProjectsChanged(duplicateId));
        return pairView(projectId, otherId);
    }

    @Transactional
    public PossibleDuplicate reopenDuplicate(long projectId, long otherId, int version) {
        CurrentUser me = users.require();
        Row p = lookup.readable(projectId);
        Row o = rows.find(otherId).orElseThrow(() -> DomainException.notFound("项目不存在：" + otherId));
        DuplicateRows.Decision before = duplicateRows.decision(projectId, otherId)
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
        if (!duplicateRows.decide(projectId, otherId, DuplicateStatus.OPEN, null, "", "", me.username(), version)) {
            throw DomainException.conflict("该疑似重复提示已被他人处理，请刷新后重试");
        }
        if (status == DuplicateStatus.CONFIRMED) {
            Row dupBefore = rows.find(before.duplicateId()).orElseThrow();
            duplicateRows.setDuplicateOf(before.duplicateId(), null);
            Row restored = rows.find(before.duplicateId()).orElseThrow();
            audit.record("UNMERGE", "project.project", Long.toString(restored.id()), dupBefore, restored);
            afterChange.changed(restored, false); // back on its chain's 重点项目 list when it is a 省重大项目
            flag(restored);
            events.publishEvent(new ProjectsChanged(restored.id()));
        } else {
            flag(rows.find(projectId).orElseThrow());
        }
        audit.record("REOPEN", "project.duplicate", pairKey(projectId, otherId), before,
                duplicateRows.decision(projectId, otherId).orElseThrow());
        return duplicates(projectId).stream().filter(x -> x.projectId() == otherId).findFirst()
                .orElseGet(() -> pair(me, rows.find(projectId).orElseThrow(), rows.find(otherId).orElseThrow(),
                        DuplicateStatus.OPEN, before.flagReason(), duplicateRows.decision(projectId, otherId).orElse(null)));
    }

    private static String pairKey(long a, long b) {
        return Math.min(a, b) + ":" + Math.max(a, b);
    }

    /**
     * Flags (both ways) projects that look like this one: the same normalised name in the same city (a city and a
     * county reporting one project), or the same enterprise with a similar name. Never merges. Pairs someone decided
     * on (不是重复, 确认重复) are not flagged again, and a confirmed duplicate takes no part.
     */
    void flag(Row p) {
        List<Long> others = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        if (p.duplicateOf() != null) {
            duplicateRows.replaceDuplicates(p.id(), others, reasons);
            return;
        }
        Set<Long> decided = new HashSet<>();
        for (DuplicateRows.Decision d : duplicateRows.decisionsOf(p.id())) {
            if (d.status() != DuplicateStatus.OPEN) {
                decided.add(d.other(p.id()));
            }
        }
        for (Row o : duplicateRows.duplicateCandidates(p.id(), p.cityCode(), p.nameNorm(), p.enterpriseId(),
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
        duplicateRows.replaceDuplicates(p.id(), others, reasons);
    }

    private static boolean sameEnterprise(Row a, Row b) {
        if (a.enterpriseId() != null && a.enterpriseId().equals(b.enterpriseId())) {
            return true;
        }
        return a.enterpriseNorm() != null && !a.enterpriseNorm().isEmpty() && a.enterpriseNorm().equals(b.enterpriseNorm());
    }

}
