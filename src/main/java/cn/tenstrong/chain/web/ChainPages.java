package cn.tenstrong.chain.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import cn.tenstrong.chain.Chain;
import cn.tenstrong.chain.ChainDirectory;
import cn.tenstrong.chain.ChainListItem;
import cn.tenstrong.chain.ChainListKind;
import cn.tenstrong.chain.ChainSummary;
import cn.tenstrong.chain.SegmentChange;
import cn.tenstrong.chain.SegmentRecord;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.web.PageErrors;
import cn.tenstrong.shared.SpreadsheetCells;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 产业链目录 pages: the chains, a chain's segments with their terms (editable by its task force), 卡脖子技术 and 人才需求. */
@Controller
class ChainPages {

    private final ChainDirectory chains;

    ChainPages(ChainDirectory chains) {
        this.chains = chains;
    }

    @GetMapping("/chains")
    @PreAuthorize("hasAuthority('chain:chain:read')")
    String list(Model model) {
        model.addAttribute("chains", chains.chains());
        return "chain/chains";
    }

    @GetMapping("/chains/{code}/catalog")
    @PreAuthorize("hasAuthority('chain:chain:read')")
    String catalog(@PathVariable String code, Model model) {
        ChainSummary summary = require(code);
        Chain chain = chains.requireChain(code);
        model.addAttribute("chain", summary);
        model.addAttribute("segments", chains.segments(code));
        model.addAttribute("paths", chain.segments().stream()
                .collect(java.util.stream.Collectors.toMap(s -> s.code(), s -> chain.pathLabel(s.code()))));
        model.addAttribute("canEdit", chains.canEdit(code));
        return "chain/catalog";
    }

    @GetMapping("/chains/{code}/segments/{segment}/edit")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    String editForm(@PathVariable String code, @PathVariable String segment, Model model) {
        model.addAttribute("chain", require(code));
        model.addAttribute("segment", chains.segment(code, segment)
                .orElseThrow(() -> DomainException.notFound("环节不存在：" + code + "/" + segment)));
        return "chain/segment-edit";
    }

    @PostMapping("/chains/{code}/segments/{segment}/edit")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    String edit(@PathVariable String code, @PathVariable String segment, @RequestParam int version,
                @RequestParam String name, @RequestParam(defaultValue = "") String keywords,
                @RequestParam(defaultValue = "") String products, @RequestParam(defaultValue = "") String gbtCodes,
                Model model, RedirectAttributes redirect) {
        try {
            SegmentRecord saved = chains.updateSegment(new SegmentChange(code, segment, version, name, terms(keywords),
                    terms(products), terms(gbtCodes)));
            redirect.addFlashAttribute("saved", saved.name());
            return "redirect:/chains/" + code + "/catalog#seg-" + segment;
        } catch (DomainException e) {
            model.addAttribute("error", PageErrors.shown(e));
            model.addAttribute("chain", require(code));
            model.addAttribute("segment", chains.segment(code, segment).orElseThrow());
            return "chain/segment-edit";
        }
    }

    @PostMapping("/chains/{code}/threshold")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    String threshold(@PathVariable String code, @RequestParam int version, @RequestParam String quotient,
                     RedirectAttributes redirect) {
        BigDecimal value;
        try {
            value = new BigDecimal(quotient.trim());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("区位商阈值应为数字：" + quotient);
        }
        chains.updateGapThreshold(code, version, value);
        redirect.addFlashAttribute("saved", require(code).name());
        return "redirect:/chains/" + code + "/catalog";
    }

    @GetMapping("/chains/{code}/items/{kind}")
    @PreAuthorize("hasAuthority('chain:chain:read')")
    String items(@PathVariable String code, @PathVariable String kind, Model model) {
        ChainListKind k = kind(kind);
        model.addAttribute("chain", require(code));
        model.addAttribute("kind", k);
        model.addAttribute("kindSlug", kind);
        model.addAttribute("items", chains.listItems(code, k));
        model.addAttribute("segments", chains.segments(code));
        model.addAttribute("canEdit", chains.canEdit(code));
        return "chain/items";
    }

    @PostMapping("/chains/{code}/items/{kind}")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    String addItem(@PathVariable String code, @PathVariable String kind, @RequestParam String title,
                   @RequestParam(defaultValue = "") String detail, @RequestParam(defaultValue = "") String segment) {
        chains.addListItem(code, kind(kind), title, detail, segment);
        return "redirect:/chains/" + code + "/items/" + kind;
    }

    @PostMapping("/chains/{code}/items/{kind}/{id}/delete")
    @PreAuthorize("hasAuthority('chain:chain:write')")
    String deleteItem(@PathVariable String code, @PathVariable String kind, @PathVariable long id,
                      @RequestParam int version) {
        chains.deleteListItem(id, version);
        return "redirect:/chains/" + code + "/items/" + kind;
    }

    @GetMapping("/chains/{code}/items/{kind}.xlsx")
    @PreAuthorize("hasAuthority('chain:chain:read')")
    ResponseEntity<byte[]> export(@PathVariable String code, @PathVariable String kind) throws IOException {
        ChainListKind k = kind(kind);
        ChainSummary chain = require(code);
        List<ChainListItem> items = chains.listItems(code, k);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SpreadsheetCells cells = SpreadsheetCells.of(wb);
            Sheet sheet = wb.createSheet(k.label());
            String[] header = {"序号", k.label(), "说明", "环节", "出处", "行动计划原文"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                cells.text(h, i, header[i]);
            }
            int r = 1;
            for (ChainListItem item : items) {
                Row row = sheet.createRow(r);
                cells.number(row, 0, r++);
                cells.text(row, 1, item.title());
                cells.text(row, 2, item.detail());
                cells.text(row, 3, item.segmentCode() == null ? ""
                        : chains.segment(code, item.segmentCode()).map(SegmentRecord::name).orElse(item.segmentCode()));
                row.createCell(4).setCellValue(item.sourceLabel());
                row.createCell(5).setCellValue(item.seedQuote() == null ? "" : item.seedQuote());
            }
            wb.write(out);
            String file = chain.name() + "-" + k.label() + ".xlsx";
            return cn.tenstrong.shared.web.Downloads.xlsx(out.toByteArray(), file);
        }
    }

    private ChainSummary require(String code) {
        return chains.summary(code).orElseThrow(() -> DomainException.notFound("产业链不存在：" + code));
    }

    static ChainListKind kind(String slug) {
        return switch (slug) {
            case "choke-points" -> ChainListKind.CHOKE_POINT;
            case "talent" -> ChainListKind.TALENT;
            default -> throw DomainException.notFound("没有这种清单：" + slug);
        };
    }

    static List<String> terms(String text) {
        return Arrays.stream(text.split("[、,，;；\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
