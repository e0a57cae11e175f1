package cn.tenstrong.targeting.web;

import java.time.LocalDate;
import java.util.List;

import cn.tenstrong.project.Project;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.targeting.EventBook;
import cn.tenstrong.targeting.EventCounts;
import cn.tenstrong.targeting.EventDraft;
import cn.tenstrong.targeting.EventType;
import cn.tenstrong.targeting.InvestmentEvent;
import cn.tenstrong.targeting.Lead;
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

/** JSON API of 招商活动. */
@RestController
@RequestMapping("/api/targeting/events")
@Tag(name = "招商活动", description = "对接会、推介会、博览会、签约活动等：参会企业、由活动产生的线索与项目、按产业与城市统计")
class EventApi {

    private final EventBook events;
    private final cn.tenstrong.shared.Present present;

    EventApi(EventBook events, cn.tenstrong.shared.Present present) {
        this.events = events;
        this.present = present;
    }

    /** A participant to add, with the event's version as read. */
    record NewParticipant(Long enterpriseId, int version) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('targeting:event:read')")
    @Operation(summary = "招商活动（本人数据范围内），可按举办年度、产业、计入城市、类型筛选")
    List<InvestmentEvent> list(@RequestParam(required = false) Integer year,
                               @RequestParam(required = false) String industry,
                               @RequestParam(required = false) String city,
                               @RequestParam(required = false) EventType type) {
        return events.events(year, industry, city, type);
    }

    @GetMapping("/counts")
    @PreAuthorize("hasAuthority('targeting:event:read')")
    @Operation(summary = "招商活动统计：某年截至评估日期（asOf，默认今天）举办的活动数、参会企业、由活动产生的线索与已签约数，按产业、城市、类型")
    EventCounts counts(@RequestParam(required = false) Integer year, @RequestParam(required = false) LocalDate asOf) {
        LocalDate day = asOf;
        int y = year != null ? year : day != null ? day.getYear() : present.today().getYear();
        if (y < 2000 || y > 2100) {
            throw DomainException.invalid("年度应在2000到2100之间");
        }
        if (day == null && year != null) {
            day = LocalDate.of(y, 12, 31);
        }
        return events.counts(y, day);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('targeting:event:read')")
    @Operation(summary = "活动详情与参会企业")
    InvestmentEvent event(@PathVariable long id) {
        return events.require(id);
    }

    @GetMapping("/{id}/leads")
    @PreAuthorize("hasAuthority('targeting:event:read')")
    @Operation(summary = "由该活动产生的招商线索（本人可见的）")
    List<Lead> leads(@PathVariable long id) {
        return events.leads(id);
    }

    @GetMapping("/{id}/projects")
    @PreAuthorize("hasAuthority('targeting:event:read')")
    @Operation(summary = "由该活动的线索签约生成的项目（本人可见的）")
    List<Project> projects(@PathVariable long id) {
        return events.projects(id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('targeting:event:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记招商活动（市县：本市；园区：本园区主办；产业专班：本产业）；enterpriseIds 为企业库中的参会企业")
    InvestmentEvent create(@RequestBody EventDraft draft) {
        return events.create(draft);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('targeting:event:write')")
    @Operation(summary = "修改招商活动（version 不符返回 409；参会企业另行增删）")
    InvestmentEvent update(@PathVariable long id, @RequestBody EventDraft draft) {
        return events.update(id, draft);
    }

    @PostMapping("/{id}/enterprises")
    @PreAuthorize("hasAuthority('targeting:event:write')")
    @Operation(summary = "添加参会企业（企业库中的企业；version 为活动的版本）")
    InvestmentEvent addParticipant(@PathVariable long id, @RequestBody NewParticipant p) {
        if (p == null || p.enterpriseId() == null) {
            throw DomainException.invalid("enterpriseId", "请从企业库选择企业");
        }
        return events.addParticipant(id, p.enterpriseId(), p.version());
    }

    @DeleteMapping("/{id}/enterprises/{enterpriseId}")
    @PreAuthorize("hasAuthority('targeting:event:write')")
    @Operation(summary = "移除参会企业（version 为活动的版本）")
    InvestmentEvent removeParticipant(@PathVariable long id, @PathVariable long enterpriseId,
                                      @RequestParam int version) {
        return events.removeParticipant(id, enterpriseId, version);
    }
}
