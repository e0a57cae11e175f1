package cn.tenstrong.enterprise.web;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSummary;
import cn.tenstrong.enterprise.ChainLeader;
import cn.tenstrong.enterprise.ChainLeaders;
import cn.tenstrong.enterprise.ChainMaps;
import cn.tenstrong.enterprise.ChainProject;
import cn.tenstrong.enterprise.ChainTarget;
import cn.tenstrong.enterprise.GapBenchmark;
import cn.tenstrong.enterprise.GapSegment;
import cn.tenstrong.enterprise.PlacedEnterprise;
import cn.tenstrong.enterprise.PlacementRole;
import cn.tenstrong.enterprise.SegmentStrength;
import cn.tenstrong.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the chain maps: the graph data, the gaps, a segment's enterprises, the lists other modules fill. */
@RestController
@RequestMapping("/api/chain-maps")
@Tag(name = "产业链图谱", description = "环节本地实力（图谱着色）、短板环节、环节企业、招商目标企业与重点项目清单")
@PreAuthorize("hasAuthority('chain:chain:read') and hasAuthority('enterprise:enterprise:read')")
class ChainMapApi {

    private final ChainDirectory chains;
    private final ChainMaps maps;
    private final ChainLeaders leaders;

    ChainMapApi(ChainDirectory chains, ChainMaps maps, ChainLeaders leaders) {
        this.chains = chains;
        this.maps = maps;
        this.leaders = leaders;
    }

    /**
     * The graph: the chain, its 区位商阈值 and the 全国基准 it is measured against, and every segment with its local
     * strength.
     */
    record MapData(String code, String name, String industryName, BigDecimal gapQuotient, GapBenchmark benchmark,
                   List<SegmentStrength> segments) {
    }

    @GetMapping("/{code}")
    @Operation(summary = "图谱数据：每个环节的本地企业数、营业收入、获评企业、链主、着色等级与短板标记（synthetic=true 时含模拟数据）")
    MapData map(@PathVariable String code, @RequestParam(defaultValue = "false") boolean synthetic) {
        ChainSummary c = chains.summary(code).orElseThrow(() -> DomainException.notFound("产业链不存在：" + code));
        return new MapData(c.code(), c.name(), c.industryName(), c.gapQuotient(), maps.benchmark(synthetic),
                maps.strengths(code, synthetic));
    }

    @GetMapping("/{code}/gaps")
    @Operation(summary = "短板环节：按企业数据计算的短板（每条带规则与数据：无省内企业 / 区位商低于本链阈值（省内企业占比不足全国基准的该倍数，挂链企业过少时注明样本不足）/ 省内无链主或骨干；只计真实企业，"
            + "synthetic=true 时含模拟数据）与专班认定短板（行动计划原文与行号）")
    List<GapSegment> gaps(@PathVariable String code, @RequestParam(defaultValue = "false") boolean synthetic) {
        return maps.gaps(code, synthetic);
    }

    @GetMapping("/{code}/leaders")
    @Operation(summary = "链主认定及其依据（行动计划原文与行号，或上市公司营业收入数据）；enterpriseIds 为空表示企业尚未入库")
    List<ChainLeader> leaders(@PathVariable String code) {
        chains.summary(code).orElseThrow(() -> DomainException.notFound("产业链不存在：" + code));
        return leaders.leaders(code);
    }

    @GetMapping("/{code}/enterprises")
    @Operation(summary = "挂在产业链（或某环节及其下级）上的企业；local=true 仅省内，false 仅省外")
    List<PlacedEnterprise> enterprises(@PathVariable String code, @RequestParam(required = false) String segment,
                                       @RequestParam(required = false) Boolean local,
                                       @RequestParam(name = "role", required = false) List<PlacementRole> roles,
                                       @RequestParam(defaultValue = "false") boolean synthetic,
                                       @RequestParam(defaultValue = "200") int limit) {
        Set<PlacementRole> r = roles == null || roles.isEmpty() ? EnumSet.allOf(PlacementRole.class) : EnumSet.copyOf(roles);
        return maps.placed(code, segment, local, r, Set.of(), synthetic, limit);
    }

    @GetMapping("/{code}/targets")
    @Operation(summary = "招商目标企业（由精准招商模块写入）")
    List<ChainTarget> targets(@PathVariable String code) {
        return maps.targets(code);
    }

    @GetMapping("/{code}/projects")
    @Operation(summary = "重点项目（由项目库模块写入）")
    List<ChainProject> projects(@PathVariable String code) {
        return maps.keyProjects(code);
    }
}
