package cn.tenstrong.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * 申报: the form-entered values (by leaf code) and the declared flags (否决事项、直通条件), with the subject's version
 * as read.
 */
public record Declaration(Map<String, BigDecimal> values, List<String> flags, int version) {
}
