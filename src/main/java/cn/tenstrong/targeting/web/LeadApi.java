package cn.tenstrong.targeting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.tenstrong.enterprise.ChainMaps;
import cn.tenstrong.enterprise.ChainTarget;
import cn.tenstrong.enterprise.NewChainTarget;
import cn.tenstrong.targeting.ActivityDraft;
import cn.tenstrong.targeting.Lead;
import cn.tenstrong.targeting.LeadActivity;
import cn.tenstrong.targeting.LeadBook;
import cn.tenstrong.targeting.LeadDraft;
import cn.tenstrong.targeting.LeadFunnel;
import cn.tenstrong.targeting.LeadStage;
import cn.tenstrong.targeting.Recommendation;
import cn.tenstrong.targeting.RecommendationQuery;
import cn.tenstrong.targeting.RegionScope;
import cn.tenstrong.targeting.TargetRecommender;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of leads and target recommendations. */
@RestController
@RequestMapping("/api/targeting")
@Tag(name = "精准招商", description = "招商线索（线索 → 接洽 → 考察 → 洽谈 → 签约）、招商目标推荐")
class LeadApi {

    private final LeadBook leads;
    private final TargetRecommender recommender;
    private final ChainMaps maps;

    LeadApi(LeadBook leads, TargetRecommender recommender, ChainMaps maps) {
        this.leads = leads;
        this.recommender = recommender;
        this.maps = maps;
    }

    /** A stage move. */
    record Move(int version, LeadStage stage, LocalDate on, String note, java.math.BigDecimal yearPlannedInvestment,
                LocalDate plannedStart) {
    }

    /** A target enterprise to add to a chain's list. */
    record NewTarget(String chainCode, String segmentCode, long enterpriseId, String reason) {
    }

    /** 转为线索: a recommended enterprise, the chain and segment it was recommended for, and the score shown. */
    record FromRecommendation(long enterpriseId, String chainCode, String segmentCode, BigDecimal score) {
    }

    @GetMapping("/leads")
    @PreAuthorize("hasAuthority('targeting:lead:read')")
    @Operation(summary = "招商线索（本人数据范围内）；stale=true 只返回滞留线索")
    List<Lead> leads(@RequestParam(required = false) LeadStage stage,
                     @RequestParam(defaultValue = "false") boolean stale) {
        return leads.leads(stage).stream().filter(l -> !stale || l.staleness().stale()).toList();
    }

    @GetMapping("/leads/funnel")
    @PreAuthorize("hasAuthority('targeting:lead:read')")
    @Operation(summary = "招商漏斗：到达各阶段的线索数（总计、按市、按产业）与推荐转化；year 为登记年度，不填为全部年度；"
            + "event 为招商活动编号时只计由该活动产生的线索")
    LeadFunnel funnel(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long event) {
        return leads.funnel(year, event);
    }

    @GetMapping("/leads/{id}")
    @PreAuthorize("hasAuthority('targeting:lead:read')")
    @Operation(summary = "线索详情与阶段记录")
    Lead lead(@PathVariable long id) {
        return leads.require(id);
    }

    @PostMapping("/leads")
    @PreAuthorize("hasAuthority('targeting:lead:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记线索（本市或本园区；ownerOrgId 可指定本市的招商部门或园区跟进）")
    Lead create(@RequestBody LeadDraft draft) {
        return leads.create(draft);
    }

    @PutMapping("/leads/{id}")
    @PreAuthorize("hasAuthority('targeting:lead:write')")
    @Operation(summary = "修改线索（version 不符返回 409）")
    Lead update(@PathVariable long id, @RequestBody LeadDraft draft) {
        return leads.update(id, draft);
    }

    @PostMapping("/leads/{id}/stage")
    @PreAuthorize("hasAuthority('targeting:lead:write')")
    @Operation(summary = "推进线索阶段；签约且有意向投资额时自动在项目库生成“双招双引”重点签约项目（可带 yearPlannedInvestment 本年计划投资、plannedStart 计划开工日期，项目指标即可统计）")
    Lead move(@PathVariable long id, @RequestBody Move move) {
        return leads.move(id, move.version(), move.stage(), move.on(), move.note(),
                new cn.tenstrong.targeting.LeadBook.ProjectPlan(move.yearPlannedInvestment(), move.plannedStart()));
    }

    @PostMapping("/leads/{id}/activities")
    @PreAuthorize("hasAuthority('targeting:lead:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "添加跟进记录（拜访/会议/电话/考察/其他，可含下一步与日期）")
    LeadActivity addActivity(@PathVariable long id, @RequestBody ActivityDraft draft) {
        return leads.addActivity(id, draft);
    }

    @PostMapping("/leads/from-recommendation")
    @PreAuthorize("hasAuthority('targeting:lead:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "推荐企业转为线索：记录来源产业链、环节与当时的推荐得分")
    Lead fromRecommendation(@RequestBody FromRecommendation c) {
        return leads.fromRecommendation(c.enterpriseId(), c.chainCode(), c.segmentCode(), c.score());
    }

    @GetMapping("/recommendations")
    @PreAuthorize("hasAuthority('chain:chain:read')")
    @Operation(summary = "环节招商目标推荐：得分 = 产品匹配 + 主营描述 + 行业代码 + 荣誉标签 + 规模 + 供应链关系（各项上限按产业链设置，"
            + "合计100），reason 为一句推荐理由。"
            + "scope：OUTSIDE_SHANDONG（默认，省外）、OUTSIDE_CITY（city 所指市以外，含省内其他市）、ALL（不限）；"
            + "includeShandong=true 等同 ALL；synthetic=true 时模拟数据企业也参与推荐（默认只推荐真实企业）")
    List<Recommendation> recommend(@RequestParam String chain, @RequestParam String segment,
                                   @RequestParam(defaultValue = "false") boolean includeShandong,
                                   @RequestParam(required = false) RegionScope scope,
                                   @RequestParam(required = false) String city,
                                   @RequestParam(defaultValue = "30") int limit,
                                   @RequestParam(defaultValue = "false") boolean synthetic) {
        RegionScope s = scope != null ? scope : includeShandong ? RegionScope.ALL : RegionScope.OUTSIDE_SHANDONG;
        return recommender.recommend(new RecommendationQuery(chain, segment, s, city, Math.min(200, Math.max(1, limit)),
                synthetic));
    }

    @PostMapping("/targets")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "把推荐企业加入产业链的招商目标企业清单（本产业专班、系统管理员；其他产业的产业链返回 403）")
    ChainTarget addTarget(@RequestBody NewTarget t) {
        return maps.addTarget(new NewChainTarget(t.chainCode(), t.segmentCode(), t.enterpriseId(), null, t.reason(),
                "targeting"));
    }
}
