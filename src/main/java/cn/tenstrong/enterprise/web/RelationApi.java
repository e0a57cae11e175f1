package cn.tenstrong.enterprise.web;

import java.io.IOException;
import java.util.List;

import cn.tenstrong.enterprise.EnterpriseLibrary;
import cn.tenstrong.enterprise.EnterpriseRelation;
import cn.tenstrong.enterprise.EnterpriseRelations;
import cn.tenstrong.enterprise.RelationImportResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** JSON API of enterprise relations. */
@RestController
@RequestMapping("/api/enterprises")
@Tag(name = "企业关系", description = "企业之间的供应/采购、投资、合作关系：导入（CSV/XLSX）与查询")
class RelationApi {

    private final EnterpriseRelations relations;
    private final EnterpriseLibrary library;

    RelationApi(EnterpriseRelations relations, EnterpriseLibrary library) {
        this.relations = relations;
        this.library = library;
    }

    @PostMapping(path = "/relations/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('enterprise:enterprise:write')")
    @Operation(summary = "导入企业关系（.csv 或 .xlsx，格式见模板）：供方、需方按统一社会信用代码或企业全称匹配企业库；"
            + "同两家企业同一关系类型再次导入时更新；任一行有错则全部不导入，错误指明行和列")
    RelationImportResult importFile(@RequestPart("file") MultipartFile file) throws IOException {
        return relations.importFile(file.getBytes(), file.getOriginalFilename());
    }

    @GetMapping("/relations/template")
    @PreAuthorize("hasAuthority('enterprise:enterprise:read')")
    @Operation(summary = "下载企业关系导入模板（xlsx）")
    ResponseEntity<byte[]> template() {
        return Xlsx.download("企业关系导入模板.xlsx", relations.importTemplate());
    }

    @GetMapping("/{id}/relations")
    @PreAuthorize("hasAuthority('enterprise:enterprise:read')")
    @Operation(summary = "企业的供应链关系（作为供方或需方、投资方或被投资方、合作方）")
    List<EnterpriseRelation> relations(@PathVariable long id) {
        library.require(id);
        return relations.involving(List.of(id));
    }
}
