package cn.tenstrong.evaluation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import cn.tenstrong.evaluation.Declaration;
import cn.tenstrong.evaluation.EvaluationDocuments;
import cn.tenstrong.evaluation.EvaluationEvidence;
import cn.tenstrong.evaluation.RoundStage;
import cn.tenstrong.evaluation.RoundSubject;
import cn.tenstrong.shared.Present;
import cn.tenstrong.evaluation.EvaluationRounds;
import cn.tenstrong.evaluation.EvaluationSchemes;
import cn.tenstrong.evaluation.RoundResults;
import cn.tenstrong.evaluation.RoundView;
import cn.tenstrong.evaluation.SchemeView;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 评价 pages: schemes and their indicator trees, rounds, a round's workflow actions (what the caller may do is
 * decided by the service; the page only offers the actions of the stage) and the results with a chart and files.
 */
@Controller
@PreAuthorize("hasAuthority('evaluation:round:read')")
class EvaluationPages {

    /** Subjects drawn on the results page's radar (more than a handful of polygons cannot be told apart). */
    static final int RADAR_SUBJECTS = 5;

    private final EvaluationSchemes schemes;
    private final EvaluationRounds rounds;
    private final EvaluationDocuments documents;
    private final EvaluationEvidence evidence;
    private final Present present;

    EvaluationPages(EvaluationSchemes schemes, EvaluationRounds rounds, EvaluationDocuments documents,
                    EvaluationEvidence evidence, Present present) {
        this.schemes = schemes;
        this.rounds = rounds;
        this.documents = documents;
        this.evidence = evidence;
        this.present = present;
    }

    @GetMapping("/evaluations/schemes")
    String schemes(Model model) {
        model.addAttribute("schemes", schemes.schemes());
        return "evaluation/schemes";
    }

    @GetMapping("/evaluations/schemes/{id}")
    String scheme(@PathVariable long id, Model model) {
        model.addAttribute("scheme", schemes.scheme(id));
        return "evaluation/scheme";
    }

    @GetMapping("/evaluations/rounds")
    String rounds(@RequestParam(required = false) LocalDate asOf, Model model) {
        model.addAttribute("rounds", rounds.rounds());
        model.addAttribute("today", asOf != null ? asOf : present.today());
        return "evaluation/rounds";
    }

    @GetMapping("/evaluations/rounds/{id}")
    String round(@PathVariable long id, @RequestParam(required = false) LocalDate asOf, Model model) {
        RoundView round = rounds.round(id);
        SchemeView scheme = schemes.scheme(round.schemeId());
        List<RoundSubject> visible = rounds.subjects(id);
        model.addAttribute("round", round);
        model.addAttribute("subjects", visible);
        // overdue is judged on the 评估日期 asked for, else on the platform's present day
        LocalDate day = asOf != null ? asOf : present.today();
        model.addAttribute("today", day);
        model.addAttribute("overdue", round.overdueOn(day));
        model.addAttribute("deadlineStages", RoundCreationPage.DEADLINE_STAGES);
        Map<Long, List<EvaluationEvidence.EvidenceFile>> files = new LinkedHashMap<>();
        Map<Long, Boolean> changeable = new LinkedHashMap<>();
        for (RoundSubject s : visible) {
            try {
                files.put(s.id(), evidence.files(id, s.id()));
                changeable.put(s.id(), evidence.canChange(id, s.id()));
            } catch (DomainException notForTheCaller) {
                // a leader sees the subject but not its files
            }
        }
        model.addAttribute("evidence", files);
        model.addAttribute("evidenceChangeable", changeable);
        model.addAttribute("formLeaves", scheme.leaves("FORM"));
        model.addAttribute("expertLeaves", scheme.leaves("EXPERT"));
        model.addAttribute("flags", scheme.flags());
        return "evaluation/round";
    }

    @PostMapping("/evaluations/rounds/{id}/subjects/{subjectId}/declaration")
    String declare(@PathVariable long id, @PathVariable long subjectId, @RequestParam Map<String, String> form,
                   @RequestParam int version, @RequestParam(name = "flag", required = false) List<String> flags,
                   RedirectAttributes redirect) {
        List<String> flagList = flags == null ? List.of() : flags;
        return act(id, redirect, "evaluation.done.declared",
                () -> rounds.declare(id, subjectId, new Declaration(numbers(form, "v."), flagList, version)));
    }

