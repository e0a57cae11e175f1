package cn.tenstrong.project;

import java.util.List;

import cn.tenstrong.shared.DomainException;

/** An import refused as a whole, with every row's problems. */
public class ProjectImportException extends DomainException {

    /** One problem: spreadsheet row (1-based, the header is row 1) and column title. */
    public record RowError(int row, String column, String message) {
    }

    private final transient List<RowError> errors;

    public ProjectImportException(List<RowError> errors) {
        super(Kind.INVALID, "导入文件有 " + errors.size() + " 处错误，未导入任何项目");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
