package cn.tenstrong.ledger.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tenstrong.access.CurrentUser;
import cn.tenstrong.access.CurrentUsers;
import cn.tenstrong.access.DataScope;
import cn.tenstrong.ledger.Ledger;
import cn.tenstrong.ledger.LedgerRow;
import cn.tenstrong.ledger.ProgressRounds;
import cn.tenstrong.ledger.ProgressStatus;
import cn.tenstrong.ledger.ReportDraft;
import cn.tenstrong.ledger.ReportView;
import cn.tenstrong.ledger.RoundView;
import cn.tenstrong.ledger.StatusCounts;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.shared.Amount;
import cn.tenstrong.shared.AsOf;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.web.PageErrors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 工作台账 pages: the ledger, rounds, the report form and review, evidence. */
@Controller
@PreAuthorize("hasAuthority('ledger:ledger:read')")
class LedgerPages {

    private final Ledger ledger;
    private final ProgressRounds rounds;
    private final CurrentUsers users;
    private final OrgDirectory orgs;
    private final org.springframework.context.MessageSource messages;
    private final cn.tenstrong.ledger.TargetProfiles profiles;

    LedgerPages(Ledger ledger, ProgressRounds rounds, CurrentUsers users, OrgDirectory orgs,
                org.springframework.context.MessageSource messages, cn.tenstrong.ledger.TargetProfiles profiles) {
        this.messages = messages;
        this.profiles = profiles;
        this.ledger = ledger;
        this.rounds = rounds;
        this.users = users;
        this.orgs = orgs;
    }

    /** Rows per page of the 台账 (a page of 329 rows was 14,000 pixels long). */
    static final int PAGE_SIZE = 50;

    /**
     * 台账. Opened without filters it shows the user's own scope: a task force its industry, an agency its own items
     * (lead or support); the filters change that. Counts cover all filtered rows, the table one page of them.
     */
    @GetMapping("/ledger")
    String ledger(@RequestParam(required = false) String industry, @RequestParam(defaultValue = "false") boolean mine,
                  @RequestParam(required = false) ProgressStatus status, @RequestParam(required = false) LocalDate asOf,
                  @RequestParam(defaultValue = "1") int page, Model model) {
        CurrentUser me = users.require();
        if (industry == null) { // first opening: the user's own scope
            industry = me.dataScope() == DataScope.OWN_INDUSTRY && me.industryCode() != null ? me.industryCode() : "";
            mine = me.dataScope() == DataScope.OWN_ORG;
        }
        AsOf day = ledger.asOf(asOf);
        List<LedgerRow> rows = ledger.rows(industry.isBlank() ? null : industry, mine ? me.organizationId() : null, day);
        List<LedgerRow> shown = status == null ? rows : rows.stream().filter(r -> r.status() == status).toList();
        int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        model.addAttribute("asOf", day);
        model.addAttribute("rows", shown.subList((current - 1) * PAGE_SIZE, Math.min(shown.size(), current * PAGE_SIZE)));
        model.addAttribute("total", shown.size());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("counts", StatusCounts.of(day, rows).byStatus());
        model.addAttribute("industries", orgs.industries());
        model.addAttribute("industry", industry);
        model.addAttribute("mine", mine);
        model.addAttribute("status", status);
        return "ledger/ledger";
    }

    /**
     * An item from anywhere (我的事项, search): its page in the latest open round of its industry, else in the latest
     * round that covered it, else its row on the 台账.
     */
    @GetMapping("/ledger/items/{itemId}")
    String openItem(@PathVariable long itemId) {
        List<LedgerRow> all = ledger.rows(null, null);
        LedgerRow row = all.stream().filter(r -> r.item().id() == itemId).findFirst()
                .orElseThrow(() -> DomainException.notFound("计划条目不存在或不属于现行计划"));
        java.util.Comparator<RoundView> latest = java.util.Comparator.comparing(RoundView::periodEnd)
                .thenComparing(RoundView::id);
        List<RoundView> covering = rounds.rounds().stream().filter(r -> r.covers(row.industryCode())).toList();
        java.util.Optional<RoundView> round = covering.stream().filter(RoundView::open).max(latest)
                .or(() -> covering.stream().max(latest));
        if (round.isPresent()) {
            return "redirect:/ledger/rounds/" + round.get().id() + "/items/" + itemId;
        }
        List<LedgerRow> industryRows = all.stream().filter(r -> java.util.Objects.equals(r.industryCode(), row.industryCode()))
                .toList();
        int page = industryRows.indexOf(row) / PAGE_SIZE + 1;
        return "redirect:/ledger?industry=" + row.industryCode() + "&page=" + page + "#row-" + itemId;
    }

