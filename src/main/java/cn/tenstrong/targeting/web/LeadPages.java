package cn.tenstrong.targeting.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSegment;
import cn.tenstrong.enterprise.ChainMaps;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.NewChainTarget;
import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.web.PageErrors;
import cn.tenstrong.targeting.ActivityDraft;
import cn.tenstrong.targeting.ActivityKind;
import cn.tenstrong.targeting.Lead;
import cn.tenstrong.targeting.LeadBook;
import cn.tenstrong.targeting.LeadStage;
import cn.tenstrong.targeting.RecommendationList;
import cn.tenstrong.targeting.RecommendationQuery;
import cn.tenstrong.targeting.RecommendationWeights;
import cn.tenstrong.targeting.RegionScope;
import cn.tenstrong.targeting.TargetRecommender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 招商线索 (list, detail with its actions: 跟进记录, stage changes) and 招商目标推荐 pages with 转为线索; the lead form
 * is {@link LeadEditPages}.
 */
@Controller
class LeadPages {

    private final LeadBook leads;
    private final TargetRecommender recommender;
    private final ChainDirectory chains;
    private final ChainMaps maps;
    private final OrgDirectory orgs;
    private final RecommendationWeights weights;
    private final CurrentUsers users;
    private final Clock clock;
    private final EnterpriseLibrary enterprises;

    LeadPages(LeadBook leads, TargetRecommender recommender, ChainDirectory chains, ChainMaps maps, OrgDirectory orgs,
              RecommendationWeights weights, CurrentUsers users, Clock clock, EnterpriseLibrary enterprises) {
        this.clock = clock;
        this.enterprises = enterprises;
        this.leads = leads;
        this.recommender = recommender;
        this.chains = chains;
        this.maps = maps;
        this.orgs = orgs;
        this.weights = weights;
        this.users = users;
    }

