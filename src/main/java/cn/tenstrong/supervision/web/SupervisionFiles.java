package cn.tenstrong.supervision.web;

import java.io.IOException;
import java.time.LocalDate;

import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.web.PageErrors;
import cn.tenstrong.shared.web.Downloads;
import cn.tenstrong.supervision.InspectionView;
import cn.tenstrong.supervision.Inspections;
import cn.tenstrong.supervision.RectificationImportException;
import cn.tenstrong.supervision.Rectifications;
import cn.tenstrong.supervision.SupervisionBoard;
import cn.tenstrong.supervision.SupervisionDocuments;
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

/** The files of 督导整改: the 整改台账 (export and import), the 督导报告, evidence downloads. */
@Controller
@PreAuthorize("hasAuthority('supervision:inspection:read')")
class SupervisionFiles {

    private final SupervisionDocuments documents;
    private final Inspections inspections;
    private final Rectifications rectifications;
    private final SupervisionBoard board;

    SupervisionFiles(SupervisionDocuments documents, Inspections inspections, Rectifications rectifications,
                     SupervisionBoard board) {
        this.documents = documents;
        this.inspections = inspections;
        this.rectifications = rectifications;
        this.board = board;
    }

    @GetMapping("/supervision/rectifications.xlsx")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) LocalDate asOf) {
        LocalDate day = asOf == null ? board.today() : asOf;
        return Downloads.attachment(documents.ledgerWorkbook(day), "整改台账-" + day + ".xlsx", Downloads.XLSX);
    }

    @GetMapping("/supervision/inspections/{id}/report.docx")
    ResponseEntity<byte[]> report(@PathVariable long id, @RequestParam(required = false) LocalDate asOf) {
        LocalDate day = asOf == null ? board.today() : asOf;
        InspectionView inspection = inspections.inspection(id);
        return Downloads.attachment(documents.inspectionReport(id, day),
                "督导报告-" + inspection.title() + "-" + day + ".docx", Downloads.DOCX);
    }

    @GetMapping("/supervision/evidence/{id}")
    ResponseEntity<byte[]> evidence(@PathVariable long id) {
        Rectifications.EvidenceFile file = rectifications.evidenceFile(id);
        return Downloads.attachment(file.content(), file.name(), MediaType.APPLICATION_OCTET_STREAM);
    }

    @GetMapping("/supervision/import")
    String importForm() {
        return "supervision/import";
    }

    @PostMapping("/supervision/import")
    String importWorkbook(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        try {
            model.addAttribute("result", documents.importWorkbook(file.getBytes()));
        } catch (RectificationImportException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errors", e.errors());
        } catch (DomainException e) {
            model.addAttribute("error", PageErrors.shown(e));
        }
        return "supervision/import";
    }
}
