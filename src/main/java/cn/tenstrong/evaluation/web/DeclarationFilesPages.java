package cn.tenstrong.evaluation.web;

import java.io.IOException;

import cn.tenstrong.evaluation.DeclarationImportException;
import cn.tenstrong.evaluation.DeclarationTemplates;
import cn.tenstrong.evaluation.EvaluationEvidence;
import cn.tenstrong.evaluation.EvaluationRounds;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.web.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The files of a declaration on the round page: the 申报模板 (download, import with every error listed on the page)
 * and the 申报材料 (upload, download, delete). Rights and stages are the services'; a refusal is shown on the page.
 */
@Controller
@PreAuthorize("hasAuthority('evaluation:round:read')")
class DeclarationFilesPages {

    private final DeclarationTemplates templates;
    private final EvaluationEvidence evidence;
    private final EvaluationRounds rounds;

    DeclarationFilesPages(DeclarationTemplates templates, EvaluationEvidence evidence, EvaluationRounds rounds) {
        this.templates = templates;
        this.evidence = evidence;
        this.rounds = rounds;
    }

    @GetMapping("/evaluations/rounds/{id}/declaration-template.xlsx")
    @PreAuthorize("hasAuthority('evaluation:declaration:write')")
    ResponseEntity<byte[]> template(@PathVariable long id) {
        String name = rounds.round(id).name();
        return Downloads.xlsx(templates.template(id), name + "-申报模板.xlsx");
    }

    @PostMapping("/evaluations/rounds/{id}/declaration-template")
    @PreAuthorize("hasAuthority('evaluation:declaration:write')")
    String importTemplate(@PathVariable long id, @RequestParam("file") MultipartFile file,
                          RedirectAttributes redirect) throws IOException {
        try {
            int applied = templates.importTemplate(id, file.getBytes());
            redirect.addFlashAttribute("imported", applied);
        } catch (DeclarationImportException refused) {
            redirect.addFlashAttribute("importErrors", refused.errors());
        } catch (DomainException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/evaluations/rounds/" + id;
    }

    @PostMapping("/evaluations/rounds/{id}/subjects/{subjectId}/evidence")
    @PreAuthorize("hasAuthority('evaluation:declaration:write')")
    String upload(@PathVariable long id, @PathVariable long subjectId, @RequestParam("file") MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        byte[] content = file.getBytes();
        return EvaluationPages.act(id, redirect, "evaluation.done.evidenceAdded",
                () -> evidence.upload(id, subjectId, file.getOriginalFilename(), content));
    }

    @GetMapping("/evaluations/rounds/{id}/subjects/{subjectId}/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long subjectId,
                                    @PathVariable long evidenceId) {
        EvaluationEvidence.EvidenceContent c = evidence.download(id, subjectId, evidenceId);
        return Downloads.attachment(c.content(), c.name(), MediaType.parseMediaType(c.contentType()));
    }

    @PostMapping("/evaluations/rounds/{id}/subjects/{subjectId}/evidence/{evidenceId}/delete")
    @PreAuthorize("hasAuthority('evaluation:declaration:write')")
    String delete(@PathVariable long id, @PathVariable long subjectId, @PathVariable long evidenceId,
                  RedirectAttributes redirect) {
        return EvaluationPages.act(id, redirect, "evaluation.done.evidenceDeleted", () -> {
            evidence.delete(id, subjectId, evidenceId);
            return null;
        });
    }
}