    @GetMapping("/ledger/rounds")
    String rounds(Model model) {
        CurrentUser me = users.require();
        model.addAttribute("rounds", rounds.rounds());
        model.addAttribute("industries", orgs.industries().stream().filter(i -> !i.code().equals("09")).toList());
        model.addAttribute("myIndustry", me.industryCode());
        LocalDate today = LocalDate.now();
        model.addAttribute("defaultStart", today.withDayOfMonth(1));
        model.addAttribute("defaultEnd", today.withDayOfMonth(today.lengthOfMonth()));
        model.addAttribute("defaultDue", today.withDayOfMonth(today.lengthOfMonth()).plusDays(5));
        return "ledger/rounds";
    }

    @PostMapping("/ledger/rounds")
    @PreAuthorize("hasAuthority('ledger:round:manage')")
    String open(@RequestParam(defaultValue = "") String industryCode, @RequestParam String periodKind,
                @RequestParam String periodLabel, @RequestParam LocalDate periodStart, @RequestParam LocalDate periodEnd,
                @RequestParam LocalDate dueDate) {
        RoundView round = rounds.open(industryCode, periodKind, periodLabel, periodStart, periodEnd, dueDate);
        return "redirect:/ledger/rounds/" + round.id();
    }

    @PostMapping("/ledger/rounds/{id}/close")
    @PreAuthorize("hasAuthority('ledger:round:manage')")
    String close(@PathVariable long id, @RequestParam int version) {
        rounds.close(id, version);
        return "redirect:/ledger/rounds/" + id;
    }

    @GetMapping("/ledger/rounds/{id}")
    String round(@PathVariable long id, @RequestParam(required = false) LocalDate asOf, Model model) {
        RoundView round = rounds.round(id).orElseThrow(() -> DomainException.notFound("调度轮次不存在"));
        AsOf day = ledger.asOf(asOf);
        List<LedgerRow> rows = ledger.rows(round.industryCode(), null, day);
        model.addAttribute("asOf", day);
        model.addAttribute("counts", StatusCounts.of(day, rows).byStatus());
        Map<String, ReportView> reports = new HashMap<>();
        rounds.reports(id).forEach(r -> reports.put(r.itemId() + "/" + r.organizationId(), r));
        model.addAttribute("round", round);
        model.addAttribute("rows", rows);
        model.addAttribute("reports", reports);
        model.addAttribute("submitted", reports.values().stream().filter(r -> r.status().name().equals("SUBMITTED")).count());
        model.addAttribute("accepted", reports.values().stream().filter(r -> r.status().name().equals("ACCEPTED")).count());
        return "ledger/round";
    }

    @GetMapping("/ledger/rounds/{roundId}/items/{itemId}")
    String item(@PathVariable long roundId, @PathVariable long itemId, @RequestParam(required = false) LocalDate asOf,
                Model model) {
        return itemPage(roundId, itemId, asOf, model);
    }

