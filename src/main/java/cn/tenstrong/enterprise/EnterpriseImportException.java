package cn.tenstrong.enterprise;

import java.util.List;

import cn.tenstrong.shared.DomainException;

/** An import file has errors; nothing was stored. The message lists the first errors with row and column. */
public class EnterpriseImportException extends DomainException {

    private final transient List<ImportError> errors;

    public EnterpriseImportException(List<ImportError> errors) {
        super(Kind.INVALID, message(errors));
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }

    private static String message(List<ImportError> errors) {
        StringBuilder b = new StringBuilder("导入文件有" + errors.size() + "处错误，未导入任何数据：");
        for (int i = 0; i < Math.min(errors.size(), 20); i++) {
            b.append(i == 0 ? "" : "；").append(errors.get(i).text());
        }
        if (errors.size() > 20) {
            b.append("……");
        }
        return b.toString();
    }
}
