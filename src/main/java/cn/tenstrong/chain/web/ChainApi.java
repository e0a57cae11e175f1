package cn.tenstrong.chain.web;

import java.math.BigDecimal;
import java.util.List;

import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainListItem;
import cn.tenstrong.chain.ChainSummary;
import cn.tenstrong.chain.SegmentChange;
import cn.tenstrong.chain.SegmentRecord;
import cn.tenstrong.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the stored chain catalog. */
@RestController
@RequestMapping("/api/chains")
@Tag(name = "产业链目录", description = "产业链、环节（名称、关键词、产品、行业代码）、短板阈值、卡脖子技术与人才需求清单")
class ChainApi {

    private final ChainDirectory chains;

    ChainApi(ChainDirectory chains) {
        this.chains = chains;
    }

    /** A segment edit as the API takes it. */
    record SegmentEdit(int version, String name, List<String> keywords, List<String> products, List<String> gbtCodes) {
    }

    /** A threshold edit: the location-quotient fraction (0.5 = weak below half of Shandong's share overall). */
    record ThresholdEdit(int version, BigDecimal quotient) {
    }

    /** A list item as the API takes it. */
    record ItemEdit(Integer version, String title, String detail, String segmentCode) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('chain:chain:read')")
    @Operation(summary = "全部产业链")
    List<ChainSummary> list() {
        return chains.chains();
    }

    @GetMapping("/{code}/segments")
    @PreAuthorize("hasAuthority('chain:chain:read')")
    @Operation(summary = "一条产业链的全部环节（深度优先），含版本号")
    List<SegmentRecord> segments(@PathVariable String code) {
        chains.summary(code).orElseThrow(() -> DomainException.notFound("产业链不存在：" + code));
        return chains.segments(code);
    }

    @PutMapping("/{code}/segments/{segment}")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    @Operation(summary = "修改环节名称、关键词、产品、行业代码（version 不符返回 409）")
    SegmentRecord updateSegment(@PathVariable String code, @PathVariable String segment, @RequestBody SegmentEdit edit) {
        return chains.updateSegment(new SegmentChange(code, segment, edit.version(), edit.name(), edit.keywords(),
                edit.products(), edit.gbtCodes()));
    }

    @PutMapping("/{code}/gap-threshold")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    @Operation(summary = "设置区位商阈值（省内企业占比低于全国基准该倍数的末级环节列为短板，默认0.5）")
    ChainSummary threshold(@PathVariable String code, @RequestBody ThresholdEdit edit) {
        return chains.updateGapThreshold(code, edit.version(), edit.quotient());
    }

    @GetMapping("/{code}/items/{kind}")
    @PreAuthorize("hasAuthority('chain:chain:read')")
    @Operation(summary = "卡脖子技术（choke-points）或人才需求（talent）清单")
    List<ChainListItem> items(@PathVariable String code, @PathVariable String kind) {
        return chains.listItems(code, ChainPages.kind(kind));
    }

    @PostMapping("/{code}/items/{kind}")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增清单条目")
    ChainListItem add(@PathVariable String code, @PathVariable String kind, @RequestBody ItemEdit edit) {
        return chains.addListItem(code, ChainPages.kind(kind), edit.title(), edit.detail(), edit.segmentCode());
    }

    @PutMapping("/items/{id}")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    @Operation(summary = "修改清单条目（version 不符返回 409）")
    ChainListItem update(@PathVariable long id, @RequestBody ItemEdit edit) {
        if (edit.version() == null) {
            throw DomainException.invalid("缺少版本号 version");
        }
        return chains.updateListItem(id, edit.version(), edit.title(), edit.detail(), edit.segmentCode());
    }

    @DeleteMapping("/items/{id}")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除清单条目（version 不符返回 409）")
    void delete(@PathVariable long id, @RequestParam int version) {
        chains.deleteListItem(id, version);
    }
}
