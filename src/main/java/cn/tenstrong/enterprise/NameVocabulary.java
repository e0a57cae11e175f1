package cn.tenstrong.enterprise;

import java.util.List;
import java.util.Map;

/** 企业名称用字: 字号 characters and the 行业特点 word for each GB/T 4754 division. */
final class NameVocabulary {

    /** Characters common in real 字号; two are drawn per name. */
    static final String TRADE_NAME_CHARS =
            "华鑫恒瑞泰鼎诚宏盛联创达丰远润嘉祥锐通正博海金科新源力德信永安昌隆兴汇中天宇航明晟康益凯美升利邦合亿众聚辰星耀" +
            "卓越宝富东方北南齐鲁岳峰泉林森禾晨阳光辉腾威豪晶润钧铭";

    /** 行业特点 words by GB/T division (2 digits); a name picks one of them. */
    private static final Map<String, List<String>> BY_DIVISION = Map.ofEntries(
            Map.entry("01", List.of("农业科技", "农业发展", "生态农业")), Map.entry("02", List.of("林业")),
            Map.entry("03", List.of("牧业", "畜牧科技", "养殖")), Map.entry("04", List.of("水产", "海洋渔业")),
            Map.entry("05", List.of("农业服务", "农机服务")), Map.entry("06", List.of("煤业")),
            Map.entry("07", List.of("石油")), Map.entry("09", List.of("矿业")), Map.entry("10", List.of("矿业", "盐业")),
            Map.entry("13", List.of("食品", "粮油", "饲料")), Map.entry("14", List.of("食品", "乳业")),
            Map.entry("15", List.of("酒业", "酿酒", "葡萄酒")), Map.entry("17", List.of("纺织", "家纺")),
            Map.entry("18", List.of("服饰", "服装")), Map.entry("19", List.of("鞋业", "皮革")),
            Map.entry("20", List.of("木业")), Map.entry("21", List.of("家具", "家居")),
            Map.entry("22", List.of("纸业", "包装")), Map.entry("23", List.of("印务", "印刷")),
            Map.entry("24", List.of("工艺品", "文化用品")), Map.entry("25", List.of("石化", "能源")),
            Map.entry("26", List.of("化工", "新材料", "化学")), Map.entry("27", List.of("药业", "生物科技", "制药")),
            Map.entry("28", List.of("化纤", "纤维")), Map.entry("29", List.of("橡胶", "轮胎", "塑业")),
            Map.entry("30", List.of("建材", "新材料")), Map.entry("31", List.of("钢铁", "金属材料")),
            Map.entry("32", List.of("铝业", "金属材料", "新材料")), Map.entry("33", List.of("金属制品", "五金")),
            Map.entry("34", List.of("机械", "精密机械", "装备")), Map.entry("35", List.of("机械", "装备", "智能装备")),
            Map.entry("36", List.of("汽车零部件", "汽车", "车业")), Map.entry("37", List.of("装备", "船舶", "轨道交通装备")),
            Map.entry("38", List.of("电气", "新能源", "电器")), Map.entry("39", List.of("电子科技", "电子", "微电子", "智能科技")),
            Map.entry("40", List.of("仪器", "仪表")), Map.entry("42", List.of("再生资源", "环保科技")),
            Map.entry("43", List.of("设备维修")), Map.entry("44", List.of("能源", "电力", "新能源")),
            Map.entry("45", List.of("燃气", "能源")), Map.entry("46", List.of("水务", "环境科技")),
            Map.entry("47", List.of("建设")), Map.entry("48", List.of("工程", "建设")), Map.entry("49", List.of("安装工程")),
            Map.entry("50", List.of("装饰工程")), Map.entry("51", List.of("商贸", "贸易")), Map.entry("52", List.of("商贸", "商业")),
            Map.entry("53", List.of("铁路运输")), Map.entry("54", List.of("物流", "运输")), Map.entry("55", List.of("航运", "港务")),
            Map.entry("56", List.of("航空")), Map.entry("58", List.of("物流", "国际货运代理")), Map.entry("59", List.of("仓储", "冷链物流")),
            Map.entry("61", List.of("酒店管理", "旅游发展")), Map.entry("62", List.of("餐饮管理", "餐饮")),
            Map.entry("63", List.of("广电网络", "通信")), Map.entry("64", List.of("网络科技", "互联网科技")),
            Map.entry("65", List.of("信息技术", "软件", "数字科技", "网络科技")), Map.entry("66", List.of("金融服务", "融资租赁")),
            Map.entry("67", List.of("投资管理", "私募基金管理", "创业投资")), Map.entry("68", List.of("保险代理", "保险经纪")),
            Map.entry("69", List.of("金融信息服务", "资产管理")), Map.entry("70", List.of("置业", "房地产开发")),
            Map.entry("71", List.of("租赁")), Map.entry("72", List.of("商务服务", "会展服务", "企业管理咨询")),
            Map.entry("73", List.of("研究院", "科技")), Map.entry("74", List.of("检测技术", "设计", "工程技术")),
            Map.entry("75", List.of("科技", "技术服务")), Map.entry("77", List.of("环保科技", "生态环境")),
            Map.entry("78", List.of("公用设施管理", "旅游开发")), Map.entry("80", List.of("家政服务", "养生")),
            Map.entry("83", List.of("教育科技", "培训")), Map.entry("84", List.of("医疗", "医院管理")),
            Map.entry("85", List.of("养老服务", "健康管理")), Map.entry("86", List.of("出版", "文化传媒")),
            Map.entry("87", List.of("影视文化", "传媒")), Map.entry("88", List.of("文化艺术", "演艺")),
            Map.entry("89", List.of("体育文化")), Map.entry("90", List.of("文化娱乐", "文旅发展")));

