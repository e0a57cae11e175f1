package cn.tenstrong.org.web;

import java.util.Arrays;
import java.util.List;

import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationChange;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.org.Region;
import cn.tenstrong.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 组织机构 and 行政区划 pages. */
@Controller
class OrganizationPages {

    /** A city with its counties, for the regions page. */
    record CityRow(Region city, List<Region> counties) {
    }

    private final OrgDirectory orgs;

    OrganizationPages(OrgDirectory orgs) {
        this.orgs = orgs;
    }

    /** The kinds to filter by and to choose on the edit form (no query: an enum). */
    @ModelAttribute("kinds")
    OrganizationKind[] kinds() {
        return OrganizationKind.values();
    }

    @GetMapping("/org/organizations")
    @PreAuthorize("hasAuthority('org:organization:read')")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) OrganizationKind kind,
                Model model) {
        model.addAttribute("organizations", orgs.search(q, kind, 1000));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        return "org/organizations";
    }

    @GetMapping("/org/organizations/{id}/edit")
    @PreAuthorize("hasAuthority('org:organization:write')")
    String edit(@PathVariable long id, Model model) {
        Organization org = orgs.organization(id).orElseThrow(() -> DomainException.notFound("机构不存在"));
        model.addAttribute("org", org);
        model.addAttribute("aliasText", String.join("\n", org.aliases()));
        return "org/organization-edit";
    }

    @PostMapping("/org/organizations/{id}")
    @PreAuthorize("hasAuthority('org:organization:write')")
    String save(@PathVariable long id, @RequestParam int version, @RequestParam String name,
                @RequestParam OrganizationKind kind, @RequestParam(defaultValue = "") String regionCode,
                @RequestParam(defaultValue = "") String industryCode, @RequestParam(defaultValue = "false") boolean needsReview,
                @RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "") String aliases,
                RedirectAttributes redirect) {
        List<String> aliasList = Arrays.stream(aliases.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        orgs.update(new OrganizationChange(id, version, name, kind, regionCode, industryCode, needsReview, note, aliasList));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/org/organizations?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8);
    }

    @GetMapping("/org/regions")
    @PreAuthorize("hasAuthority('org:organization:read')")
    String regions(Model model) {
        List<CityRow> rows = orgs.cities().stream().map(c -> new CityRow(c, orgs.counties(c.code()))).toList();
        model.addAttribute("cities", rows);
        model.addAttribute("countyCount", rows.stream().mapToInt(r -> r.counties().size()).sum());
        return "org/regions";
    }
}
