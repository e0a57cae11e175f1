package cn.tenstrong.enterprise.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseChange;
import cn.tenstrong.enterprise.EnterpriseImportException;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.EnterpriseQuery;
import cn.tenstrong.enterprise.EnterpriseSearchResult;
import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.enterprise.ImportResult;
import cn.tenstrong.enterprise.PlacementRole;
import cn.tenstrong.shared.Amount;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.web.PageErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 企业库 pages: search, import, profile with placements, edit. */
@Controller
class EnterprisePages {

    private final EnterpriseLibrary library;
    private final ChainDirectory chains;
    private final cn.tenstrong.enterprise.EnterpriseRelations relations;
    private final cn.tenstrong.enterprise.EnterpriseHonours honours;

    EnterprisePages(EnterpriseLibrary library, ChainDirectory chains,
                    cn.tenstrong.enterprise.EnterpriseRelations relations,
                    cn.tenstrong.enterprise.EnterpriseHonours honours) {
        this.honours = honours;
        this.library = library;
        this.chains = chains;
        this.relations = relations;
    }

    @GetMapping("/enterprises")
    @PreAuthorize("hasAuthority('enterprise:enterprise:read')")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String region,
                  @RequestParam(defaultValue = "") String industry,
                  @RequestParam(name = "tag", required = false) List<String> tags,
                  @RequestParam(defaultValue = "") String capitalMin, @RequestParam(defaultValue = "") String capitalMax,
                  @RequestParam(defaultValue = "false") boolean review, @RequestParam(defaultValue = "0") int page,
                  Model model) {
        List<EnterpriseTag> tagList = new ArrayList<>();
        for (String t : tags == null ? List.<String>of() : tags) {
            EnterpriseTag.parse(t).ifPresent(tagList::add);
        }
        int size = 50;
        EnterpriseQuery query = new EnterpriseQuery(q, region, industry, tagList, amount(capitalMin, "注册资本下限"),
                amount(capitalMax, "注册资本上限"), review, Math.max(0, page) * size, size);
        EnterpriseSearchResult result = library.search(query);
        model.addAttribute("result", result);
        // a lower bound reads as officials write numbers: 超过1万家
        model.addAttribute("totalAtLeast", Amount.format(BigDecimal.valueOf(result.total()), ""));
        model.addAttribute("q", q);
        model.addAttribute("region", region);
        model.addAttribute("industry", industry);
        model.addAttribute("selectedTags", tagList);
        model.addAttribute("capitalMin", capitalMin);
        model.addAttribute("capitalMax", capitalMax);
        model.addAttribute("review", review);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("pageSize", size);
        model.addAttribute("allTags", EnterpriseTag.values());
        model.addAttribute("total", library.count());
        return "enterprise/search";
    }

    @GetMapping("/enterprises/import")
    @PreAuthorize("hasAuthority('enterprise:enterprise:write')")
    String importForm() {
        return "enterprise/import";
    }

    @PostMapping("/enterprises/import")
    @PreAuthorize("hasAuthority('enterprise:enterprise:write')")
    String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        if (file.isEmpty()) {
            model.addAttribute("error", "请选择要导入的文件");
            return "enterprise/import";
        }
        try {
            ImportResult result = library.importFile(file.getBytes(), file.getOriginalFilename());
            model.addAttribute("result", result);
        } catch (EnterpriseImportException e) {
            model.addAttribute("error", "导入文件有" + e.errors().size() + "处错误，未导入任何数据");
            model.addAttribute("errors", e.errors());
        } catch (DomainException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "enterprise/import";
    }

    @GetMapping("/enterprises/template.xlsx")
    @PreAuthorize("hasAuthority('enterprise:enterprise:read')")
    ResponseEntity<byte[]> template() {
        return Xlsx.download("企业导入模板.xlsx", library.importTemplate());
    }

    @GetMapping("/enterprises/{id}")
    @PreAuthorize("hasAuthority('enterprise:enterprise:read')")
    String profile(@PathVariable long id, Model model) {
        Enterprise e = library.require(id);
        model.addAttribute("e", e);
        var placements = library.placements(id);
        model.addAttribute("placements", placements);
        model.addAttribute("chainNames", chains.chains().stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.code(), c -> c.name())));
        model.addAttribute("editable", placements.stream().collect(java.util.stream.Collectors.toMap(
                p -> p.chainCode() + "/" + p.segmentCode(), p -> chains.canEdit(p.chainCode()), (a, b) -> a)));
        model.addAttribute("chains", chains.chains());
        model.addAttribute("roles", PlacementRole.values());
        model.addAttribute("relations", relations.involving(List.of(id)));
        model.addAttribute("products", library.products(id));
        model.addAttribute("honours", honours.honours(id));
        return "enterprise/profile";
    }

    @PostMapping("/enterprises/{id}/honours/{honourId}/decide")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    String decideHonour(@PathVariable long id, @PathVariable long honourId, @RequestParam int version,
                        @RequestParam String decision, RedirectAttributes redirect) {
        if (!"confirm".equals(decision) && !"reject".equals(decision)) {
            throw DomainException.invalid("未知操作：" + decision);
        }
        honours.decide(id, honourId, version, "confirm".equals(decision));
        redirect.addFlashAttribute("saved", Boolean.TRUE);
        return "redirect:/enterprises/" + id + "#honours";
    }

    @PostMapping("/enterprises/{id}/placements/decide")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    String decide(@PathVariable long id, @RequestParam String chain, @RequestParam String segment,
                  @RequestParam int version, @RequestParam String decision,
                  @RequestParam(defaultValue = "") String role, RedirectAttributes redirect) {
        if ("confirm".equals(decision)) {
            library.confirmPlacement(id, chain, segment, version, role.isBlank() ? null : PlacementRole.parse(role));
        } else if ("reject".equals(decision)) {
            library.rejectPlacement(id, chain, segment, version);
        } else {
            throw DomainException.invalid("未知操作：" + decision);
        }
        redirect.addFlashAttribute("saved", Boolean.TRUE);
        return "redirect:/enterprises/" + id + "#placements";
    }

    @PostMapping("/enterprises/{id}/placements")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    String place(@PathVariable long id, @RequestParam String chain, @RequestParam String segment,
                 @RequestParam String role, RedirectAttributes redirect) {
        library.place(id, chain, segment.strip(), PlacementRole.parse(role));
        redirect.addFlashAttribute("saved", Boolean.TRUE);
        return "redirect:/enterprises/" + id + "#placements";
    }

    @GetMapping("/enterprises/{id}/edit")
    @PreAuthorize("hasAuthority('enterprise:enterprise:write')")
    String editForm(@PathVariable long id, Model model) {
        Enterprise e = library.require(id);
        model.addAttribute("e", e);
        model.addAttribute("form", EnterpriseForm.of(e));
        return "enterprise/edit";
    }

    @PostMapping("/enterprises/{id}/edit")
    @PreAuthorize("hasAuthority('enterprise:enterprise:write')")
    String edit(@PathVariable long id, EnterpriseForm form, Model model, RedirectAttributes redirect) {
        Enterprise e = library.require(id);
        try {
            EnterpriseChange change = new EnterpriseChange(form.version(), form.name(), form.region(), form.industryCode(),
                    amount(form.registeredCapital(), "注册资本"), date(form.foundedOn()), form.businessScope(),
                    form.mainProducts(), Arrays.stream((form.tags() == null ? "" : form.tags()).split("[、,，;；\\s]+"))
                    .filter(s -> !s.isBlank()).toList(), amount(form.revenue(), "营业收入"), employees(form.employees()));
            library.update(id, change);
            redirect.addFlashAttribute("saved", Boolean.TRUE);
            return "redirect:/enterprises/" + id;
        } catch (DomainException ex) {
            model.addAttribute("error", PageErrors.shown(ex));
            model.addAttribute("e", e);
            model.addAttribute("form", form);
            return "enterprise/edit";
        }
    }

    @PostMapping("/enterprises/index/rebuild")
    @PreAuthorize("hasAuthority('enterprise:index:manage')")
    String rebuild(RedirectAttributes redirect) {
        redirect.addFlashAttribute("rebuilt", library.rebuildIndex());
        return "redirect:/enterprises";
    }

    /** The edit form's fields as text, so bad input comes back to the form with a message. */
    record EnterpriseForm(int version, String name, String region, String industryCode, String registeredCapital,
                          String foundedOn, String businessScope, String mainProducts, String tags, String revenue,
                          String employees) {
        static EnterpriseForm of(Enterprise e) {
            return new EnterpriseForm(e.version(), e.name(), e.regionCode() == null ? "" : e.regionCode(),
                    e.industryCode() == null ? "" : e.industryCode(), plain(e.registeredCapital()),
                    e.foundedOn() == null ? "" : e.foundedOn().toString(), e.businessScope(), e.mainProducts(),
                    String.join("、", e.tagLabels()), plain(e.revenue()),
                    e.employees() == null ? "" : e.employees().toString());
        }

        private static String plain(BigDecimal d) {
            return d == null ? "" : d.stripTrailingZeros().toPlainString();
        }
    }

    static BigDecimal amount(String text, String field) {
        String t = text == null ? "" : text.strip().replace(",", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw DomainException.invalid(field + "应为数字（万元）：" + text);
        }
    }

    private static LocalDate date(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (java.time.format.DateTimeParseException e) {
            throw DomainException.invalid("成立日期格式应如2018-05-20：" + text);
        }
    }

    private static Integer employees(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            throw DomainException.invalid("员工数应为整数：" + text);
        }
    }
}