    @GetMapping("/leads")
    @PreAuthorize("hasAuthority('targeting:lead:read')")
    String list(@RequestParam(defaultValue = "") String stage, @RequestParam(defaultValue = "false") boolean stale,
                @RequestParam(defaultValue = "") String industry, Model model) {
        LeadStage st = LeadStage.parse(stage).orElse(null);
        // industry codes nest by prefix: 09 (文旅) covers 0901 and 0902 (the cockpit links here per industry)
        List<Lead> shown = leads.leads(st).stream().filter(l -> !stale || l.staleness().stale())
                .filter(l -> industry.isBlank() || l.industryCode() != null && l.industryCode().startsWith(industry))
                .toList();
        model.addAttribute("industry", industry);
        model.addAttribute("leads", shown);
        model.addAttribute("segmentPaths", shown.stream().collect(Collectors.toMap(Lead::id,
                l -> LeadEditPages.segmentPath(chains, l.chainCode(), l.segmentCode()))));
        model.addAttribute("stage", st == null ? "" : st.name());
        model.addAttribute("stale", stale);
        model.addAttribute("stages", LeadStage.values());
        model.addAttribute("industryNames", orgs.industries().stream().collect(Collectors.toMap(Industry::code,
                Industry::name, (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("canCreate", leads.canCreate());
        return "targeting/leads";
    }

    @GetMapping("/leads/{id}")
    @PreAuthorize("hasAuthority('targeting:lead:read')")
    String detail(@PathVariable long id, Model model) {
        Lead lead = leads.require(id);
        model.addAttribute("lead", lead);
        model.addAttribute("canEdit", leads.canEdit(lead));
        model.addAttribute("industryName", orgs.industry(lead.industryCode()).map(i -> i.name()).orElse(lead.industryCode()));
        model.addAttribute("cityName", orgs.region(lead.cityCode()).map(r -> r.name()).orElse(lead.cityCode()));
        model.addAttribute("segmentPath", LeadEditPages.segmentPath(chains, lead.chainCode(), lead.segmentCode()));
        model.addAttribute("originPath", lead.origin() == null ? ""
                : LeadEditPages.segmentPath(chains, lead.origin().chainCode(), lead.origin().segmentCode()));
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("nextStages", List.of(LeadStage.values()).stream()
                .filter(s -> !lead.stage().closed() && (s == LeadStage.DROPPED || s.ordinal() > lead.stage().ordinal()))
                .toList());
        model.addAttribute("today", LocalDate.now(clock));
        return "targeting/lead";
    }

    @PostMapping("/leads/{id}/stage")
    @PreAuthorize("hasAuthority('targeting:lead:write')")
    String move(@PathVariable long id, @RequestParam int version, @RequestParam String stage,
                @RequestParam(required = false) LocalDate on, @RequestParam(defaultValue = "") String note,
                @RequestParam(defaultValue = "") String yearPlanned, @RequestParam(required = false) LocalDate plannedStart,
                RedirectAttributes flash) {
        try {
            // 签约: this year's planned investment (written as officials write amounts) and the planned start date
            java.math.BigDecimal year = yearPlanned.isBlank() ? null
                    : cn.tenstrong.shared.Amount.parse(yearPlanned, "元").value();
            leads.move(id, version, LeadStage.parse(stage).orElse(null), on, note,
                    new cn.tenstrong.targeting.LeadBook.ProjectPlan(year, plannedStart));
            flash.addFlashAttribute("ok", "moved");
        } catch (DomainException e) {
            PageErrors.flash(e, flash);
        }
        return "redirect:/leads/" + id;
    }

    @PostMapping("/leads/{id}/activities")
    @PreAuthorize("hasAuthority('targeting:lead:write')")
    String addActivity(@PathVariable long id, @RequestParam(defaultValue = "") String kind,
                       @RequestParam(required = false) LocalDate on, @RequestParam(defaultValue = "") String content,
                       @RequestParam(defaultValue = "") String nextStep,
                       @RequestParam(required = false) LocalDate nextStepDue, RedirectAttributes flash) {
        try {
            leads.addActivity(id, new ActivityDraft(ActivityKind.parse(kind).orElse(null), on, content, nextStep,
                    nextStepDue));
            flash.addFlashAttribute("ok", "activity");
        } catch (DomainException e) {
            PageErrors.flash(e, flash);
            flash.addFlashAttribute("activityForm", Map.of("kind", kind, "on", on == null ? "" : on.toString(),
                    "content", content, "nextStep", nextStep, "nextStepDue",
                    nextStepDue == null ? "" : nextStepDue.toString()));
        }
        return "redirect:/leads/" + id + "#activities";
    }

    /** 转为线索: a recommended enterprise becomes a lead; its edit page opens. */
    @PostMapping("/leads/from-recommendation")
    @PreAuthorize("hasAuthority('targeting:lead:write')")
    String fromRecommendation(@RequestParam long enterpriseId, @RequestParam String chain,
                              @RequestParam(defaultValue = "") String segment, @RequestParam String score,
                              RedirectAttributes flash) {
        BigDecimal points;
        try {
            points = new BigDecimal(score.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("推荐得分不是有效的数字");
        }
        Lead lead = leads.fromRecommendation(enterpriseId, chain, segment, points);
        flash.addFlashAttribute("ok", "converted");
        return "redirect:/leads/" + lead.id() + "/edit";
    }

    @GetMapping("/targeting/recommend")
    @PreAuthorize("hasAuthority('chain:chain:read')")
    String recommend(@RequestParam(defaultValue = "") String chain, @RequestParam(defaultValue = "") String segment,
                     @RequestParam(defaultValue = "false") boolean includeShandong,
                     @RequestParam(defaultValue = "") String scope, @RequestParam(defaultValue = "") String city,
                     @RequestParam(defaultValue = "false") boolean synthetic, Model model) {
        RegionScope regionScope = RegionScope.parse(scope)
                .orElse(includeShandong ? RegionScope.ALL : RegionScope.OUTSIDE_SHANDONG);
        String cityCode = city.isBlank()
                ? users.current().map(CurrentUser::cityCode).filter(c -> c != null && c.startsWith("37")).orElse("")
                : city.strip();
        model.addAttribute("chains", chains.chains());
        model.addAttribute("chain", chain);
        model.addAttribute("segment", segment);
        model.addAttribute("scopes", RegionScope.values());
        model.addAttribute("scope", regionScope.name());
        model.addAttribute("cities", orgs.cities().stream().filter(c -> c.code().startsWith("37")).toList());
        model.addAttribute("city", cityCode);
        model.addAttribute("synthetic", synthetic);
        model.addAttribute("basis", enterprises.dataBasis(synthetic));
        if (!chain.isBlank()) {
            model.addAttribute("segments", chains.chain(chain).map(c -> c.stages().stream()
                    .flatMap(ChainSegment::selfAndDescendants).toList()).orElse(List.of()));
            chains.chain(chain).flatMap(c -> c.segment(segment).map(s -> c.name() + " · " + c.pathLabel(s.code())))
                    .ifPresent(path -> {
                        model.addAttribute("segmentPath", path);
                        model.addAttribute("segmentName", chains.chain(chain).flatMap(c -> c.segment(segment))
                                .map(ChainSegment::name).orElse(segment));
                    });
            if (chains.chain(chain).isPresent()) {
                model.addAttribute("weights", weights.weights(chain));
                model.addAttribute("canAddTarget", chains.canEdit(chain));
            }
        }
        if (!chain.isBlank() && !segment.isBlank()) {
            try {
                RecommendationList list = recommender.recommendList(new RecommendationQuery(chain, segment, regionScope,
                        cityCode, 30, synthetic));
                model.addAttribute("results", list.items());
                model.addAttribute("shortNote", list.note());
            } catch (DomainException e) {
                if (e.kind() != DomainException.Kind.INVALID) {
                    throw e;
                }
                model.addAttribute("error", e.getMessage());
            }
        }
        return "targeting/recommend";
    }

    @PostMapping("/targeting/targets")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    String addTarget(@RequestParam String chain, @RequestParam String segment, @RequestParam long enterpriseId,
                     @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String scope,
                     @RequestParam(defaultValue = "") String city, RedirectAttributes flash) {
        maps.addTarget(new NewChainTarget(chain, segment, enterpriseId, null, reason, "targeting"));
        flash.addFlashAttribute("ok", true);
        // back to the same list: the query parameters are encoded by Spring, never pasted into the URL
        flash.addAttribute("chain", chain);
        flash.addAttribute("segment", segment);
        flash.addAttribute("scope", scope);
        flash.addAttribute("city", city);
        return "redirect:/targeting/recommend";
    }
}