    @PostMapping("/evaluations/rounds/{id}/subjects/{subjectId}/city-review")
    String cityReview(@PathVariable long id, @PathVariable long subjectId, @RequestParam boolean pass,
                      @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, pass ? "evaluation.done.passed" : "evaluation.done.returned",
                () -> rounds.cityReview(id, subjectId, pass, version));
    }

    @PostMapping("/evaluations/rounds/{id}/subjects/{subjectId}/reviewers")
    String assign(@PathVariable long id, @PathVariable long subjectId, @RequestParam String reviewer,
                  RedirectAttributes redirect) {
        return act(id, redirect, "evaluation.done.assigned", () -> {
            rounds.assign(id, subjectId, reviewer.trim());
            return null;
        });
    }

    @PostMapping("/evaluations/rounds/{id}/subjects/{subjectId}/conflict")
    String conflict(@PathVariable long id, @PathVariable long subjectId, @RequestParam boolean conflicted,
                    @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        return act(id, redirect, "evaluation.done.conflict", () -> {
            rounds.declareConflict(id, subjectId, conflicted, note.isBlank() ? null : note.trim());
            return null;
        });
    }

    @PostMapping("/evaluations/rounds/{id}/subjects/{subjectId}/scores")
    String score(@PathVariable long id, @PathVariable long subjectId, @RequestParam Map<String, String> form,
                 RedirectAttributes redirect) {
        return act(id, redirect, "evaluation.done.scored", () -> {
            rounds.score(id, subjectId, numbers(form, "s."));
            return null;
        });
    }

    @PostMapping("/evaluations/rounds/{id}/advance")
    String advance(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, "evaluation.done.advanced", () -> rounds.advance(id, version));
    }

    @PostMapping("/evaluations/rounds/{id}/deadlines")
    @PreAuthorize("hasAuthority('evaluation:round:write')")
    String deadlines(@PathVariable long id, @RequestParam int version, @RequestParam Map<String, String> form,
                     RedirectAttributes redirect) {
        return act(id, redirect, "evaluation.done.deadlines", () -> {
            Map<RoundStage, LocalDate> due = new EnumMap<>(RoundStage.class);
            for (RoundStage stage : RoundCreationPage.DEADLINE_STAGES) {
                String text = form.getOrDefault("deadline." + stage.name(), "").trim();
                if (!text.isEmpty()) {
                    try {
                        due.put(stage, LocalDate.parse(text));
                    } catch (java.time.format.DateTimeParseException e) {
                        throw DomainException.invalid("deadlines", "“" + stage.label() + "”的截止日期不是有效日期：" + text);
                    }
                }
            }
            return rounds.deadlines(id, due, version);
        });
    }

    @PostMapping("/evaluations/rounds/{id}/objections")
    String object(@PathVariable long id, @RequestParam String subjectKey, @RequestParam String text,
                  RedirectAttributes redirect) {
        return act(id, redirect, "evaluation.done.objected", () -> {
            rounds.object(id, subjectKey, text);
            return null;
        });
    }

    /** Runs a workflow action; a refusal (stage, rights, stale version) is shown on the round page as the service worded it. */
    static String act(long id, RedirectAttributes redirect, String done, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("message", done);
        } catch (DomainException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/evaluations/rounds/" + id;
    }

    /** The form fields named prefix + indicator code, as numbers (blank = not given). */
    private static Map<String, BigDecimal> numbers(Map<String, String> form, String prefix) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith(prefix) && v != null && !v.isBlank()) {
                out.put(k.substring(prefix.length()), number(v.trim()));
            }
        });
        return out;
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw DomainException.invalid("value", "不是有效的数字：" + text);
        }
    }

    @GetMapping("/evaluations/rounds/{id}/results")
    String results(@PathVariable long id, Model model) {
        RoundResults results = rounds.results(id);
        model.addAttribute("round", results.round());
        model.addAttribute("results", results);
        List<String> indicators = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        results.results().forEach(r -> r.contributions().forEach(c -> names.putIfAbsent(c.code(), c.name())));
        indicators.addAll(names.keySet());
        model.addAttribute("indicators", indicators);
        model.addAttribute("indicatorNames", names);
        Map<String, Map<String, BigDecimal>> weighted = new LinkedHashMap<>();
        results.results().forEach(r -> {
            Map<String, BigDecimal> own = new LinkedHashMap<>();
            r.contributions().forEach(c -> own.put(c.code(), c.weighted()));
            weighted.put(r.key(), own);
        });
        model.addAttribute("weighted", weighted);
        return "evaluation/results";
    }

    /**
     * The chart's data: per ranked subject its contribution per indicator (stacked bars add up to the total), and the
     * indicator-group profile (radar) of the first {@value #RADAR_SUBJECTS} subjects in result order.
     */
    @GetMapping("/evaluations/rounds/{id}/results/chart")
    @ResponseBody
    Map<String, Object> chart(@PathVariable long id) {
        RoundResults results = rounds.results(id);
        Map<String, String> names = new LinkedHashMap<>();
        results.results().forEach(r -> r.contributions().forEach(c -> names.putIfAbsent(c.code(), c.name())));
        List<String> subjects = new ArrayList<>();
        Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
        names.keySet().forEach(code -> series.put(code, new ArrayList<>()));
        for (RoundResults.SubjectResult r : results.results()) {
            subjects.add(r.name());
            Map<String, BigDecimal> own = new LinkedHashMap<>();
            r.contributions().forEach(c -> own.put(c.code(), c.weighted()));
            series.forEach((code, list) -> list.add(own.getOrDefault(code, BigDecimal.ZERO)));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        series.forEach((code, values) -> out.add(Map.of("name", names.get(code), "data", values)));
        Map<String, List<String>> groups = GroupProfile.groups(schemes.scheme(results.round().schemeId()));
        List<Map<String, Object>> profiles = new ArrayList<>();
        results.results().stream().limit(RADAR_SUBJECTS).forEach(r -> profiles.add(Map.of("name", r.name(),
                "value", GroupProfile.percentages(groups, r))));
        return Map.of("subjects", subjects, "series", out, "groups", new ArrayList<>(groups.keySet()),
                "profiles", profiles);
    }

    @GetMapping("/evaluations/rounds/{id}/publicity.docx")
    ResponseEntity<byte[]> publicity(@PathVariable long id) {
        RoundView round = rounds.round(id);
        return Downloads.attachment(documents.publicityDocument(id), round.name() + "-结果公示.docx", Downloads.DOCX);
    }

    @GetMapping("/evaluations/rounds/{id}/results.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id) {
        RoundView round = rounds.round(id);
        return Downloads.attachment(documents.resultWorkbook(id), round.name() + "-评价结果表.xlsx", Downloads.XLSX);
    }
}
