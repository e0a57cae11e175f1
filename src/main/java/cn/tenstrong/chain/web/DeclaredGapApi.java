package cn.tenstrong.chain.web;

import java.util.List;

import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.DeclaredGap;
import cn.tenstrong.chain.DeclaredGaps;
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

/** JSON API of 专班认定短板 (declared gaps). */
@RestController
@RequestMapping("/api/chains")
@Tag(name = "专班认定短板", description = "行动计划点名的薄弱环节与专班新增的短板：查看、新增、修改理由、撤销")
class DeclaredGapApi {

    private final ChainDirectory chains;
    private final DeclaredGaps gaps;

    DeclaredGapApi(ChainDirectory chains, DeclaredGaps gaps) {
        this.chains = chains;
        this.gaps = gaps;
    }

    /** A new declared gap. */
    record NewGap(String segmentCode, String term, String reason) {
    }

    /** A reason edit or a withdrawal. */
    record Change(Integer version, String reason, String note) {
    }

    @GetMapping("/{code}/declared-gaps")
    @PreAuthorize("hasAuthority('chain:chain:read')")
    @Operation(summary = "专班认定短板（all=true 含已撤销）；行动计划点名的条目带原文与行号")
    List<DeclaredGap> list(@PathVariable String code, @RequestParam(defaultValue = "false") boolean all) {
        chains.summary(code).orElseThrow(() -> DomainException.notFound("产业链不存在：" + code));
        return all ? gaps.all(code) : gaps.active(code);
    }

    @PostMapping("/{code}/declared-gaps")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增专班认定短板（仅本产业专班）")
    DeclaredGap add(@PathVariable String code, @RequestBody NewGap gap) {
        return gaps.add(code, gap.segmentCode(), gap.term(), gap.reason());
    }

    @PutMapping("/declared-gaps/{id}")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    @Operation(summary = "修改认定理由（version 不符返回 409）")
    DeclaredGap update(@PathVariable long id, @RequestBody Change change) {
        return gaps.updateReason(id, version(change), change.reason());
    }

    @PostMapping("/declared-gaps/{id}/withdrawal")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    @Operation(summary = "撤销专班认定短板（保留记录；行动计划点名的条目重启后不再恢复）")
    DeclaredGap withdraw(@PathVariable long id, @RequestBody Change change) {
        return gaps.withdraw(id, version(change), change.note());
    }

    private static int version(Change change) {
        if (change == null || change.version() == null) {
            throw DomainException.invalid("缺少版本号 version");
        }
        return change.version();
    }
}
