package cn.tenstrong.chain;

/**
 * 十强产业 (one industry, i.e. one action plan or sub-plan).
 *
 * @param code      the platform's industry code ("01".."11", "0901" 文化创意, "0902" 精品旅游)
 * @param name      e.g. 新一代信息技术
 * @param planTitle the plan's title in the seed, e.g. 新一代信息技术产业2022年行动计划
 */
public record Industry(String code, String name, String planTitle) {
}
