package cn.tenstrong.listing.web;

import java.time.LocalDate;
import java.util.List;

import cn.tenstrong.listing.CandidateDraft;
import cn.tenstrong.listing.ListingCandidate;
import cn.tenstrong.listing.ListingCandidates;
import cn.tenstrong.listing.ListingCounts;
import cn.tenstrong.listing.ListingStage;
import cn.tenstrong.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the 上市后备资源库. */
@RestController
@RequestMapping("/api/listing")
@Tag(name = "上市后备资源库", description = "入库企业的阶段（培育 → 辅导备案 → 申报受理 → 审核通过 → 上市）与日期，按阶段、城市、产业统计")
class ListingApi {

    private final ListingCandidates candidates;

    ListingApi(ListingCandidates candidates) {
        this.candidates = candidates;
    }

    /** A stage move. */
    record Move(int version, ListingStage stage, LocalDate on, String note) {
    }

    @GetMapping("/candidates")
    @PreAuthorize("hasAuthority('listing:candidate:read')")
    @Operation(summary = "上市后备企业（本人数据范围内），可按当前阶段、城市、产业筛选")
    List<ListingCandidate> list(@RequestParam(required = false) ListingStage stage,
                                @RequestParam(required = false) String city,
                                @RequestParam(required = false) String industry) {
        return candidates.candidates(stage, city, industry);
    }

    @GetMapping("/candidates/{id}")
    @PreAuthorize("hasAuthority('listing:candidate:read')")
    @Operation(summary = "上市后备企业详情与各阶段日期（byData：由上市公司数据按上市日期记为上市）")
    ListingCandidate candidate(@PathVariable long id) {
        return candidates.require(id);
    }

    @PostMapping("/candidates")
    @PreAuthorize("hasAuthority('listing:candidate:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "入库：企业库中在山东注册、尚未上市的企业（市县：本市；产业专班：本产业），stage 为入库阶段（默认培育）")
    ListingCandidate enrol(@RequestBody CandidateDraft draft) {
        return candidates.enrol(draft);
    }

    @PutMapping("/candidates/{id}")
    @PreAuthorize("hasAuthority('listing:candidate:write')")
    @Operation(summary = "修改所属产业、拟上市板块、备注（version 不符返回 409）")
    ListingCandidate update(@PathVariable long id, @RequestBody CandidateDraft draft) {
        return candidates.update(id, draft);
    }

    @PostMapping("/candidates/{id}/stage")
    @PreAuthorize("hasAuthority('listing:candidate:write')")
    @Operation(summary = "推进阶段（可跳过；日期不早于当前阶段、不晚于今天；手工记为上市须说明上市地点与代码）")
    ListingCandidate move(@PathVariable long id, @RequestBody Move move) {
        if (move == null) {
            throw DomainException.invalid("请选择阶段");
        }
        return candidates.advance(id, move.version(), move.stage(), move.on(), move.note());
    }

    @GetMapping("/counts")
    @PreAuthorize("hasAuthority('listing:candidate:read')")
    @Operation(summary = "按阶段、城市、产业统计（asOf 评估日期，默认今天或演示时点）：当日所处阶段与当年截至当日上市的家数")
    ListingCounts counts(@RequestParam(required = false) LocalDate asOf) {
        return candidates.counts(asOf);
    }
}
