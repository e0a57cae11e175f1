package cn.tenstrong.targeting.internal;

import java.math.BigDecimal;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.chain.Chain;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSegment;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.targeting.LeadDraft;
import cn.tenstrong.targeting.LeadOrigin;
import cn.tenstrong.targeting.LeadStage;
import cn.tenstrong.targeting.persistence.EventRows;
import cn.tenstrong.targeting.persistence.LeadRows.Row;
import org.springframework.stereotype.Component;

/** 线索校验: a draft becomes a row only with a known enterprise or a name, an industry, a chain of that name, an event the user may see. */
@Component
class LeadRules {

    private final OrgDirectory orgs;
    private final ChainDirectory chains;
    private final EnterpriseLibrary enterprises;
    private final EventRows eventRows;

    LeadRules(OrgDirectory orgs, ChainDirectory chains, EnterpriseLibrary enterprises, EventRows eventRows) {
        this.orgs = orgs;
        this.chains = chains;
        this.enterprises = enterprises;
        this.eventRows = eventRows;
    }

    Row validate(LeadDraft d, Row before, LeadOwnership.Owner owner, CurrentUser me, LeadOrigin origin) {
        Long enterpriseId = d.enterpriseId();
        String name = d.enterpriseName() == null ? "" : d.enterpriseName().strip();
        if (enterpriseId != null) {
            Enterprise e = enterprises.enterprise(enterpriseId)
                    .orElseThrow(() -> DomainException.invalid("enterpriseId", "企业库中没有该企业：" + d.enterpriseId()));
            name = e.name();
        }
        if (name.isEmpty() || name.length() > 200) {
            throw DomainException.invalid("enterpriseName", "请填写意向企业名称（不超过200字）");
        }
        String industry = d.industryCode() == null ? "" : d.industryCode().strip();
        if (orgs.industry(industry).isEmpty()) {
            throw DomainException.invalid("industryCode", "请选择所属产业");
        }
        String chainCode = null;
        String segmentCode = null;
        if (d.segment() != null && !d.segment().isBlank()) {
            String[] parts = d.segment().strip().split("/", 2);
            Chain chain = chains.chain(parts[0].strip())
                    .orElseThrow(() -> DomainException.invalid("segment", "产业链不存在：" + parts[0]));
            chainCode = chain.code();
            if (parts.length == 2 && !parts[1].isBlank()) {
                segmentCode = chain.segment(parts[1].strip()).map(ChainSegment::code)
                        .orElseThrow(() -> DomainException.invalid("segment", "环节“" + parts[1] + "”不属于产业链" + chain.name()));
            }
        }
        if (d.expectedInvestment() != null && (d.expectedInvestment().signum() < 0
                || d.expectedInvestment().compareTo(new BigDecimal("1E15")) > 0)) {
            throw DomainException.invalid("expectedInvestment", "意向投资额应在0到1000万亿元之间");
        }
        Long eventId = d.eventId();
        if (eventId != null && (before == null || !eventId.equals(before.eventId()))) {
            var event = eventRows.find(eventId)
                    .orElseThrow(() -> DomainException.invalid("eventId", "招商活动不存在：" + eventId));
            if (!EventAccess.canRead(me, event)) {
                throw DomainException.invalid("eventId", "只能选择本人可查看的招商活动");
            }
        }
        String contact = d.contact() == null ? "" : d.contact().strip();
        String notes = d.notes() == null ? "" : d.notes().strip();
        if (contact.length() > 500) {
            throw DomainException.invalid("contact", "联系人不能超过500字");
        }
        if (notes.length() > 2000) {
            throw DomainException.invalid("notes", "备注不能超过2000字");
        }
        return new Row(before == null ? 0 : before.id(), enterpriseId, name, industry, chainCode, segmentCode,
                owner.cityCode(), owner.orgId(), before == null ? LeadStage.LEAD.name() : before.stage(),
                d.expectedInvestment(), contact, notes, before == null ? null : before.projectId(),
                before == null ? null : before.signedOn(), before == null ? me.username() : before.createdBy(), null,
                before == null ? 0 : before.version(),
                before != null ? before.originChain() : origin == null ? null : origin.chainCode(),
                before != null ? before.originSegment() : origin == null ? null : origin.segmentCode(),
                before != null ? before.originScore() : origin == null ? null : origin.score(), eventId);
    }
}
