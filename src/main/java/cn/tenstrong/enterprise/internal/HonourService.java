package cn.tenstrong.enterprise.internal;

import java.util.List;
import java.util.Map;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.audit.AuditTrail;
import cn.tenstrong.enterprise.EnterpriseHonour;
import cn.tenstrong.enterprise.EnterpriseHonours;
import cn.tenstrong.enterprise.EnterprisesChanged;
import cn.tenstrong.enterprise.HonourStatus;
import cn.tenstrong.enterprise.persistence.EnterpriseRows;
import cn.tenstrong.enterprise.persistence.HonourRows;
import cn.tenstrong.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 荣誉核实: a task force confirms (the tag joins the enterprise's tags) or rejects a self-reported honour. */
@Service
class HonourService implements EnterpriseHonours {

    /** Who may decide: the permission of 产业专班 and 系统管理员. */
    static final String PERMISSION = "chain:chain:write";

    private final HonourRows honours;
    private final EnterpriseRows enterprises;
    private final AuditTrail audit;
    private final CurrentUsers users;
    private final ApplicationEventPublisher events;

    HonourService(HonourRows honours, EnterpriseRows enterprises, AuditTrail audit, CurrentUsers users,
                  ApplicationEventPublisher events) {
        this.honours = honours;
        this.enterprises = enterprises;
        this.audit = audit;
        this.users = users;
        this.events = events;
    }

    @Override
    public List<EnterpriseHonour> honours(long enterpriseId) {
        return honours.honours(enterpriseId);
    }

    @Override
    @Transactional
    public EnterpriseHonour decide(long enterpriseId, long honourId, int version, boolean confirm) {
        CurrentUser me = users.current().orElseThrow(() -> DomainException.forbidden("请先登录"));
        if (!me.can(PERMISSION)) {
            throw DomainException.forbidden("只有产业专班或系统管理员可以确认或驳回企业自述的荣誉");
        }
        EnterpriseHonour before = honours.honour(enterpriseId, honourId)
                .orElseThrow(() -> DomainException.notFound("荣誉记录不存在：" + honourId));
        if (before.status() != HonourStatus.SELF_REPORTED) {
            throw DomainException.conflict("该荣誉已" + before.status().label() + "，请刷新后查看");
        }
        if (!honours.decide(honourId, version, confirm ? HonourStatus.CONFIRMED : HonourStatus.REJECTED, me.username())) {
            throw DomainException.conflict("该荣誉记录已被他人修改，请刷新后重试");
        }
        if (confirm && before.tag() != null) {
            enterprises.addTag(List.of(enterpriseId), before.tag());
        }
        honours.refreshClaimedTags(List.of(enterpriseId));
        EnterpriseHonour after = honours.honour(enterpriseId, honourId).orElseThrow();
        audit.record(confirm ? "CONFIRM" : "REJECT", "enterprise.honour", Long.toString(honourId), before,
                Map.of("honour", after, "enterpriseId", enterpriseId));
        events.publishEvent(new EnterprisesChanged(List.of(enterpriseId)));
        return after;
    }
}
