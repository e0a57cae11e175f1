package cn.tenstrong.chain.web;

import java.util.List;

import cn.tenstrong.chain.ChainAlliance;
import cn.tenstrong.chain.ChainChief;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainLeadership;
import cn.tenstrong.chain.SupportAgency;
import cn.tenstrong.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the 链长制: 链长 (administrators), 包挂单位 and 联盟/协会 (the chain's task force and administrators). */
@RestController
@RequestMapping("/api/chains")
@Tag(name = "链长制", description = "产业链的链长、包挂单位与产业联盟/协会/创新联合体")
class ChainLeadershipApi {

    private final ChainDirectory chains;
    private final ChainLeadership leadership;

    ChainLeadershipApi(ChainDirectory chains, ChainLeadership leadership) {
        this.chains = chains;
        this.leadership = leadership;
    }

    /** A chain's 链长制 as stored; {@code chief} is null until an administrator enters one. */
    record Leadership(String chainCode, ChainChief chief, List<SupportAgency> agencies, List<ChainAlliance> alliances,
                      boolean canEditChief, boolean canEdit) {
    }

    /** 链长 as entered. */
    record ChiefChange(String name, String post, Integer version) {
    }

    /** A 包挂单位 to add, or its duty to change. */
    record AgencyChange(Long organizationId, String duty, Integer version) {
    }

    /** A 联盟/协会/创新联合体 (kind: ALLIANCE, ASSOCIATION, CONSORTIUM or 联盟/协会/创新联合体). */
    record AllianceChange(String name, String kind, String note, Integer version) {
    }

    @GetMapping("/{code}/leadership")
    @PreAuthorize("hasAuthority('chain:chain:read')")
    @Operation(summary = "产业链的链长制：链长（未录入时为空）、包挂单位、联盟/协会")
    Leadership get(@PathVariable String code) {
        chains.summary(code).orElseThrow(() -> DomainException.notFound("产业链不存在：" + code));
        return new Leadership(code, leadership.chief(code).orElse(null), leadership.agencies(code),
                leadership.alliances(code), leadership.canEditChief(), chains.canEdit(code));
    }

    @PutMapping("/{code}/chief")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    @Operation(summary = "录入或修改链长（仅系统管理员；首次录入 version 为 0，version 不符返回 409）")
    ChainChief chief(@PathVariable String code, @RequestBody ChiefChange change) {
        return leadership.setChief(code, version(change == null ? null : change.version()), change.name(), change.post());
    }

    @DeleteMapping("/{code}/chief")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "清除链长（仅系统管理员）")
    void clearChief(@PathVariable String code, @RequestParam int version) {
        leadership.clearChief(code, version);
    }

    @PostMapping("/{code}/support-agencies")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增包挂单位（机构目录中的单位；本产业专班或系统管理员）")
    SupportAgency addAgency(@PathVariable String code, @RequestBody AgencyChange change) {
        if (change == null || change.organizationId() == null) {
            throw DomainException.invalid("organizationId", "请选择包挂单位");
        }
        return leadership.addAgency(code, change.organizationId(), change.duty());
    }

    @PutMapping("/support-agencies/{id}")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    @Operation(summary = "修改包挂职责（version 不符返回 409）")
    SupportAgency updateAgency(@PathVariable long id, @RequestBody AgencyChange change) {
        return leadership.updateAgency(id, version(change == null ? null : change.version()), change.duty());
    }

    @DeleteMapping("/support-agencies/{id}")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "移除包挂单位")
    void removeAgency(@PathVariable long id, @RequestParam int version) {
        leadership.removeAgency(id, version);
    }

    @PostMapping("/{code}/alliances")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记产业联盟/协会/创新联合体")
    ChainAlliance addAlliance(@PathVariable String code, @RequestBody AllianceChange change) {
        AllianceChange c = change == null ? new AllianceChange(null, null, null, null) : change;
        return leadership.addAlliance(code, c.name(), c.kind(), c.note());
    }

    @PutMapping("/alliances/{id}")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    @Operation(summary = "修改联盟/协会（version 不符返回 409）")
    ChainAlliance updateAlliance(@PathVariable long id, @RequestBody AllianceChange change) {
        return leadership.updateAlliance(id, version(change == null ? null : change.version()), change.name(),
                change.kind(), change.note());
    }

    @DeleteMapping("/alliances/{id}")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除联盟/协会")
    void removeAlliance(@PathVariable long id, @RequestParam int version) {
        leadership.removeAlliance(id, version);
    }

    static int version(Integer version) {
        if (version == null) {
            throw DomainException.invalid("version", "缺少版本号 version");
        }
        return version;
    }
}
