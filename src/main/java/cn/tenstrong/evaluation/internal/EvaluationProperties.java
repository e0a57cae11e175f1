package cn.tenstrong.evaluation.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * 评价模块设置 ({@code platform.evaluation}).
 *
 * @param evidence        申报材料 limits
 * @param templateMaxRows the most data rows a 申报模板 import may hold (one per subject)
 */
@ConfigurationProperties("platform.evaluation")
record EvaluationProperties(@DefaultValue Evidence evidence, @DefaultValue("5000") int templateMaxRows) {

    EvaluationProperties {
        if (templateMaxRows < 1) {
            throw new IllegalArgumentException("platform.evaluation.template-max-rows must be at least 1");
        }
    }

    /**
     * 申报材料.
     *
     * @param maxSize            the largest file accepted
     * @param maxFilesPerSubject the most files one declaration may carry
     * @param types              the file types accepted, by extension (each checked against the file's content)
     */
    record Evidence(@DefaultValue("20MB") DataSize maxSize, @DefaultValue("20") int maxFilesPerSubject,
                    @DefaultValue({"pdf", "ofd", "doc", "docx", "xls", "xlsx", "jpg", "jpeg", "png", "zip"})
                    List<String> types) {

        Evidence {
            if (maxSize.toBytes() < 1 || maxFilesPerSubject < 1 || types.isEmpty()) {
                throw new IllegalArgumentException("platform.evaluation.evidence: size, count and types must be set");
            }
            types = types.stream().map(t -> t.trim().toLowerCase(Locale.ROOT)).toList();
        }
    }
}
