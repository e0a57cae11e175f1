package cn.tenstrong.enterprise;

import java.math.BigDecimal;
import java.util.List;

/**
 * 链主 assignment with its basis (chain/chain-leaders.csv): either the seed names the enterprise (链主, 领航型,
 * 领军 …) or it has the largest FY2024 revenue among the Shandong listed companies making the chain's products.
 * It applies to the enterprise rows that carry its stock code or name, once each.
 *
 * @param id            id
 * @param chainCode     the chain
 * @param segmentCode   the segment it leads on
 * @param name          full legal name (empty when only the seed's short name is known)
 * @param stockCode     stock code, e.g. 600309.SH (empty for unlisted enterprises)
 * @param seedName      the name as the seed writes it, or the stock's short name
 * @param basisKind     行动计划 or 上市公司数据
 * @param basis         the seed sentence with its line, or the figure that makes it the leader
 * @param seedLine      seed line for a seed basis
 * @param revenue       FY revenue in 万元 for a listed-company basis
 * @param revenueYear   its year
 * @param matchedTerm   the seed's word for it (链主企业 …) or the chain product its main business names
 * @param enterpriseIds enterprise rows it was applied to (empty until the enterprise is in the library)
 */
public record ChainLeader(long id, String chainCode, String segmentCode, String name, String stockCode, String seedName,
                          Basis basisKind, String basis, Integer seedLine, BigDecimal revenue, Integer revenueYear,
                          String matchedTerm, List<Long> enterpriseIds) {

    public ChainLeader {
        enterpriseIds = List.copyOf(enterpriseIds);
    }

    /** Kind of basis. */
    public enum Basis {
        /** 行动计划点名. */
        SEED("行动计划"),
        /** 上市公司数据. */
        LISTED("上市公司数据");

        private final String label;

        Basis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The name to show: the full name, else the seed's. */
    public String displayName() {
        return name.isEmpty() ? seedName : name;
    }

    /** The basis as shown: its kind first (行动计划…/上市公司数据：…), unless the stored text already starts with it. */
    public String describedBasis() {
        return basis.startsWith(basisKind.label()) ? basis : basisKind.label() + "：" + basis;
    }
}
