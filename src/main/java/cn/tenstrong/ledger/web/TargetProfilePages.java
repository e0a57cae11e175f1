package cn.tenstrong.ledger.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.tenstrong.ledger.TargetProfile;
import cn.tenstrong.ledger.TargetProfiles;
import cn.tenstrong.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 进度曲线 page of a target: 12 monthly inputs, the presets, an ECharts line of the curve against the default rule
 * and the reported values ({@code static/js/ledger-profile.js}), saving and resetting.
 */
@Controller
@PreAuthorize("hasAuthority('ledger:ledger:read')")
class TargetProfilePages {

    private final TargetProfiles profiles;

    TargetProfilePages(TargetProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/ledger/targets/{targetId}/profile")
    String form(@PathVariable long targetId, @RequestParam(required = false) LocalDate asOf,
                @RequestParam(required = false) Long round, Model model) {
        TargetProfile profile = profiles.profile(targetId, asOf);
        return show(model, profile, plain(profile.monthly()), round, asOf, null);
    }

    @PostMapping("/ledger/targets/{targetId}/profile")
    @PreAuthorize("hasAuthority('ledger:profile:write')")
    String save(@PathVariable long targetId, @RequestParam int version, @RequestParam(required = false) Long round,
                @RequestParam(required = false) LocalDate asOf, @RequestParam Map<String, String> form, Model model,
                RedirectAttributes redirect) {
        List<String> typed = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            typed.add(form.getOrDefault("m" + m, "").trim());
        }
        try {
            profiles.set(targetId, numbers(typed), version);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.INVALID) {
                // keep what was typed so it can be corrected
                return show(model, profiles.profile(targetId, asOf), typed, round, asOf, e.getMessage());
            }
            if (e.kind() == DomainException.Kind.CONFLICT) {
                TargetProfile current = profiles.profile(targetId, asOf);
                return show(model, current, plain(current.monthly()), round, asOf, e.getMessage());
            }
            throw e;
        }
        redirect.addFlashAttribute("message", "ledger.profile.saved");
        return "redirect:" + self(targetId, round, asOf);
    }

    @PostMapping("/ledger/targets/{targetId}/profile/reset")
    @PreAuthorize("hasAuthority('ledger:profile:write')")
    String reset(@PathVariable long targetId, @RequestParam int version, @RequestParam(required = false) Long round,
                 @RequestParam(required = false) LocalDate asOf, Model model, RedirectAttributes redirect) {
        try {
            profiles.reset(targetId, version);
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            TargetProfile current = profiles.profile(targetId, asOf);
            return show(model, current, plain(current.monthly()), round, asOf, e.getMessage());
        }
        redirect.addFlashAttribute("message", "ledger.profile.resetDone");
        return "redirect:" + self(targetId, round, asOf);
    }

    private static String show(Model model, TargetProfile profile, List<String> values, Long round, LocalDate asOf,
                               String error) {
        model.addAttribute("profile", profile);
        model.addAttribute("values", values);
        model.addAttribute("round", round);
        model.addAttribute("asOf", asOf);
        model.addAttribute("error", error);
        model.addAttribute("linearCsv", csv(plain(profile.linear())));
        model.addAttribute("actualCsv", csv(profile.actual().stream()
                .map(p -> p.month() + ":" + p.percent().toPlainString()).toList()));
        return "ledger/profile";
    }

    /** Parses what was typed ("25", "25%", "", …); a blank month stays null and is named by the validation. */
    private static List<BigDecimal> numbers(List<String> typed) {
        List<BigDecimal> out = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            String t = typed.get(i).replace("%", "").replace("％", "").trim();
            if (t.isEmpty()) {
                out.add(null);
                continue;
            }
            try {
                out.add(new BigDecimal(t));
            } catch (NumberFormatException e) {
                bad.add((i + 1) + "月（" + typed.get(i) + "）");
                out.add(null);
            }
        }
        if (!bad.isEmpty()) {
            throw DomainException.invalid("进度曲线有误：累计百分比须为数字：" + String.join("、", bad));
        }
        return out;
    }

    private static List<String> plain(List<BigDecimal> values) {
        return values.stream().map(BigDecimal::toPlainString).toList();
    }

    private static String csv(List<String> values) {
        return String.join(",", values);
    }

    /** Back to the form, keeping the item page to return to and the day judged on (both parsed, never raw text). */
    private static String self(long targetId, Long round, LocalDate asOf) {
        List<String> query = new ArrayList<>();
        if (round != null) {
            query.add("round=" + round);
        }
        if (asOf != null) {
            query.add("asOf=" + asOf);
        }
        return "/ledger/targets/" + targetId + "/profile" + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }
}
