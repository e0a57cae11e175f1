package cn.tenstrong.shared.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.tenstrong.shared.Amount;
import cn.tenstrong.shared.DomainException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 数值预览: what an amount field will save, shown next to the field while typing ({@code static/js/amount-preview.js}),
 * read by the same {@link Amount} parser the form's save uses. Also {@code @amounts} in templates, to show a value in
 * its scale and unit.
 */
@Controller("amounts")
public class AmountPreview {

    /** The parsed value as it will be shown after saving, its plain value, or why it cannot be saved. */
    @GetMapping(path = "/amounts/preview", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> preview(@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String unit,
                                @RequestParam(defaultValue = "") String like) {
        Map<String, Object> answer = new LinkedHashMap<>();
        try {
            var amount = Amount.parseOptional(text, unit);
            answer.put("ok", true);
            amount.ifPresent(a -> {
                answer.put("value", a.value().toPlainString());
                answer.put("display", like.isBlank() ? a.display() : Amount.formatLike(a.value(), unit, like));
            });
        } catch (DomainException e) {
            answer.put("ok", false);
            answer.put("error", e.getMessage());
        }
        return answer;
    }

    /** {@code ${@amounts.format(value, '元')}}: a value in the scale people would choose ("3341.95亿元"). */
    public String format(BigDecimal value, String unit) {
        return Amount.format(value, unit);
    }

    /** {@code ${@amounts.like(value, unit, targetText)}}: a value in the scale its target is written in. */
    public String like(BigDecimal value, String unit, String targetText) {
        return Amount.formatLike(value, unit, targetText);
    }

    /** A stored value as a form field shows it for editing ("1.2万亿"); "" for null. */
    public String input(BigDecimal value, String targetText) {
        if (value == null) {
            return "";
        }
        Amount.Scale scale = targetText == null ? Amount.Scale.natural(value) : Amount.Scale.writtenIn(targetText);
        return Amount.format(value, "", scale);
    }
}
