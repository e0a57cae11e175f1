package cn.tenstrong.org.web;

import java.util.List;

import cn.tenstrong.org.Industry;
import cn.tenstrong.org.OrgDirectory;
import cn.tenstrong.org.Organization;
import cn.tenstrong.org.OrganizationChange;
import cn.tenstrong.org.OrganizationKind;
import cn.tenstrong.org.Region;
import cn.tenstrong.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the organisation directory. */
@RestController
@RequestMapping("/api/org")
@Tag(name = "组织机构", description = "行政区划、十强产业、机构目录")
class OrganizationApi {

    private final OrgDirectory orgs;

    OrganizationApi(OrgDirectory orgs) {
        this.orgs = orgs;
    }

    @GetMapping("/organizations")
    @PreAuthorize("hasAuthority('org:organization:read')")
    @Operation(summary = "查询机构（名称或别名模糊匹配）")
    List<Organization> search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) OrganizationKind kind,
                              @RequestParam(defaultValue = "200") int limit) {
        return orgs.search(q, kind, limit);
    }

    @GetMapping("/organizations/{id}")
    @PreAuthorize("hasAuthority('org:organization:read')")
    @Operation(summary = "机构详情")
    Organization get(@PathVariable long id) {
        return orgs.organization(id).orElseThrow(() -> DomainException.notFound("机构不存在: " + id));
    }

    @PutMapping("/organizations/{id}")
    @PreAuthorize("hasAuthority('org:organization:write')")
    @Operation(summary = "修改机构（须带上读取时的 version，版本不符返回 409）")
    Organization update(@PathVariable long id, @RequestBody OrganizationChange change) {
        if (change.id() != id) {
            throw DomainException.invalid("路径中的机构编号与请求体不一致");
        }
        return orgs.update(change);
    }

    @GetMapping("/regions")
    @PreAuthorize("hasAuthority('org:organization:read')")
    @Operation(summary = "设区市列表，或某市下辖县级单位（parent=市代码）")
    List<Region> regions(@RequestParam(required = false) String parent) {
        return parent == null ? orgs.cities() : orgs.counties(parent);
    }

    @GetMapping("/industries")
    @PreAuthorize("hasAuthority('org:organization:read')")
    @Operation(summary = "十强产业")
    List<Industry> industries() {
        return orgs.industries();
    }
}