    /** Groups whose division word would mislead (a shipyard is not 轨道交通装备). */
    private static final Map<String, List<String>> BY_GROUP = Map.of(
            "371", List.of("轨道交通装备", "机车车辆"), "372", List.of("轨道交通装备"),
            "373", List.of("船舶", "海洋工程", "船业"), "374", List.of("航空科技", "航天科技"),
            "384", List.of("电池", "新能源科技"), "382", List.of("电气", "输变电设备"),
            "397", List.of("半导体", "微电子", "电子科技"), "651", List.of("软件", "信息技术"),
            "652", List.of("微电子", "芯片设计"));

    private NameVocabulary() {
    }

    /** Candidate 行业特点 words for a 4-digit class; 科技 when the division has none. */
    static List<String> industryWords(String classCode) {
        List<String> byGroup = BY_GROUP.get(classCode.substring(0, 3));
        return byGroup != null ? byGroup : BY_DIVISION.getOrDefault(classCode.substring(0, 2), List.of("科技"));
    }

    /**
     * Enterprises outside every chain, so that placement can be tested against things that must not match:
     * class code, 行业特点 word, 经营范围, 主营产品.
     */
    static final List<List<String>> OFF_CHAIN = List.of(
            List.of("1411", "食品", "糕点、面包制造（不含现场制售）；食品销售；餐饮服务", "面包、蛋糕、月饼"),
            List.of("6210", "餐饮管理", "餐饮服务；餐饮管理；食品销售；外卖递送服务", "中式正餐"),
            List.of("7010", "置业", "房地产开发经营；物业管理；房屋租赁；停车场服务", "商品住宅"),
            List.of("7020", "物业管理", "物业管理；家政服务；园林绿化工程施工；停车场服务", "物业服务"),
            List.of("5212", "商贸", "日用百货销售；食品销售；烟草制品零售；超级市场零售", "超市零售"),
            List.of("4790", "建设", "房屋建筑和市政基础设施项目工程总承包；土石方工程施工；劳务分包", "房屋建筑施工"),
            List.of("8040", "美容美发", "理发服务；生活美容服务；化妆品零售", "美容美发服务"),
            List.of("7263", "人力资源", "劳务派遣服务；职业中介活动；人力资源服务", "劳务派遣"),
            List.of("5436", "物流", "道路货物运输（不含危险货物）；普通货物仓储服务；国内货物运输代理", "普通货运"),
            List.of("8393", "教育科技", "文化艺术培训；教育咨询服务；组织文化艺术交流活动", "艺术培训"));
}
