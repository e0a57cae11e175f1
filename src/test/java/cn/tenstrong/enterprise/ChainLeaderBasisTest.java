package cn.tenstrong.enterprise;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The 链主 basis reads with its kind once, whether or not the catalog's text already starts with it. */
class ChainLeaderBasisTest {

    private static ChainLeader leader(ChainLeader.Basis kind, String basis) {
        return new ChainLeader(1, "automobile", "engine", "潍柴动力股份有限公司", "000338.SZ", "潍柴", kind, basis,
                null, BigDecimal.ONE, 2024, "发动机", List.of());
    }

    @Test
    void listedBasisCarriesItsKindOnce() {
        assertThat(leader(ChainLeader.Basis.LISTED, "上市公司数据：主营业务含本链产品名称").describedBasis())
                .isEqualTo("上市公司数据：主营业务含本链产品名称");
        assertThat(leader(ChainLeader.Basis.LISTED, "主营业务含本链产品名称").describedBasis())
                .isEqualTo("上市公司数据：主营业务含本链产品名称");
    }

    @Test
    void seedBasisKeepsItsSentence() {
        assertThat(leader(ChainLeader.Basis.SEED, "行动计划第109行点名为链主企业：依托潍柴").describedBasis())
                .isEqualTo("行动计划第109行点名为链主企业：依托潍柴");
    }
}
