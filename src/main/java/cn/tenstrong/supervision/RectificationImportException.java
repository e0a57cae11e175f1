package cn.tenstrong.supervision;

import java.util.List;

import cn.tenstrong.shared.DomainException;

/** A 整改台账 import refused as a whole, with every row's problems. */
public class RectificationImportException extends DomainException {

    /** One problem: spreadsheet row (1-based as Excel shows it) and column title. */
    public record RowError(int row, String column, String message) {
    }

    private final transient List<RowError> errors;

    public RectificationImportException(List<RowError> errors) {
        super(Kind.INVALID, "导入文件有 " + errors.size() + " 处错误，未导入任何整改进展");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
