package cn.tenstrong.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.evaluation.EvaluationHistory;
import cn.tenstrong.evaluation.EvaluationRounds;
import cn.tenstrong.evaluation.EvaluationSchemes;
import cn.tenstrong.evaluation.RoundResults;
import cn.tenstrong.evaluation.SchemeView;
import cn.tenstrong.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * One subject's result in a round (参评对象结果): its indicators, a radar of its indicator groups and a bar of its
 * contributions, and its history across rounds and years (table and line). The subject key is a query parameter
 * because a cluster's key holds a slash (370100/01).
 */
@Controller
@PreAuthorize("hasAuthority('evaluation:round:read')")
class SubjectResultPages {

    private final EvaluationRounds rounds;
    private final EvaluationSchemes schemes;
    private final EvaluationHistory history;

    SubjectResultPages(EvaluationRounds rounds, EvaluationSchemes schemes, EvaluationHistory history) {
        this.rounds = rounds;
        this.schemes = schemes;
        this.history = history;
    }

    private static RoundResults.SubjectResult subject(RoundResults results, String key) {
        return results.results().stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> DomainException.notFound("参评对象不存在：" + key));
    }

    @GetMapping("/evaluations/rounds/{id}/subject")
    String subject(@PathVariable long id, @RequestParam String key, Model model) {
        RoundResults results = rounds.results(id);
        model.addAttribute("round", results.round());
        model.addAttribute("results", results);
        model.addAttribute("result", subject(results, key));
        model.addAttribute("history", history.history(results.round().subjectType(), key));
        return "evaluation/subject";
    }

    /** Radar (group percentages), bars (each indicator's contribution) and the history line of one subject. */
    @GetMapping("/evaluations/rounds/{id}/subject/chart")
    @ResponseBody
    Map<String, Object> chart(@PathVariable long id, @RequestParam String key) {
        RoundResults results = rounds.results(id);
        RoundResults.SubjectResult r = subject(results, key);
        SchemeView scheme = schemes.scheme(results.round().schemeId());
        Map<String, List<String>> groups = GroupProfile.groups(scheme);
        List<String> names = new ArrayList<>();
        List<BigDecimal> weighted = new ArrayList<>();
        r.contributions().forEach(c -> {
            names.add(c.name());
            weighted.add(c.weighted());
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("groups", new ArrayList<>(groups.keySet()));
        out.put("radar", List.of(Map.of("name", r.name(), "value", GroupProfile.percentages(groups, r))));
        out.put("bars", Map.of("names", names, "values", weighted));
        out.put("history", ParkPages.historySeries(history.history(results.round().subjectType(), key)));
        return out;
    }
}
