package cn.tenstrong.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Numbers as officials write them, read and written back. */
class AmountTest {

    @Test
    void readsWhatOfficialsType() {
        assertThat(Amount.parse("1.2万亿").value()).isEqualByComparingTo("1200000000000");
        assertThat(Amount.parse("3,500万").value()).isEqualByComparingTo("35000000");
        assertThat(Amount.parse("3，500万").value()).isEqualByComparingTo("35000000");
        Amount yuan = Amount.parse("250亿元");
        assertThat(yuan.value()).isEqualByComparingTo("25000000000");
        assertThat(yuan.unit()).isEqualTo("元");
        assertThat(yuan.scale()).isEqualTo(Amount.Scale.YI);
        assertThat(Amount.parse("30%").value()).isEqualByComparingTo("30");
        assertThat(Amount.parse("３０％").unit()).isEqualTo("%");
        assertThat(Amount.parse("16万个").value()).isEqualByComparingTo("160000");
        assertThat(Amount.parse(" 1.2 万亿 元 ").value()).isEqualByComparingTo("1200000000000");
        assertThat(Amount.parse("300万千瓦").unit()).isEqualTo("千瓦");
        assertThat(Amount.parse("1200000000000").value().toPlainString()).isEqualTo("1200000000000");
    }

    @Test
    void refusesWhatIsNotANumberOrNotInTheFieldsUnit() {
        assertThatThrownBy(() -> Amount.parse("九百亿")).isInstanceOf(DomainException.class).hasMessageContaining("九百亿");
        assertThatThrownBy(() -> Amount.parse("1.2.3万")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Amount.parse("")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Amount.parse("250亿个", "元")).hasMessageContaining("单位应为元");
        assertThat(Amount.parse("250亿", "元").unit()).isEqualTo("元");
        assertThat(Amount.parseOptional("  ", "元")).isEmpty();
    }

    @Test
    void writesValuesInTheirTargetsScale() {
        assertThat(Amount.parse("1.2万亿", "元").display()).isEqualTo("1.2万亿元");
        assertThat(Amount.formatLike(new BigDecimal("334195081275.31"), "元", "1.4万亿元")).isEqualTo("0.3342万亿元");
        assertThat(Amount.formatLike(new BigDecimal("20350000000"), "元", "完成投资250亿元以上")).isEqualTo("203.5亿元");
        assertThat(Amount.formatLike(new BigDecimal("160000"), "个", "16万个")).isEqualTo("16万个");
        assertThat(Amount.formatLike(new BigDecimal("30"), "%", "30%")).isEqualTo("30%");
        assertThat(Amount.format(new BigDecimal("334195081275.31"), "元")).isEqualTo("3341.95亿元");
        assertThat(Amount.format(new BigDecimal("120"), "家")).isEqualTo("120家");
        assertThat(Amount.Scale.writtenIn("到2022年营业收入达到1.4万亿元")).isEqualTo(Amount.Scale.WAN_YI);
        assertThat(Amount.Scale.writtenIn("新增300家")).isEqualTo(Amount.Scale.ONE);
    }
}
