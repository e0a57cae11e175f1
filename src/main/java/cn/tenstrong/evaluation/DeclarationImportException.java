package cn.tenstrong.evaluation;

import java.util.List;

import cn.tenstrong.shared.DomainException;

/** A 申报模板 had errors; nothing was stored. {@link #errors()} lists them in Chinese with row and column. */
public class DeclarationImportException extends DomainException {

    private final transient List<String> errors;

    public DeclarationImportException(List<String> errors) {
        super(Kind.INVALID, message(errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }

    private static String message(List<String> errors) {
        StringBuilder b = new StringBuilder("申报模板有" + errors.size() + "处错误，未导入任何数据：");
        for (int i = 0; i < Math.min(errors.size(), 20); i++) {
            b.append(i == 0 ? "" : "；").append(errors.get(i));
        }
        return b.append(errors.size() > 20 ? "……" : "").toString();
    }
}
