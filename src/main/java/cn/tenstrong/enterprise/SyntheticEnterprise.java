package cn.tenstrong.enterprise;

import java.time.LocalDate;
import java.util.Set;

/**
 * 模拟企业: a generated enterprise for demos and scale tests; never real. The name carries the
 * "（模拟）" marker and {@link #synthetic()} is always true, so the data says what it is wherever it goes.
 *
 * @param index               position in the generator's sequence (the same index always gives the same enterprise)
 * @param uscc                统一社会信用代码, structurally valid with correct check characters
 * @param name                企业名称, ending in "（模拟）"
 * @param regionCode          登记机关行政区划码 (GB/T 2260)
 * @param regionName          e.g. 山东省济南市历下区 or 江苏省苏州市
 * @param industryCode        国民经济行业代码 (GB/T 4754-2017 4-digit class)
 * @param sourceChainCode     the chain whose vocabulary made the texts, or {@code null} for an off-chain enterprise
 * @param sourceSegmentCode   the leaf segment whose vocabulary made the texts, or {@code null}
 * @param businessScope       经营范围
 * @param mainProducts        主营产品
 * @param registeredCapital   注册资本, 万元
 * @param revenue             营业收入, 万元 (last year)
 * @param employees           从业人员
 * @param foundedOn           成立日期
 * @param tags                荣誉与资质标签
 * @param synthetic           always true
 */
public record SyntheticEnterprise(long index, String uscc, String name, String regionCode, String regionName,
                                  String industryCode, String sourceChainCode, String sourceSegmentCode,
                                  String businessScope, String mainProducts, long registeredCapital, long revenue,
                                  int employees, LocalDate foundedOn, Set<EnterpriseTag> tags, boolean synthetic) {

    /** Marker appended to every synthetic name. */
    public static final String MARKER = "（模拟）";

    public SyntheticEnterprise {
        tags = Set.copyOf(tags);
    }

    /** "chainCode/segmentCode" of the vocabulary used, or {@code null}. */
    public String sourceQualifiedSegment() {
        return sourceChainCode == null ? null : sourceChainCode + "/" + sourceSegmentCode;
    }
}
