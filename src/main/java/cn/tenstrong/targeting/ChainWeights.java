package cn.tenstrong.targeting;

import java.math.BigDecimal;
import java.util.Map;

import cn.tenstrong.enterprise.EnterpriseTag;
import cn.tenstrong.enterprise.RelationKind;

/**
 * The recommendation weights in force for a chain. The six factor maxima add up to 100.
 *
 * @param product        产品匹配 maximum (a product naming the segment earns it by the product's revenue share)
 * @param description    主营描述 maximum (the segment's words in name, 主营业务 and 经营范围)
 * @param code           行业代码 maximum (a GB/T class match earns all of it)
 * @param tags           荣誉标签 maximum (the tags' points are added up to it)
 * @param scale          规模 maximum
 * @param relations      供应链关系 maximum
 * @param tagPoints      points per honour tag
 * @param sameGroup      share of {@code code} for the same GB/T group (中类)
 * @param sameDivision   share of {@code code} for the same GB/T division (大类)
 * @param relationShares share of {@code relations} each local 链主/骨干 partner earns, by relation type (capped at 1)
 * @param source         where the weights come from
 * @param version        the task force's override version (0 when there is none)
 */
public record ChainWeights(String chainCode, int product, int description, int code, int tags, int scale, int relations,
                           Map<EnterpriseTag, Integer> tagPoints, BigDecimal sameGroup, BigDecimal sameDivision,
                           Map<RelationKind, BigDecimal> relationShares, Source source, int version) {

    /** 默认权重 (application.yml), 本链配置 (application.yml per chain), or 专班设置 (stored, edited in the UI). */
    public enum Source {
        DEFAULT("默认权重"), CONFIGURATION("配置文件中的本链权重"), TASK_FORCE("产业专班设置");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ChainWeights {
        tagPoints = Map.copyOf(tagPoints);
        relationShares = Map.copyOf(relationShares);
    }

    public int total() {
        return product + description + code + tags + scale + relations;
    }

    /** Points of a tag, 0 when it earns none. */
    public int tagPoint(EnterpriseTag tag) {
        return tagPoints.getOrDefault(tag, 0);
    }
}
