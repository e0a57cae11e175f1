package cn.tenstrong.targeting.internal;

import java.math.BigDecimal;
import java.util.Map;

import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.enterprise.RelationKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * {@code platform.targeting}: the recommendation weights, a default and per chain
 * ({@code platform.targeting.weights.chains.<chainCode>}, any field left out is taken from the default), and the
 * share of a tag's points a self-reported (自述, not yet confirmed) honour earns.
 *
 * @param selfReportedShare 0..1, {@code platform.targeting.self-reported-share}
 */
@ConfigurationProperties("platform.targeting")
record TargetingProperties(@DefaultValue Weights weights, @DefaultValue("0.5") BigDecimal selfReportedShare,
                           @DefaultValue Scoring scoring) {

    TargetingProperties {
        if (selfReportedShare.signum() < 0 || selfReportedShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("platform.targeting.self-reported-share 应在0到1之间：" + selfReportedShare);
        }
    }

    /**
     * {@code platform.targeting.scoring}: how a factor's share of its maximum is measured (the same for all chains).
     *
     * @param productFullShare  产品匹配: a matching product with this share of revenue (or more) earns all the points,
     *                          a smaller share proportionally less
     * @param descriptionWords  主营描述: this many of the segment's words found earn all the points
     * @param revenueFloor      规模: 营业收入 (万元) at which the revenue part starts (log scale)
     * @param revenueFull       规模: 营业收入 (万元) at which it is full
     * @param employeesFloor    规模: 员工数 at which the employee part starts (log scale)
     * @param employeesFull     规模: 员工数 at which it is full
     * @param employeeShare     规模: the employees' part of the scale points (the rest is revenue's)
     */
    record Scoring(@DefaultValue("0.3") BigDecimal productFullShare, @DefaultValue("3") int descriptionWords,
                   @DefaultValue("1000") BigDecimal revenueFloor, @DefaultValue("1000000") BigDecimal revenueFull,
                   @DefaultValue("10") int employeesFloor, @DefaultValue("10000") int employeesFull,
                   @DefaultValue("0.3") BigDecimal employeeShare) {

        Scoring {
            String where = "platform.targeting.scoring.";
            if (productFullShare.signum() <= 0 || productFullShare.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException(where + "product-full-share 应大于0且不超过1：" + productFullShare);
            }
            if (descriptionWords < 1) {
                throw new IllegalArgumentException(where + "description-words 应至少为1：" + descriptionWords);
            }
            if (revenueFloor.signum() <= 0 || revenueFull.compareTo(revenueFloor) <= 0) {
                throw new IllegalArgumentException(where + "revenue-floor 应大于0且小于 revenue-full");
            }
            if (employeesFloor <= 0 || employeesFull <= employeesFloor) {
                throw new IllegalArgumentException(where + "employees-floor 应大于0且小于 employees-full");
            }
            if (employeeShare.signum() < 0 || employeeShare.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException(where + "employee-share 应在0到1之间：" + employeeShare);
            }
        }
    }

    /** The default weights and the chains' overrides. */
    record Weights(@Name("default") @DefaultValue FactorWeights defaults, Map<String, FactorWeights> chains) {

        Weights {
            chains = chains == null ? Map.of() : Map.copyOf(chains);
        }
    }

    /**
     * Factor maxima (should add up to 100: 产品匹配, 主营描述, 行业代码, 荣誉标签, 规模, 供应链关系), points per tag, the share of the code points for a group or division
     * match, and the share of the relation points each local partner earns by relation type. Null: not set here.
     */
    record FactorWeights(Integer product, Integer description, Integer code, Integer tags, Integer scale, Integer relations,
                         Map<EnterpriseTag, Integer> tagPoints, CodeShares codeShares,
                         Map<RelationKind, BigDecimal> relationShares) {
    }

    /** Share of the 行业代码 points for a 中类 (group) or 大类 (division) match; a 小类 match earns all. */
    record CodeShares(BigDecimal sameGroup, BigDecimal sameDivision) {
    }
}