    private String itemPage(long roundId, long itemId, LocalDate asOf, Model model) {
        CurrentUser me = users.require();
        RoundView round = rounds.round(roundId).orElseThrow(() -> DomainException.notFound("调度轮次不存在"));
        AsOf day = ledger.asOf(asOf);
        LedgerRow row = ledger.rows(null, null, day).stream().filter(r -> r.item().id() == itemId).findFirst()
                .orElseThrow(() -> DomainException.notFound("计划条目不存在"));
        model.addAttribute("asOf", day);
        List<ReportView> reports = rounds.reports(roundId).stream().filter(r -> r.itemId() == itemId).toList();
        boolean leads = row.item().lead().stream().anyMatch(r -> r.organizationId() == me.organizationId());
        boolean supports = row.item().support().stream().anyMatch(r -> r.organizationId() == me.organizationId());
        model.addAttribute("round", round);
        model.addAttribute("row", row);
        model.addAttribute("reports", reports);
        model.addAttribute("mine", reports.stream().filter(r -> r.organizationId() == me.organizationId()).findFirst().orElse(null));
        model.addAttribute("leads", leads && me.can("ledger:report:write"));
        model.addAttribute("supports", supports);
        model.addAttribute("reviewer", me.can("ledger:report:review")
                && (me.roles().contains(cn.tenstrong.access.Role.SYS_ADMIN) || row.industryCode() != null
                && row.industryCode().equals(me.industryCode())));
        // the targets whose 进度曲线 the task force set (the others follow the default rule)
        model.addAttribute("profiled", row.targets().stream().map(t -> t.target().id())
                .filter(id -> profiles.profile(id, null).custom()).toList());
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", null);
            model.addAttribute("errors", Map.of());
        }
        return "ledger/item";
    }

    /**
     * Saves (or saves and submits) the report. Values are read as officials write them (1.2万亿, 3,500万, 30%); when
     * anything is wrong the form comes back with what was typed and each problem next to its field.
     */
    @PostMapping("/ledger/rounds/{roundId}/items/{itemId}/report")
    @PreAuthorize("hasAuthority('ledger:report:write')")
    String save(@PathVariable long roundId, @PathVariable long itemId, @RequestParam(defaultValue = "0") int version,
                @RequestParam(defaultValue = "") String progressText, @RequestParam(defaultValue = "") String percentDone,
                @RequestParam(required = false) ProgressStatus selfStatus, @RequestParam(defaultValue = "") String problems,
                @RequestParam Map<String, String> form, @RequestParam(defaultValue = "save") String action,
                Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        LedgerRow row = ledger.rows(null, null).stream().filter(r -> r.item().id() == itemId).findFirst()
                .orElseThrow(() -> DomainException.notFound("计划条目不存在"));
        Map<String, String> errors = new LinkedHashMap<>();
        Map<Long, BigDecimal> values = new LinkedHashMap<>();
        for (LedgerRow.TargetProgress t : row.targets()) {
            String field = "target-" + t.target().id();
            try {
                Amount.parseOptional(form.get(field), t.target().unit()).ifPresent(a -> values.put(t.target().id(), a.value()));
            } catch (DomainException bad) {
                errors.put(field, bad.getMessage());
            }
        }
        BigDecimal percent = null;
        try {
            percent = Amount.parseOptional(percentDone, "%").map(Amount::value).orElse(null);
        } catch (DomainException bad) {
            errors.put("percentDone", bad.getMessage());
        }
        Map<String, String> typed = new LinkedHashMap<>(form);
        typed.remove("_csrf");
        if (errors.isEmpty()) {
            try {
                ReportView saved = rounds.save(new ReportDraft(roundId, itemId, progressText, values, percent, selfStatus,
                        problems, version));
                typed.put("version", Integer.toString(saved.version())); // the draft is kept even if submitting fails
                if ("submit".equals(action)) {
                    rounds.submit(saved.id(), saved.version());
                    redirect.addFlashAttribute("message", "ledger.report.submitted");
                } else {
                    redirect.addFlashAttribute("message", "ledger.report.saved");
                }
                return "redirect:/ledger/rounds/" + roundId + "/items/" + itemId;
            } catch (DomainException refused) {
                errors.put(refused.field() != null ? refused.field() : "form", PageErrors.shown(refused));
                if (refused.kind() == DomainException.Kind.CONFLICT) {
                    errors.put("conflict", refused.getMessage());
                }
            }
        }
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        response.setStatus(errors.containsKey("conflict") ? 409 : 422);
        return itemPage(roundId, itemId, null, model);
    }

    /** The 自评 choices of the report form, which the item page and a refused save show. */
    @ModelAttribute("statuses")
    ProgressStatus[] statuses() {
        return ProgressStatus.values();
    }

    @PostMapping("/ledger/reports/{id}/review")
    @PreAuthorize("hasAuthority('ledger:report:review')")
    String review(@PathVariable long id, @RequestParam int version, @RequestParam String decision,
                  @RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
        ReportView report = "accept".equals(decision) ? rounds.accept(id, version) : rounds.sendBack(id, version, comment);
        redirect.addFlashAttribute("message", "accept".equals(decision) ? "ledger.report.accepted" : "ledger.report.returned");
        return "redirect:/ledger/rounds/" + report.roundId() + "/items/" + report.itemId();
    }

    @PostMapping("/ledger/reports/{id}/evidence")
    @PreAuthorize("hasAuthority('ledger:report:write')")
    String evidence(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                    @RequestParam(defaultValue = "") String linkName, @RequestParam(defaultValue = "") String url)
            throws IOException {
        ReportView report;
        if (file != null && !file.isEmpty()) {
            report = rounds.addFile(id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } else {
            report = rounds.addLink(id, linkName, url);
        }
        return "redirect:/ledger/rounds/" + report.roundId() + "/items/" + report.itemId();
    }

    @GetMapping("/ledger/evidence/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id, @RequestParam long report) {
        ReportView owner = rounds.report(report).orElseThrow(() -> DomainException.notFound("进展报告不存在"));
        ReportView.Evidence e = owner.evidence().stream().filter(x -> x.id() == id && "FILE".equals(x.kind())).findFirst()
                .orElseThrow(() -> DomainException.notFound("佐证材料不存在"));
        return cn.tenstrong.shared.web.Downloads.attachment(rounds.evidenceContent(id), e.name(),
                MediaType.APPLICATION_OCTET_STREAM);
    }

    @PostMapping("/ledger/rounds/{roundId}/items/{itemId}/notes")
    String note(@PathVariable long roundId, @PathVariable long itemId, @RequestParam String note,
                RedirectAttributes redirect) {
        rounds.addSupportNote(roundId, itemId, note);
        redirect.addFlashAttribute("message", "ledger.note.saved");
        return "redirect:/ledger/rounds/" + roundId + "/items/" + itemId;
    }

    @GetMapping("/ledger/scorecards")
    String scorecards(@RequestParam(required = false) LocalDate asOf, Model model) {
        AsOf day = ledger.asOf(asOf);
        model.addAttribute("asOf", day);
        model.addAttribute("agencies", ledger.agencyScorecards(day));
        model.addAttribute("figures", ledger.scorecardFigures());
        model.addAttribute("industries", ledger.industryScorecards(day));
        return "ledger/scorecards";
    }

    @GetMapping("/ledger/dashboard")
    String dashboard(@RequestParam(required = false) LocalDate asOf, Model model) {
        AsOf day = ledger.asOf(asOf);
        model.addAttribute("totals", ledger.statusCounts(null, null, day).byStatus());
        model.addAttribute("asOf", day);
        return "ledger/dashboard";
    }

    @GetMapping(path = "/ledger/dashboard/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @org.springframework.web.bind.annotation.ResponseBody
    Map<String, Object> dashboardData(@RequestParam(required = false) LocalDate asOf) {
        AsOf day = ledger.asOf(asOf);
        Map<String, String> industryNames = new LinkedHashMap<>();
        ledger.rows(null, null, day).forEach(r -> industryNames.putIfAbsent(r.industryCode(), r.industryName()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("statuses", List.of(ProgressStatus.values()));
        Map<String, String> labels = new LinkedHashMap<>();
        for (ProgressStatus s : ProgressStatus.values()) {
            labels.put(s.name(), messages.getMessage("ledger.status." + s.name(), null,
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        }
        data.put("labels", labels);
        data.put("asOf", day.date().toString());
        // a plan read from a document outside the programme has no industry: its items are a bar of their own
        String unassigned = messages.getMessage("cockpit.unassigned", null,
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
        data.put("industries", ledger.statusCountsByIndustry(day).entrySet().stream()
                .map(e -> Map.of("code", e.getKey() == null ? "" : e.getKey(),
                        "name", e.getKey() == null ? unassigned : industryNames.getOrDefault(e.getKey(), e.getKey()),
                        "byStatus", e.getValue().byStatus())).toList());
        data.put("trend", ledger.trend(day));
        return data;
    }
}
