package cn.tenstrong.enterprise.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.tenstrong.enterprise.Enterprise;
import cn.tenstrong.enterprise.EnterpriseChange;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.EnterpriseQuery;
import cn.tenstrong.enterprise.EnterpriseSearchResult;
import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.enterprise.ImportResult;
import cn.tenstrong.enterprise.Placement;
import cn.tenstrong.enterprise.PlacementRole;
import cn.tenstrong.enterprise.PlacementStatus;
import cn.tenstrong.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** JSON API of the enterprise library. */
@RestController
@RequestMapping("/api/enterprises")
@Tag(name = "企业库", description = "企业导入（CSV/XLSX）、检索、档案、修改、挂链确认")
class EnterpriseApi {

    private final EnterpriseLibrary library;
    private final cn.tenstrong.enterprise.EnterpriseHonours honours;

    EnterpriseApi(EnterpriseLibrary library, cn.tenstrong.enterprise.EnterpriseHonours honours) {
        this.library = library;
        this.honours = honours;
    }

    /** A decision on a self-reported honour. */
    record HonourDecision(int version, cn.tenstrong.enterprise.HonourStatus status) {
    }

    /** A placement decision. */
    record PlacementDecision(int version, PlacementStatus status, PlacementRole role) {
    }

    /** A manual placement. */
    record NewPlacementRequest(String chainCode, String segmentCode, PlacementRole role) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('enterprise:enterprise:read')")
    @Operation(summary = "检索企业：q 在名称、经营范围、主营产品中分词检索（全部词须出现）；region 地区代码或前缀（37、3701、370102）；"
            + "industry 行业代码前缀；tag 标签（可多个，须全部具备）；capitalMin/capitalMax 注册资本（万元）。"
            + "total 只计到 platform.search.total-hits-threshold（默认 10000）：totalExact=false 时实际多于 total；"
            + "exactTotal=true 时另行精确计数（遍历全部匹配，较慢），totalExact 恒为 true")
    EnterpriseSearchResult search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String region,
                                  @RequestParam(required = false) String industry,
                                  @RequestParam(name = "tag", required = false) List<String> tags,
                                  @RequestParam(required = false) BigDecimal capitalMin,
                                  @RequestParam(required = false) BigDecimal capitalMax,
                                  @RequestParam(defaultValue = "false") boolean review,
                                  @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit,
                                  @RequestParam(defaultValue = "false") boolean exactTotal) {
        List<EnterpriseTag> tagList = new ArrayList<>();
        for (String t : tags == null ? List.<String>of() : tags) {
            tagList.add(EnterpriseTag.parse(t).orElseThrow(() -> DomainException.invalid("未知标签：" + t)));
        }
        EnterpriseQuery query = new EnterpriseQuery(q, region, industry, tagList, capitalMin, capitalMax, review, offset,
                limit);
        EnterpriseSearchResult page = library.search(query);
        return exactTotal && !page.totalExact()
                ? new EnterpriseSearchResult(library.count(query), true, page.enterprises()) : page;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('enterprise:enterprise:read')")
    @Operation(summary = "企业档案")
    Enterprise enterprise(@PathVariable long id) {
        return library.require(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('enterprise:enterprise:write')")
    @Operation(summary = "修改企业信息（统一社会信用代码不可改；version 不符返回 409，数据无效返回 422）")
    Enterprise update(@PathVariable long id, @RequestBody EnterpriseChange change) {
        return library.update(id, change);
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('enterprise:enterprise:write')")
    @Operation(summary = "导入企业（.csv 或 .xlsx，格式见模板）：按统一社会信用代码新增或更新；任一行有错则全部不导入，"
            + "错误指明行和列；仅校验位不符的行照常保存并标记待核实")
    ImportResult importFile(@RequestPart("file") MultipartFile file) throws IOException {
        return library.importFile(file.getBytes(), file.getOriginalFilename());
    }

    @GetMapping("/template")
    @PreAuthorize("hasAuthority('enterprise:enterprise:read')")
    @Operation(summary = "下载导入模板（xlsx）")
    ResponseEntity<byte[]> template() {
        return Xlsx.download("企业导入模板.xlsx", library.importTemplate());
    }

    @GetMapping("/{id}/placements")
    @PreAuthorize("hasAuthority('enterprise:enterprise:read')")
    @Operation(summary = "企业的挂链记录（环节、角色、置信度、命中词）")
    List<Placement> placements(@PathVariable long id) {
        library.require(id);
        return library.placements(id);
    }

    @GetMapping("/{id}/honours")
    @PreAuthorize("hasAuthority('enterprise:enterprise:read')")
    @Operation(summary = "企业荣誉：自述（企业自己的介绍中所写，附原文）、已确认、已驳回；自述的在推荐中按折减权重计分")
    List<cn.tenstrong.enterprise.EnterpriseHonour> honours(@PathVariable long id) {
        library.require(id);
        return honours.honours(id);
    }

    @PutMapping("/{id}/honours/{honourId}")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    @Operation(summary = "产业专班确认（CONFIRMED，标签计入企业标签）或驳回（REJECTED）自述荣誉；version 不符返回 409")
    cn.tenstrong.enterprise.EnterpriseHonour decideHonour(@PathVariable long id, @PathVariable long honourId,
                                                          @RequestBody HonourDecision decision) {
        if (decision.status() == null || decision.status() == cn.tenstrong.enterprise.HonourStatus.SELF_REPORTED) {
            throw DomainException.invalid("status 应为 CONFIRMED 或 REJECTED");
        }
        return honours.decide(id, honourId, decision.version(),
                decision.status() == cn.tenstrong.enterprise.HonourStatus.CONFIRMED);
    }

    @PostMapping("/{id}/placements")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "手工挂链到末级环节（直接确认）")
    Placement place(@PathVariable long id, @RequestBody NewPlacementRequest request) {
        return library.place(id, request.chainCode(), request.segmentCode(), request.role());
    }

    @PutMapping("/{id}/placements/{chain}/{segment}")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    @Operation(summary = "确认（CONFIRMED，可改角色）或驳回（REJECTED）挂链；version 不符返回 409")
    Placement decide(@PathVariable long id, @PathVariable String chain, @PathVariable String segment,
                     @RequestBody PlacementDecision decision) {
        if (decision.status() == PlacementStatus.CONFIRMED) {
            return library.confirmPlacement(id, chain, segment, decision.version(), decision.role());
        }
        if (decision.status() == PlacementStatus.REJECTED) {
            return library.rejectPlacement(id, chain, segment, decision.version());
        }
        throw DomainException.invalid("status 应为 CONFIRMED 或 REJECTED");
    }

    @PostMapping("/index/rebuild")
    @PreAuthorize("hasAuthority('enterprise:index:manage')")
    @Operation(summary = "从数据库重建检索索引")
    Map<String, Long> rebuild() {
        return Map.of("documents", library.rebuildIndex());
    }
}
