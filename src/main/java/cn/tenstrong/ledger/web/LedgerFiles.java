package cn.tenstrong.ledger.web;

import java.io.IOException;
import java.time.LocalDate;

import cn.tenstrong.ledger.Ledger;
import cn.tenstrong.ledger.LedgerDocuments;
import cn.tenstrong.ledger.LedgerDocuments.ProgressImportResult;
import cn.tenstrong.ledger.ProgressRounds;
import cn.tenstrong.shared.AsOf;
import cn.tenstrong.shared.web.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The ledger's files: Excel export and import, the round's Word report. */
@Controller
@PreAuthorize("hasAuthority('ledger:ledger:read')")
class LedgerFiles {

    private final LedgerDocuments documents;
    private final ProgressRounds rounds;
    private final Ledger ledger;

    LedgerFiles(LedgerDocuments documents, ProgressRounds rounds, Ledger ledger) {
        this.ledger = ledger;
        this.documents = documents;
        this.rounds = rounds;
    }

    @GetMapping("/ledger/export.xlsx")
    ResponseEntity<byte[]> exportLedger(@RequestParam(defaultValue = "") String industry,
                                        @RequestParam(required = false) LocalDate asOf) {
        AsOf day = ledger.asOf(asOf);
        return file(documents.ledgerWorkbook(industry.isBlank() ? null : industry, day),
                "工作台账-" + day.date() + ".xlsx", Downloads.XLSX);
    }

    @GetMapping("/ledger/rounds/{id}/report.docx")
    ResponseEntity<byte[]> roundReport(@PathVariable long id, @RequestParam(required = false) LocalDate asOf) {
        String label = rounds.round(id).map(r -> r.periodLabel()).orElse("");
        AsOf day = ledger.asOf(asOf);
        return file(documents.roundReport(id, day), "调度报告-" + label + "-" + day.date() + ".docx", Downloads.DOCX);
    }

    @GetMapping("/ledger/import")
    @PreAuthorize("hasAuthority('ledger:report:write')")
    String importForm(Model model) {
        model.addAttribute("rounds", rounds.rounds().stream().filter(r -> r.open()).toList());
        return "ledger/import";
    }

    @PostMapping("/ledger/import")
    @PreAuthorize("hasAuthority('ledger:report:write')")
    String importWorkbook(@RequestParam long roundId, @RequestParam("file") MultipartFile file, Model model)
            throws IOException {
        ProgressImportResult result = documents.importWorkbook(roundId, file.getBytes());
        model.addAttribute("result", result);
        model.addAttribute("rounds", rounds.rounds().stream().filter(r -> r.open()).toList());
        return "ledger/import";
    }

    private static ResponseEntity<byte[]> file(byte[] content, String name, MediaType type) {
        return Downloads.attachment(content, name, type);
    }
}
