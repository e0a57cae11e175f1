package cn.tenstrong.evaluation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.evaluation.EvaluationRounds;
import cn.tenstrong.evaluation.EvaluationSchemes;
import cn.tenstrong.evaluation.EvaluationSubjects;
import cn.tenstrong.evaluation.NewRound;
import cn.tenstrong.evaluation.RoundStage;
import cn.tenstrong.evaluation.RoundView;
import cn.tenstrong.evaluation.SchemeView;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.Present;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 新建评价轮次 page of the 专班 and administrators: a scheme version (its subject type fixes what is picked), name,
 * year, the stages' deadlines and the subjects picked from the platform's data, each with an optional cohort (the
 * scheme's weight sets are offered). The round is created by {@link EvaluationRounds#create}, the same call and the
 * same rules as {@code POST /api/evaluations/rounds}; a refusal is shown on the form with what was entered kept.
 */
@Controller
@PreAuthorize("hasAuthority('evaluation:round:write')")
class RoundCreationPage {

    /** The stages that may carry a deadline. */
    static final List<RoundStage> DEADLINE_STAGES = List.of(RoundStage.DECLARING, RoundStage.CITY_REVIEW,
            RoundStage.EXPERT_REVIEW, RoundStage.PUBLICITY);
    private static final int CANDIDATES = 200;

    private final EvaluationSchemes schemes;
    private final EvaluationRounds rounds;
    private final EvaluationSubjects subjects;
    private final Present present;
    private final OrgDirectory orgs;

    RoundCreationPage(EvaluationSchemes schemes, EvaluationRounds rounds, EvaluationSubjects subjects,
                      Present present, OrgDirectory orgs) {
        this.orgs = orgs;
        this.schemes = schemes;
        this.rounds = rounds;
        this.subjects = subjects;
        this.present = present;
    }

    /** A candidate as the form shows it: picked or not, with the cohort typed for it. */
    record Candidate(NewRound.Subject subject, boolean picked, String cohort) {
    }

    @GetMapping("/evaluations/rounds/new")
    String form(@RequestParam(required = false) Long schemeId, @RequestParam(defaultValue = "") String q,
                Model model) {
        SchemeView scheme = chosen(schemeId);
        int year = present.today().getYear();
        fill(model, scheme, q, List.of(), Map.of(), "", year, false, Map.of());
        return "evaluation/round-new";
    }

    /** The candidate list again for another search; the subjects already picked stay on top, picked. */
    @GetMapping("/evaluations/rounds/new/candidates")
    String candidates(@RequestParam long schemeId, @RequestParam(defaultValue = "") String q,
                      @RequestParam(name = "subject", required = false) List<String> picked,
                      @RequestParam Map<String, String> params, Model model) {
        SchemeView scheme = schemes.scheme(schemeId);
        model.addAttribute("scheme", scheme);
        List<Candidate> list = candidates(scheme, q, picked == null ? List.of() : picked, params);
        model.addAttribute("candidates", list);
        model.addAttribute("owners", owners(list));
        return "evaluation/round-new :: candidates";
    }

    @PostMapping("/evaluations/rounds/new")
    String create(@RequestParam long schemeId, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "0") int year, @RequestParam(defaultValue = "false") boolean demo,
                  @RequestParam(name = "subject", required = false) List<String> picked,
                  @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        SchemeView scheme = schemes.scheme(schemeId);
        List<String> keys = picked == null ? List.of() : picked;
        Map<String, String> deadlineText = new LinkedHashMap<>();
        DEADLINE_STAGES.forEach(s -> deadlineText.put(s.name(), params.getOrDefault("deadline." + s.name(), "")));
        try {
            List<NewRound.Subject> chosen = new ArrayList<>();
            for (NewRound.Subject s : subjects.resolve(scheme.subjectType(), keys)) {
                chosen.add(new NewRound.Subject(s.key(), s.name(), params.getOrDefault("cohort." + s.key(), ""),
                        s.ownerOrgId()));
            }
            RoundView round = rounds.create(new NewRound(scheme.code(), scheme.version(), name, year, demo, chosen,
                    deadlines(deadlineText)));
            redirect.addFlashAttribute("message", "evaluation.done.created");
            return "redirect:/evaluations/rounds/" + round.id();
        } catch (DomainException refused) {
            model.addAttribute("error", refused.getMessage());
            fill(model, scheme, "", keys, params, name, year, demo, deadlineText);
            return "evaluation/round-new";
        }
    }

    private static Map<RoundStage, LocalDate> deadlines(Map<String, String> text) {
        Map<RoundStage, LocalDate> out = new EnumMap<>(RoundStage.class);
        text.forEach((stage, value) -> {
            if (!value.isBlank()) {
                try {
                    out.put(RoundStage.valueOf(stage), LocalDate.parse(value.trim()));
                } catch (DateTimeParseException e) {
                    throw DomainException.invalid("deadlines", "“" + RoundStage.valueOf(stage).label()
                            + "”的截止日期不是有效日期：" + value);
                }
            }
        });
        return out;
    }

    private SchemeView chosen(Long schemeId) {
        if (schemeId != null) {
            return schemes.scheme(schemeId);
        }
        List<SchemeView> all = schemes.schemes();
        return all.stream().filter(SchemeView::usable).findFirst().orElse(all.isEmpty() ? null : all.get(0));
    }

    private void fill(Model model, SchemeView scheme, String q, List<String> picked, Map<String, String> params,
                      String name, int year, boolean demo, Map<String, String> deadlineText) {
        model.addAttribute("schemes", schemes.schemes());
        model.addAttribute("scheme", scheme);
        model.addAttribute("q", q);
        model.addAttribute("name", name);
        model.addAttribute("year", year);
        model.addAttribute("demo", demo);
        model.addAttribute("stages", DEADLINE_STAGES);
        model.addAttribute("deadlineText", deadlineText);
        List<Candidate> list = scheme == null ? List.of() : candidates(scheme, q, picked, params);
        model.addAttribute("candidates", list);
        model.addAttribute("owners", owners(list));
    }

    /** The declaring organisations' names by id. */
    private Map<Long, String> owners(List<Candidate> list) {
        Map<Long, String> out = new LinkedHashMap<>();
        orgs.organizations(list.stream().map(c -> c.subject().ownerOrgId()).filter(java.util.Objects::nonNull)
                .distinct().toList()).forEach((id, o) -> out.put(id, o.name()));
        return out;
    }

    private List<Candidate> candidates(SchemeView scheme, String q, List<String> picked, Map<String, String> params) {
        List<Candidate> out = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        // picked keys the platform no longer knows are dropped here; the POST reports them
        for (NewRound.Subject s : resolvable(scheme.subjectType(), picked)) {
            out.add(new Candidate(s, true, params.getOrDefault("cohort." + s.key(), "")));
            keys.add(s.key());
        }
        for (NewRound.Subject s : subjects.candidates(scheme.subjectType(), q, CANDIDATES)) {
            if (!keys.contains(s.key())) {
                out.add(new Candidate(s, false, ""));
            }
        }
        return out;
    }

    private List<NewRound.Subject> resolvable(String type, List<String> keys) {
        List<NewRound.Subject> out = new ArrayList<>();
        for (String k : keys) {
            try {
                out.addAll(subjects.resolve(type, List.of(k)));
            } catch (DomainException unknown) {
                // shown as not picked
            }
        }
        return out;
    }
}
