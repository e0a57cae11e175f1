package cn.tenstrong.enterprise.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainSummary;
import cn.tenstrong.enterprise.ChainMaps;
import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.PlacementRole;
import cn.tenstrong.enterprise.SegmentProjects;
import cn.tenstrong.enterprise.SegmentStrength;
import cn.tenstrong.shared.DomainException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 产业链图谱 and its lists: the graph, a segment's panel, the N lists with Excel export. */
@Controller
@PreAuthorize("hasAuthority('chain:chain:read') and hasAuthority('enterprise:enterprise:read')")
class ChainMapPages {

    private final ChainDirectory chains;
    private final ChainMaps maps;
    private final ChainLists lists;
    private final ObjectProvider<SegmentProjects> projects;
    private final MessageSource messages;
    private final EnterpriseLibrary library;

    ChainMapPages(ChainDirectory chains, ChainMaps maps, ChainLists lists, ObjectProvider<SegmentProjects> projects,
                  MessageSource messages, EnterpriseLibrary library) {
        this.library = library;
        this.chains = chains;
        this.maps = maps;
        this.lists = lists;
        this.projects = projects;
        this.messages = messages;
    }

    @GetMapping("/chains/{code}/map")
    String map(@PathVariable String code, @RequestParam(defaultValue = "false") boolean synthetic, Model model) {
        ChainSummary chain = require(code);
        model.addAttribute("chain", chain);
        model.addAttribute("segments", maps.strengths(code, synthetic));
        model.addAttribute("benchmark", maps.benchmark(synthetic));
        basis(model, synthetic, "/chains/" + code + "/map");
        model.addAttribute("kinds", ChainLists.Kind.values());
        return "enterprise/chain-map";
    }

    /** The graph data for chain-map.js (the browser has a session, not the API's Basic credentials). */
    @GetMapping(path = "/chains/{code}/map.json", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    ChainMapApi.MapData mapJson(@PathVariable String code, @RequestParam(defaultValue = "false") boolean synthetic) {
        ChainSummary c = require(code);
        return new ChainMapApi.MapData(c.code(), c.name(), c.industryName(), c.gapQuotient(), maps.benchmark(synthetic),
                maps.strengths(code, synthetic));
    }

    @GetMapping("/chains/{code}/segments/{segment}/panel")
    String panel(@PathVariable String code, @PathVariable String segment,
                 @RequestParam(defaultValue = "false") boolean synthetic, Model model) {
        ChainSummary chain = require(code);
        SegmentStrength strength = maps.strengths(code, synthetic).stream().filter(s -> s.segmentCode().equals(segment)).findFirst()
                .orElseThrow(() -> DomainException.notFound("环节不存在：" + code + "/" + segment));
        model.addAttribute("chain", chain);
        model.addAttribute("synthetic", synthetic);
        model.addAttribute("s", strength);
        model.addAttribute("path", chains.requireChain(code).pathLabel(segment));
        Set<PlacementRole> all = EnumSet.allOf(PlacementRole.class);
        model.addAttribute("local", maps.placed(code, segment, true, all, Set.of(), synthetic, 100));
        model.addAttribute("outside", maps.placed(code, segment, false, all, Set.of(), synthetic, 100));
        SegmentProjects provider = projects.getIfAvailable();
        model.addAttribute("projectsConnected", provider != null);
        model.addAttribute("projects", provider == null ? List.of() : provider.projects(code, segment));
        return "enterprise/segment-panel :: panel";
    }

    @GetMapping("/chains/{code}/lists/{kind}")
    String list(@PathVariable String code, @PathVariable String kind,
                @RequestParam(defaultValue = "false") boolean synthetic, Model model) {
        ChainSummary chain = require(code);
        model.addAttribute("chain", chain);
        model.addAttribute("table", lists.table(code, ChainLists.Kind.of(kind), synthetic));
        model.addAttribute("benchmark", maps.benchmark(synthetic));
        basis(model, synthetic, "/chains/" + code + "/lists/" + ChainLists.Kind.of(kind).slug());
        model.addAttribute("kinds", ChainLists.Kind.values());
        return "enterprise/chain-list";
    }

    @GetMapping("/chains/{code}/lists/{kind}.xlsx")
    ResponseEntity<byte[]> export(@PathVariable String code, @PathVariable String kind,
                                  @RequestParam(defaultValue = "false") boolean synthetic) {
        ChainSummary chain = require(code);
        ChainLists.Table table = lists.table(code, ChainLists.Kind.of(kind), synthetic);
        String title = messages.getMessage(table.kind().key(), null, Locale.SIMPLIFIED_CHINESE);
        List<String> headers = table.headerKeys().stream()
                .map(k -> messages.getMessage(k, null, Locale.SIMPLIFIED_CHINESE)).toList();
        return Xlsx.download(chain.name() + "-" + title + ".xlsx", Xlsx.sheet(title, headers, table.rows()));
    }

    /** 数据基础 line and the 含模拟数据 toggle (the same page with the other setting). */
    private void basis(Model model, boolean synthetic, String path) {
        model.addAttribute("synthetic", synthetic);
        model.addAttribute("basis", library.dataBasis(synthetic));
        model.addAttribute("toggleUrl", path + (synthetic ? "" : "?synthetic=true"));
    }

    private ChainSummary require(String code) {
        return chains.summary(code).orElseThrow(() -> DomainException.notFound("产业链不存在：" + code));
    }
}
