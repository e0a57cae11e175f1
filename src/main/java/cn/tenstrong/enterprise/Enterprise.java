package cn.tenstrong.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * 企业 in the library.
 *
 * @param id                id
 * @param uscc              统一社会信用代码; {@code null} for enterprises named by the action plans (no code is invented)
 * @param name              企业名称
 * @param regionCode        登记地区 (GB/T 2260), may be {@code null} when unknown
 * @param regionName        e.g. 山东省济南市历下区
 * @param local             registered in Shandong
 * @param industryCode      国民经济行业代码 (GB/T 4754-2017, without the section letter), may be {@code null}
 * @param industryName      its name
 * @param registeredCapital 注册资本, 万元
 * @param foundedOn         成立日期
 * @param businessScope     经营范围
 * @param mainProducts      主营产品
 * @param tags              荣誉与资质标签
 * @param revenue           营业收入, 万元
 * @param employees         员工数
 * @param source            where the record came from
 * @param synthetic         模拟数据
 * @param needsReview       flagged for review (e.g. the USCC check digit fails)
 * @param reviewNote        why it is flagged
 * @param version           optimistic-lock version
 * @param listing           股票代码、交易所、板块、上市日期; {@code null} for an unlisted enterprise
 * @param swIndustryCode    申万行业分类 (SW2021) code, six digits, may be {@code null}
 * @param swIndustryName    its 一级/二级/三级 names
 * @param revenueYear       the fiscal year {@code revenue} is for, may be {@code null}
 * @param provenance        where the values came from and how old they are (empty when entered by hand)
 * @param claimedTags       tags only self-reported so far (自述, not confirmed by a task force), not in {@code tags}
 */
public record Enterprise(long id, String uscc, String name, String regionCode, String regionName, boolean local,
                         String industryCode, String industryName, BigDecimal registeredCapital, LocalDate foundedOn,
                         String businessScope, String mainProducts, Set<EnterpriseTag> tags, BigDecimal revenue,
                         Integer employees, EnterpriseSource source, boolean synthetic, boolean needsReview,
                         String reviewNote, int version, EnterpriseListing listing, String swIndustryCode,
                         String swIndustryName, Integer revenueYear, String provenance, Set<EnterpriseTag> claimedTags) {

    public Enterprise {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        claimedTags = claimedTags == null ? Set.of() : Set.copyOf(claimedTags);
        swIndustryName = swIndustryName == null ? "" : swIndustryName;
        provenance = provenance == null ? "" : provenance;
    }

    /** An enterprise without listing, SW industry or provenance (hand-entered or generated). */
    public Enterprise(long id, String uscc, String name, String regionCode, String regionName, boolean local,
                      String industryCode, String industryName, BigDecimal registeredCapital, LocalDate foundedOn,
                      String businessScope, String mainProducts, Set<EnterpriseTag> tags, BigDecimal revenue,
                      Integer employees, EnterpriseSource source, boolean synthetic, boolean needsReview,
                      String reviewNote, int version) {
        this(id, uscc, name, regionCode, regionName, local, industryCode, industryName, registeredCapital, foundedOn,
                businessScope, mainProducts, tags, revenue, employees, source, synthetic, needsReview, reviewNote, version,
                null, null, "", null, "", Set.of());
    }

    /** Self-reported tag labels in enum order, for display (自述). */
    public java.util.List<String> claimedTagLabels() {
        return java.util.Arrays.stream(EnterpriseTag.values()).filter(claimedTags::contains).map(EnterpriseTag::label)
                .toList();
    }

    /** 股票代码, or {@code null}. */
    public String stockCode() {
        return listing == null ? null : listing.stockCode();
    }

    /** Tag labels in enum order, for display. */
    public java.util.List<String> tagLabels() {
        return java.util.Arrays.stream(EnterpriseTag.values()).filter(tags::contains).map(EnterpriseTag::label).toList();
    }
}
