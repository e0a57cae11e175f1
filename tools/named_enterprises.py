"""Builds src/main/resources/chain/named-enterprises.csv from the seed.

Each row's seed_sentence is cut from the seed around the name, so it is verbatim; nothing is invented:
no USCC, no figures. city_basis says whether the seed itself states the city (种子) or it is public
knowledge about the enterprise (公开信息); city is left empty where neither is certain.
Run from the project root: python3 tools/named_enterprises.py
"""
import csv
import re

SEED = "../shared/seed/000_050d520d50a88b50.txt"
OUT = "src/main/resources/chain/named-enterprises.csv"

# name, name as written in the seed (search key), chain, segment, role, seed_term, city, city_basis, plan, note
ROWS = [
    ("潍柴", "潍柴、中国重汽", "automobile", "engine", "链主", "链主企业", "潍坊市", "公开信息", "高端装备", "拳头产品：发动机"),
    ("中国重汽", "潍柴、中国重汽", "automobile", "heavy-truck", "链主", "链主企业", "济南市", "公开信息", "高端装备", "拳头产品：重卡"),
    ("潍柴雷沃", "潍柴雷沃", "agricultural-machinery", "tractor", "链主", "链主企业", "潍坊市", "公开信息", "高端装备", "拳头产品：大马力拖拉机"),
    ("山东临工", "山东临工", "construction-machinery", "excavator", "链主", "链主企业", "临沂市", "公开信息", "高端装备", "拳头产品：液压挖掘机"),
    ("济南二机床", "济南二机床", "cnc-machine-tool", "metal-forming", "链主", "链主企业", "济南市", "种子", "高端装备", "拳头产品：高端数控机床；环节按其大型冲压装备主业归入金属成形机床"),
    ("中集来福士", "中集来福士", "offshore-engineering-equipment", "drilling-platform", "链主", "链主企业", "烟台市", "公开信息", "高端装备", "拳头产品：半潜式平台"),
    ("山东重工", "山东重工(济南莱芜)", "automobile", "heavy-truck", "骨干", "重点园区建设主体", "济南市", "种子", "高端装备", "山东重工(济南莱芜)百万辆整机整车绿色智造产城园"),
    ("冰轮环境", "冰轮环境的氢液化装备", "hydrogen-energy-equipment", "storage-transport", "骨干", "重大产业攻关项目承担单位；新能源重点培育品牌", "烟台市", "公开信息", "高端装备", "氢液化装备关键技术与产业化"),
    ("一汽解放", "一汽解放、山东核电", "new-energy-vehicle", "nev-commercial", "链主", "领航型企业", "青岛市", "公开信息", "新能源", "另见任务2：一汽解放新能源轻卡基地；总部在长春，所在市指其在鲁主体（青岛）"),
    ("山东核电", "一汽解放、山东核电", "nuclear-power-equipment", "nuclear-plant", "链主", "领航型企业", "烟台市", "公开信息", "新能源", "任务10亦列为重点培育品牌"),
    ("双一科技", "双一科技", "wind-power-equipment", "blade", "链主", "领航型企业", "德州市", "公开信息", "新能源", "环节按其风电叶片、机舱罩等复合材料部件主业归入"),
    ("台海玛努尔", "台海玛努尔", "nuclear-power-equipment", "nuclear-forgings", "骨干", "重点培育品牌", "烟台市", "公开信息", "新能源", ""),
    ("大金重工", "大金重工海上风电", "wind-power-equipment", "tower-foundation", "骨干", "重点培育品牌；重大支撑项目主体", "烟台市", "公开信息", "新能源", "大金重工海上风电装备制造全产业链项目；总部在辽宁，所在市指其在鲁基地（蓬莱）"),
    ("中通客车", "中通客车", "new-energy-vehicle", "nev-commercial", "骨干", "重点培育品牌", "聊城市", "公开信息", "新能源", ""),
    ("东岳未来氢能", "东岳未来氢能", "hydrogen-fuel-cell", "fc-materials", "骨干", "重点培育品牌", "淄博市", "公开信息", "新能源", "环节按其燃料电池质子交换膜主业归入"),
    ("泰开", "泰开智能输变电", "energy-storage-equipment", "ems", "骨干", "重点培育品牌；重点园区", "泰安市", "种子", "新能源", "泰安市泰开智能输变电产业园"),
    ("奥扬科技", "奥扬科技", "hydrogen-energy-equipment", "storage-transport", "骨干", "重点培育品牌", "聊城市", "公开信息", "新能源", "环节按其车载储气瓶主业归入"),
    ("吉利欣旺达", "吉利欣旺达动力电池", "new-energy-vehicle", "power-battery", "骨干", "重点推动开工项目主体", "", "", "新能源", "吉利欣旺达动力电池制造项目"),
    ("亿华通", "亿华通燃料电池", "hydrogen-fuel-cell", "fc-system", "骨干", "重点推动开工项目主体", "", "", "新能源", "亿华通燃料电池动力系统生产制造项目"),
    ("明阳智能", "明阳智能200台", "wind-power-equipment", "turbine", "骨干", "建成投产项目主体", "", "", "新能源", "明阳智能200台8-15MW整机制造项目"),
    ("上海电气", "上海电气整机制造", "wind-power-equipment", "turbine", "骨干", "重点推动开工项目主体", "", "", "新能源", "上海电气整机制造项目"),
    ("东德实业", "东德实业", "hydrogen-fuel-cell", "bop", "骨干", "建成投产项目主体", "", "", "新能源", "氢燃料电池罗茨式氢气循环泵研发及产业化项目"),
    ("青岛美锦", "青岛美锦", "hydrogen-fuel-cell", "fcev", "骨干", "重大支撑项目主体", "青岛市", "种子", "新能源", "青岛美锦氢燃料电池商用车零部件生产项目"),
    ("华能山东石岛湾核电厂", "华能山东石岛湾核电厂", "nuclear-power-equipment", "nuclear-plant", "骨干", "重大支撑项目", "威海市", "公开信息", "新能源", "高温气冷堆核电站示范工程"),
    ("山东国瓷", "山东国瓷", "advanced-ceramics", "electronic-ceramics", "骨干", "省重大项目主体", "东营市", "公开信息", "新材料", "年产15000吨车规级MLCC用电子陶瓷材料项目"),
    ("联泓化学", "联泓化学", "advanced-polymers", "engineering-plastics", "骨干", "省优选项目主体", "枣庄市", "公开信息", "新材料", "超高分子量聚乙烯、醋酸乙烯联合装置"),
    ("美瑞新材料", "美瑞新材料", "advanced-polymers", "elastomers", "骨干", "“双招双引”重点签约项目主体", "烟台市", "公开信息", "新材料", "年产20万吨弹性体项目"),
    ("圣泉集团", "圣泉集团", "advanced-polymers", "engineering-plastics", "链主", "“雁阵形”集群领军企业", "济南市", "公开信息", "新材料", ""),
    ("路德新材料", "路德新材料", "advanced-polymers", "geosynthetics", "链主", "“雁阵形”集群领军企业", "泰安市", "公开信息", "新材料", ""),
    ("宏桥新材料", "宏桥新材料", "advanced-nonferrous", "primary-metal", "链主", "“雁阵形”集群领军企业", "滨州市", "公开信息", "新材料", ""),
    ("万丰镁业", "万丰镁业", "advanced-nonferrous", "alloy", "骨干", "重大产业攻关项目承担单位", "", "", "新材料", "高导热镁合金材料攻关项目"),
    ("青岛北海造船", "青岛北海造船", "shipbuilding", "commercial-ship", "骨干", "重点推动做大做强企业", "青岛市", "种子", "现代海洋", ""),
    ("青岛港(集团)有限公司", "青岛港(集团)有限公司", "port-shipping", "port-operation", "链主", "领军企业", "青岛市", "种子", "现代海洋", ""),
    ("齐鲁制药", "齐鲁制药", "biomedicine", "chemical-drugs", "链主", "领军企业", "济南市", "公开信息", "医养健康", ""),
    ("山东颐养健康产业发展集团", "山东颐养健康产业发展集团", "elderly-care", "institutional-care", "链主", "领军企业", "济南市", "公开信息", "医养健康", ""),
    ("烟台万华", "烟台万华", "polyurethane", "isocyanates", "链主", "强化产业链优势的重点企业；高端化工品牌（万华WANHUA）", "烟台市", "种子", "高端化工", ""),
    ("东明石化", "东明石化", "refining-integration", "refining", "链主", "强化产业链优势的重点企业", "菏泽市", "公开信息", "高端化工", ""),
    ("利华益", "利华益", "refining-integration", "refining", "链主", "强化产业链优势的重点企业", "东营市", "公开信息", "高端化工", ""),
    ("鲁西化工", "鲁西化工", "polycarbonate", "pc-resin", "链主", "强化产业链优势的重点企业；高端化工品牌（鲁西集团聚碳酸酯）", "聊城市", "公开信息", "高端化工", ""),
    ("华鲁恒升", "华鲁恒升", "coal-chemicals", "coal-fine-chemicals", "链主", "强化产业链优势的重点企业", "德州市", "公开信息", "高端化工", ""),
    ("东岳氟硅", "东岳氟硅", "fluorosilicone", "fluoropolymers", "链主", "强化产业链优势的重点企业", "淄博市", "公开信息", "高端化工", ""),
    ("玲珑轮胎", "玲珑轮胎", "tire-rubber", "tire", "骨干", "高端化工品牌", "烟台市", "公开信息", "高端化工", ""),
    ("京博石化", "京博石化", "refining-integration", "refining", "骨干", "高端化工品牌", "滨州市", "公开信息", "高端化工", ""),
    ("新和成", "新和成等高端化工品牌", "fine-electronic-chemicals", "nutrition-chemicals", "骨干", "高端化工品牌", "潍坊市", "公开信息", "高端化工", "在鲁企业为山东新和成"),
    ("东营威联化学有限公司", "东营威联化学有限公司", "refining-integration", "aromatics", "骨干", "重大支撑性项目主体", "东营市", "种子", "高端化工", "200万吨/年对二甲苯项目(二期)"),
    ("天辰齐翔新材料有限公司", "天辰齐翔新材料有限公司", "nylon", "nylon-intermediates", "骨干", "重大支撑性项目主体", "淄博市", "公开信息", "高端化工", "尼龙新材料项目"),
    ("裕龙石化", "裕龙石化配套港口", "refining-integration", "refining", "骨干", "重大支撑性项目（裕龙岛炼化一体化）", "烟台市", "公开信息", "高端化工", "裕龙岛炼化一体化项目(一期)"),
    ("海尔卡奥斯", "海尔卡奥斯、浪潮云洲", "high-end-software", "industrial-internet-platform", "骨干", "“双跨”工业互联网平台", "青岛市", "公开信息", "高端化工", "现代轻工纺织计划另点名卡奥斯海织云平台"),
    ("浪潮云洲", "海尔卡奥斯、浪潮云洲", "high-end-software", "industrial-internet-platform", "骨干", "“双跨”工业互联网平台", "济南市", "公开信息", "高端化工", ""),
    ("海思堡", "海思堡ASPOP服装平台", "textiles-apparel", "garments", "骨干", "工业互联网平台", "", "", "现代轻工纺织", "海思堡ASPOP服装平台"),
    ("龙大食品", "龙大食品", "meat", "slaughter", "链主", "领军企业", "烟台市", "公开信息", "现代高效农业", "环节按其猪肉屠宰加工主业归入"),
    ("滨州中裕", "滨州中裕", "grain-oil-crops", "grain-processing", "链主", "领军企业", "滨州市", "种子", "现代高效农业", ""),
    ("东阿阿胶", "东阿阿胶", "traditional-chinese-medicine", "proprietary", "链主", "领军企业", "聊城市", "公开信息", "现代高效农业", ""),
    ("山东禹王生态食业有限公司", "山东禹王生态食业有限公司", "edible-vegetable-oil", "oil-byproducts", "骨干", "重点项目主体", "德州市", "公开信息", "现代高效农业", "植物蛋白项目"),
    ("大众报业集团", "大众报业集团", "digital-publishing-printing", "publishing", "骨干", "骨干文化企业", "济南市", "公开信息", "文化创意", ""),
    ("山东出版集团", "山东出版集团", "digital-publishing-printing", "publishing", "骨干", "骨干文化企业", "济南市", "公开信息", "文化创意", ""),
    ("中国广电山东网络有限公司", "中国广电山东网络有限公司", "online-audiovisual", "iptv", "骨干", "骨干文化企业", "济南市", "公开信息", "文化创意", ""),
    ("海看网络科技(山东)股份有限公司", "海看网络科技(山东)股份有限公司", "online-audiovisual", "iptv", "骨干", "推进上市的省属文化企业", "济南市", "公开信息", "文化创意", ""),
    ("张裕", "烟台张裕酒文化博物馆", "liquor", "wine-tourism", "骨干", "省重点项目主体", "烟台市", "种子", "精品旅游", "烟台张裕酒文化博物馆智能化升级改造项目"),
    ("恒丰银行", "恒丰银行", "banking-credit", "commercial-bank", "骨干", "地方法人金融机构", "", "", "现代金融服务", ""),
    ("齐鲁银行", "齐鲁银行、中泰证券", "banking-credit", "commercial-bank", "链主", "现代金融服务产业集群领军企业", "济南市", "公开信息", "现代金融服务", ""),
    ("中泰证券", "齐鲁银行、中泰证券", "capital-market", "securities", "链主", "现代金融服务产业集群领军企业", "济南市", "公开信息", "现代金融服务", ""),
    ("青岛银行", "青岛银行等的引领", "banking-credit", "commercial-bank", "链主", "现代金融服务产业集群领军企业", "青岛市", "种子", "现代金融服务", ""),
]


def sentence_around(seed: str, key: str) -> str:
    at = seed.find(key)
    if at < 0:
        raise SystemExit(f"seed has no {key!r}")
    start = max(seed.rfind("。", 0, at), seed.rfind("\n", 0, at)) + 1
    end_candidates = [i for i in (seed.find("。", at), seed.find("\n", at)) if i >= 0]
    end = min(end_candidates)
    text = seed[start:end + (1 if seed[end] == "。" else 0)].strip()
    return re.sub(r"^\d+\.\s*", "", text.replace("\u00a0", " "))


def main() -> None:
    seed = open(SEED, encoding="utf-8").read()
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "chain_code", "segment_code", "role", "seed_term", "city", "city_basis", "uscc",
                    "plan", "seed_sentence", "note"])
        for name, key, chain, segment, role, term, city, basis, plan, note in ROWS:
            w.writerow([name, chain, segment, role, term, city, basis, "", plan, sentence_around(seed, key), note])


if __name__ == "__main__":
    main()
