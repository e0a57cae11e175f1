package cn.tenstrong.plan;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.tenstrong.shared.DomainException;

/**
 * 命令行 {@code import FILE}: stores a plan document in the platform's database (all or nothing) and
 * prints what changed; for a revision, the proposed item successions (条目衔接) are accepted and printed. Runs inside a started platform context without its web server.
 */
public final class ImportCommand {

    private final PlanImports imports;

    public ImportCommand(PlanImports imports) {
        this.imports = imports;
    }

    /** @return 0 when stored (or already stored), 1 when the document was refused, 2 when the file is missing */
    public int run(Path file, PrintStream out, PrintStream err) {
        if (file == null || !Files.isRegularFile(file)) {
            err.println("错误：文件不存在：" + file);
            return 2;
        }
        try {
            if (Files.size(file) > PlanParser.MAX_FILE_BYTES) {
                err.println("错误：文件过大，最大允许 50 MB");
                return 1;
            }
            ImportPreview preview = imports.upload(Files.readAllBytes(file), file.getFileName().toString());
            for (ImportPreview.PlanChange plan : preview.plans()) {
                out.printf("%s\t%s\t%d 项\t%s%n", action(plan.action()), plan.title(), plan.items(),
                        plan.changes().isEmpty() ? "" : plan.changes().size() + " 处变化");
            }
            preview.warnings().forEach(w -> out.println("提示：" + w));
            // the command has no mapping step of its own: the proposed successions are accepted as they are
            ImportResult result = imports.commit(preview.draftId());
            for (ItemSuccession s : result.successions()) {
                out.printf("条目衔接\t%s → %s\t相似度 %d%%%n", s.fromLabel(), s.toLabel(), Math.round(s.similarity() * 100));
            }
            if (preview.alreadyImported()) {
                out.println("此文件此前已导入，未作任何修改。");
            } else {
                out.printf("导入完成：新增 %d 个计划、%d 个条目；替换 %d 个计划；%d 个计划内容未变；%d 个新单位待核实。%n",
                        result.createdPlanIds().size(), result.items(), result.supersededPlanIds().size(),
                        result.unchangedPlans(), result.newAgencies().size());
            }
            return 0;
        } catch (DomainException | PlanDocumentException e) {
            err.println("错误：" + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("错误：无法读取文件：" + e.getMessage());
            return 1;
        }
    }

    private static String action(ImportPreview.Action action) {
        return switch (action) {
            case NEW -> "新增";
            case UNCHANGED -> "未变";
            case REVISED -> "修订";
        };
    }
}
