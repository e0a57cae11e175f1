package cn.tenstrong.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 企业信息修改 (API and profile page); {@code version} must be the version that was read.
 *
 * @param version           the version the editor saw
 * @param name              企业名称
 * @param region            地区: a 6-digit code or a name
 * @param industryCode      行业代码 (GB/T 4754-2017)
 * @param registeredCapital 注册资本, 万元
 * @param foundedOn         成立日期
 * @param businessScope     经营范围
 * @param mainProducts      主营产品
 * @param tags              标签 (Chinese labels)
 * @param revenue           营业收入, 万元
 * @param employees         员工数
 */
public record EnterpriseChange(int version, String name, String region, String industryCode,
                               BigDecimal registeredCapital, LocalDate foundedOn, String businessScope,
                               String mainProducts, List<String> tags, BigDecimal revenue, Integer employees) {
}
