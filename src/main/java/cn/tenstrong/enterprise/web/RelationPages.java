package cn.tenstrong.enterprise.web;

import java.io.IOException;

import cn.tenstrong.enterprise.EnterpriseImportException;
import cn.tenstrong.enterprise.EnterpriseRelations;
import cn.tenstrong.shared.DomainException;
import cn.tenstrong.shared.web.PageErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** 导入企业关系 page (供应/采购, 投资, 合作). */
@Controller
class RelationPages {

    private final EnterpriseRelations relations;

    RelationPages(EnterpriseRelations relations) {
        this.relations = relations;
    }

    @GetMapping("/enterprises/relations")
    @PreAuthorize("hasAuthority('enterprise:enterprise:write')")
    String form(Model model) {
        model.addAttribute("count", relations.count());
        return "enterprise/relations";
    }

    @PostMapping("/enterprises/relations")
    @PreAuthorize("hasAuthority('enterprise:enterprise:write')")
    String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        if (file.isEmpty()) {
            model.addAttribute("error", "请选择要导入的文件");
        } else {
            try {
                model.addAttribute("result", relations.importFile(file.getBytes(), file.getOriginalFilename()));
            } catch (EnterpriseImportException e) {
                model.addAttribute("error", "导入文件有" + e.errors().size() + "处错误，未导入任何数据");
                model.addAttribute("errors", e.errors());
            } catch (DomainException e) {
                model.addAttribute("error", PageErrors.shown(e));
            }
        }
        model.addAttribute("count", relations.count());
        return "enterprise/relations";
    }

    @GetMapping("/enterprises/relations/template.xlsx")
    @PreAuthorize("hasAuthority('enterprise:enterprise:read')")
    ResponseEntity<byte[]> template() {
        return Xlsx.download("企业关系导入模板.xlsx", relations.importTemplate());
    }
}
