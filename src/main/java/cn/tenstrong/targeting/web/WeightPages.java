package cn.tenstrong.targeting.web;

import java.util.EnumMap;
import java.util.Map;

import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.web.PageErrors;
import cn.tenstrong.targeting.RecommendationWeights;
import cn.tenstrong.targeting.WeightsChange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 推荐权重 page: the weights in force for a chain; its task force (or an administrator) changes them. */
@Controller
class WeightPages {

    private final RecommendationWeights weights;
    private final ChainDirectory chains;

    WeightPages(RecommendationWeights weights, ChainDirectory chains) {
        this.weights = weights;
        this.chains = chains;
    }

    @GetMapping("/targeting/weights")
    @PreAuthorize("hasAuthority('chain:chain:read')")
    String page(@RequestParam(defaultValue = "") String chain, Model model) {
        model.addAttribute("chains", chains.chains());
        String code = chain.isBlank() ? chains.chains().stream().findFirst().map(c -> c.code()).orElse("") : chain;
        model.addAttribute("chain", code);
        if (!code.isBlank()) {
            chains.requireChain(code);
            model.addAttribute("weights", weights.weights(code));
            model.addAttribute("canEdit", weights.canEdit(code));
        }
        model.addAttribute("tags", EnterpriseTag.values());
        return "targeting/weights";
    }

    @PostMapping("/targeting/weights")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    String save(@RequestParam String chain, @RequestParam(defaultValue = "0") int version,
                @RequestParam Map<String, String> form, RedirectAttributes flash) {
        try {
            Map<EnterpriseTag, Integer> tagPoints = new EnumMap<>(EnterpriseTag.class);
            for (EnterpriseTag t : EnterpriseTag.values()) {
                tagPoints.put(t, number(form.get("tag." + t.name()), t.label()));
            }
            weights.save(chain, new WeightsChange(number(form.get("product"), "产品匹配"),
                    number(form.get("description"), "主营描述"), number(form.get("code"), "行业代码"),
                    number(form.get("tags"), "荣誉标签"), number(form.get("scale"), "规模"),
                    number(form.get("relations"), "供应链关系"), tagPoints, version));
            flash.addFlashAttribute("ok", "saved");
        } catch (DomainException e) {
            PageErrors.flash(e, flash);
        }
        return "redirect:/targeting/weights?chain=" + chain;
    }

    @PostMapping("/targeting/weights/reset")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    String reset(@RequestParam String chain, @RequestParam int version, RedirectAttributes flash) {
        try {
            weights.reset(chain, version);
            flash.addFlashAttribute("ok", "reset");
        } catch (DomainException e) {
            PageErrors.flash(e, flash);
        }
        return "redirect:/targeting/weights?chain=" + chain;
    }

    private static int number(String text, String what) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw DomainException.invalid(what + "应为整数：" + text);
        }
    }
}
