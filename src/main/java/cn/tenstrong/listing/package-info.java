/**
 * 上市后备资源库: Shandong enterprises marked as listing candidates, their stage (培育 → 辅导备案 → 申报受理 → 审核通过 →
 * 上市) with the date of each stage, closed automatically by the listed-company data (an enterprise with a stock code
 * and a 上市日期 is 上市 on that day), counts per stage, city and industry as of a day, and the 新增上市公司 binding kind.
 *
 * <p>Public API: {@link cn.tenstrong.listing.ListingCandidates} and its records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "上市后备资源库",
        allowedDependencies = {"access", "audit", "enterprise", "org", "project", "shared"})
package cn.tenstrong.listing;
