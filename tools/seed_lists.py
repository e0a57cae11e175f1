"""Builds the seed's own weak links and N lists as data:

- src/main/resources/chain/declared-gaps.csv   专班认定短板 (the weak links the seed names)
- src/main/resources/chain/chain-list-items.csv 卡脖子技术 and 人才需求 entries per chain

Every quote is cut from the seed line it names: the span of whole sentences (ending in 。) from the sentence
holding the cue (短板, 薄弱, 卡脖子, 攻关 …) to the sentence holding the term, so it is verbatim and contains
both; the script stops if a term or cue is not on its line. Nothing is paraphrased: term and title are
substrings of the quote. Which segment a weak link sits on is this project's reading (the catalog's segment
whose products the term names); where the seed names a whole field (高端海工装备, 氢能及燃料电池核心装备) the
stage it covers (中游) is used rather than guessing one product.
Run from the project root: python3 tools/seed_lists.py
"""
import csv
import re

SEED = "src/main/resources/plan/seed/shandong-2022-ten-strong-industries.txt"
GAPS_OUT = "src/main/resources/chain/declared-gaps.csv"
ITEMS_OUT = "src/main/resources/chain/chain-list-items.csv"

IT = "integrated-circuit high-end-software computer-peripherals smart-home-appliance display-uhd-video smart-sensor"
EQUIPMENT = ("automobile construction-machinery agricultural-machinery cnc-machine-tool "
             "offshore-engineering-equipment rail-transit hydrogen-fuel-cell")
MATERIALS = "advanced-nonferrous advanced-ceramics advanced-polymers green-building-materials"
MARINE = "marine-fishery shipbuilding seawater-desalination marine-biomedicine port-shipping"
MEDICAL = "biomedicine medical-devices traditional-chinese-medicine elderly-care"
CHEMICALS = ("refining-integration coal-chemicals chemical-fertilizer chlor-alkali fluorosilicone polyurethane "
             "polycarbonate nylon tire-rubber fine-electronic-chemicals")
AGRICULTURE = "seed-industry grain-oil-crops vegetables fruits livestock"
FINANCE = "banking-credit capital-market insurance local-finance-fintech"
# the light-industry plan's chains (its task 1 also names 智能家电, which the catalog keeps under 新一代信息技术)
LIGHT = "textiles-apparel papermaking furniture liquor meat edible-vegetable-oil smart-home-appliance"

# (chain, segment, term, line, cue): the weak links the seed names
GAPS = [
    ("integrated-circuit", "foundry", "集成电路晶圆制造", 25, "补齐产业发展短板"),
    ("integrated-circuit", "packaging-testing", "高端封测", 25, "补齐产业发展短板"),
    ("integrated-circuit", "silicon-wafer", "大尺寸硅片", 29, "加快提升"),
    ("integrated-circuit", "photomask", "光掩膜版", 29, "加快提升"),
    ("integrated-circuit", "photoresist", "光刻胶", 29, "加快提升"),
    ("integrated-circuit", "compound-substrate", "碳化硅衬底", 29, "提升碳化硅衬底生产技术水平和市场规模"),
    ("integrated-circuit", "automotive-chip", "汽车芯片", 111, "补齐突破产业链薄弱环节"),
    ("display-uhd-video", "panel", "高清显示“补面”", 31, "补面"),
    ("display-uhd-video", "module", "显示模组", 31, "补面"),
    ("automobile", "auto-chip", "汽车芯片", 111, "补齐突破产业链薄弱环节"),
    ("construction-machinery", "hydraulics", "液压件", 111, "补齐突破产业链薄弱环节"),
    ("cnc-machine-tool", "functional-parts", "机床功能部件", 111, "补齐突破产业链薄弱环节"),
    ("offshore-engineering-equipment", "marine-engine", "船用发动机", 111, "补齐突破产业链薄弱环节"),
    ("shipbuilding", "ship-power", "船用发动机", 111, "补齐突破产业链薄弱环节"),
    ("new-energy-vehicle", "ev-parts", "新能源汽车关键零部件", 177, "较为薄弱"),
    ("wind-power-equipment", "turbine", "海上风电主机", 177, "较为薄弱"),
    ("hydrogen-fuel-cell", "midstream", "氢能及燃料电池核心装备", 177, "较为薄弱"),
    ("hydrogen-energy-equipment", "midstream", "氢能及燃料电池核心装备", 177, "较为薄弱"),
    ("shipbuilding", "high-tech-ship", "高技术船舶", 351, "国产化替代装备攻关"),
    ("offshore-engineering-equipment", "midstream", "高端海工装备", 351, "国产化替代装备攻关"),
    ("seawater-desalination", "desalination-equipment", "海水淡化", 351, "国产化替代装备攻关"),
    ("medical-devices", "imaging-diagnosis", "数字诊疗装备", 405, "推动高端医疗器械国产替代"),
    ("medical-devices", "ivd", "体外诊断产品", 405, "推动高端医疗器械国产替代"),
    ("medical-devices", "medical-materials", "高端医用材料", 405, "推动高端医疗器械国产替代"),
    ("medical-devices", "high-value-consumables", "高值耗材", 405, "推动高端医疗器械国产替代"),
    ("agricultural-machinery", "midstream", "大中型、智能化、复合型农业机械", 569, "开展农机装备补短板行动"),
    ("banking-credit", "supply-chain-finance", "供应链金融", 789, "改善薄弱环节金融服务"),
    ("banking-credit", "rural-bank", "数字化涉农金融", 789, "改善薄弱环节金融服务"),
    ("insurance", "property-insurance", "农业保险", 789, "改善薄弱环节金融服务"),
]

# (kind, "chain[/segment] …", title, line, cue)
ITEMS = [
    # 卡脖子技术: what the seed names for 攻关 / 突破 under a 卡脖子 or 关键技术 heading
    ("CHOKE_POINT", "integrated-circuit high-end-software computer-peripherals smart-home-appliance",
     "制约行业发展的关键技术瓶颈", 21, "突破一批“卡脖子”技术"),
    ("CHOKE_POINT", "integrated-circuit/design", "高速率存储控制、高分辨率显示、高可靠性信息安全等10款以上高端芯片", 29,
     "推动集成电路“强芯”"),
    ("CHOKE_POINT", "integrated-circuit/compound-substrate", "碳化硅衬底生产技术水平", 29, "碳化硅衬底生产技术水平"),
    ("CHOKE_POINT", "smart-sensor", "声学、压力、气体、温度、红外、生物医学等传感器突破发展", 33, "突破发展"),
    ("CHOKE_POINT", "automobile/auto-chip integrated-circuit/automotive-chip", "汽车芯片", 111, "精准攻关"),
    ("CHOKE_POINT", "construction-machinery/hydraulics", "液压件", 111, "精准攻关"),
    ("CHOKE_POINT", "cnc-machine-tool/functional-parts", "机床功能部件", 111, "精准攻关"),
    ("CHOKE_POINT", "offshore-engineering-equipment/marine-engine shipbuilding/ship-power", "船用发动机", 111, "精准攻关"),
    ("CHOKE_POINT", "hydrogen-energy-equipment/storage-transport", "氢液化装备关键技术与产业化", 141, "重大产业攻关项目"),
    ("CHOKE_POINT", "hydrogen-fuel-cell/stack", "燃料电池", 181, "薄弱环节技术攻关"),
    ("CHOKE_POINT", "new-energy-vehicle/power-battery energy-storage-equipment/storage-cell", "锂离子电池", 181,
     "薄弱环节技术攻关"),
    ("CHOKE_POINT", "energy-storage-equipment/ems", "电能质量治理装备共性关键技术研发与产业化", 181, "重大产业攻关"),
    ("CHOKE_POINT", "hydrogen-fuel-cell/fc-power", "氢能电源系统研发", 181, "重大产业攻关"),
    ("CHOKE_POINT", "new-energy-vehicle/power-battery", "新型锂电池包的热管理关键技术研发", 181, "重大产业攻关"),
    ("CHOKE_POINT", "advanced-nonferrous/alloy", "高导热镁合金材料", 275, "“卡脖子”领域"),
    ("CHOKE_POINT", "shipbuilding/ship-power", "智能化船用中速柴油机关键技术研究与应用", 351, "重大产业攻关项目"),
    ("CHOKE_POINT", "shipbuilding/high-tech-ship", "高技术船舶", 351, "关键技术和国产化替代装备攻关"),
    ("CHOKE_POINT", "offshore-engineering-equipment", "高端海工装备", 351, "关键技术和国产化替代装备攻关"),
    ("CHOKE_POINT", "seawater-desalination/desalination-equipment", "海水淡化", 351, "关键技术和国产化替代装备攻关"),
    ("CHOKE_POINT", "wind-power-equipment", "海上风电", 351, "关键技术和国产化替代装备攻关"),
    ("CHOKE_POINT", "biomedicine", "重大新药创制", 403, "重点攻克一批核心关键技术"),
    ("CHOKE_POINT", "biomedicine/vaccines", "新型疫苗", 403, "重点攻克一批核心关键技术"),
    ("CHOKE_POINT", "traditional-chinese-medicine", "中医经方", 403, "重点攻克一批核心关键技术"),
    ("CHOKE_POINT", "medical-devices/imaging-diagnosis", "数字诊疗装备", 405, "产品攻关"),
    ("CHOKE_POINT", "medical-devices/ivd", "体外诊断产品", 405, "产品攻关"),
    ("CHOKE_POINT", "medical-devices/medical-materials", "高端医用材料", 405, "产品攻关"),
    ("CHOKE_POINT", "medical-devices/high-value-consumables", "高值耗材", 405, "产品攻关"),
    ("CHOKE_POINT", "medical-devices/surgical-robot", "手术精准定位与导航", 405, "技术突破"),
    ("CHOKE_POINT", "medical-devices", "数据采集处理和分析", 405, "技术突破"),
    ("CHOKE_POINT", "coal-chemicals/coal-fine-chemicals", "煤基精细化工", 481, "关键共性技术攻关"),
    ("CHOKE_POINT", "fluorosilicone", "氟硅新材料", 481, "关键共性技术攻关"),
    ("CHOKE_POINT", "fine-electronic-chemicals/electronic-chemicals", "电子化学品", 481, "关键共性技术攻关"),
    ("CHOKE_POINT", "edible-vegetable-oil/oil-byproducts", "植物蛋白绿色柔性关键技术研究及特定健康产品产业化", 551,
     "重大产业攻关项目"),
    ("CHOKE_POINT", "seed-industry/crop-seed", "基于生物技术的高品质设施蔬菜新品种选育", 551, "重大产业攻关项目"),
    ("CHOKE_POINT", "livestock", "智慧农牧生态循环关键技术研究与示范", 551, "重大产业攻关项目"),
    ("CHOKE_POINT", "agricultural-machinery", "大中型、智能化、复合型农业机械研发应用", 569, "工程化协同攻关"),
    ("CHOKE_POINT", "online-audiovisual", "5G高新视频", 613, "共性关键技术研发"),
    ("CHOKE_POINT", "digital-publishing-printing/digital-publishing", "数字出版", 613, "共性关键技术研发"),
    ("CHOKE_POINT", "film-tv-creative/broadcasting", "4K/8K电视", 613, "共性关键技术研发"),
    ("CHOKE_POINT", "cultural-smart-manufacturing/vr-ar-devices", "VR/AR", 613, "共性关键技术研发"),
    ("CHOKE_POINT", "smart-home-appliance", "智能家电行业突破关键核心技术20项以上", 837, "突破关键核心技术"),
    ("CHOKE_POINT", "textiles-apparel", "基于人工智能的面料图案设计技术研发与产业化", 849, "重大产业攻关项目"),
    ("CHOKE_POINT", "textiles-apparel/dyeing", "无水染色关键工艺", 857, "重大技术突破"),
    # 人才需求: the kinds of people the plan says the chain must attract or train
    ("TALENT", IT, "紧缺型、引领型高端人才", 81, "紧缺型、引领型高端人才"),
    ("TALENT", IT, "掌握“卡脖子”技术或填补山东省产业空白的高层次人才和关键团队", 81, "高层次人才和关键团队"),
    ("TALENT", IT, "年薪高于100万元的研发一线人员", 81, "尖端技术人才奖励制度"),
    ("TALENT", "integrated-circuit high-end-software", "依托国家级示范性微电子学院、特色化示范性软件学院,优化人才培养模式", 81,
     "优化人才培养模式"),
    ("TALENT", EQUIPMENT, "高层次技术专家需求", 113, "征集关键共性技术需求"),
    ("TALENT", EQUIPMENT, "实训需求", 113, "征集关键共性技术需求"),
    ("TALENT", EQUIPMENT, "年薪高于100万元的研发一线人员", 161, "尖端技术人才奖励制度"),
    ("TALENT", "hydrogen-fuel-cell hydrogen-energy-equipment", "高端人才培养", 183, "国家燃料电池技术创新中心"),
    ("TALENT", MATERIALS, "海外急需紧缺人才", 283, "人才需求"),
    ("TALENT", MATERIALS, "高技能人才队伍", 283, "高技能人才队伍"),
    ("TALENT", MATERIALS, "特级技师", 283, "特级技师评聘"),
    ("TALENT", MATERIALS, "山东省泰山产业领军人才工程以及重点产业链尖端人才奖励", 283, "申报工信部高层次海外人才工程"),
    ("TALENT", MARINE, "领军人才团队", 355, "遴选20个左右领军人才团队"),
    ("TALENT", MARINE, "通过“揭榜挂帅”等机制精准引进人才", 355, "核心技术需求清单"),
    ("TALENT", MEDICAL, "各类高端、紧缺和适宜人才", 431, "培养引进"),
    ("TALENT", MEDICAL, "“鲁卫工匠”", 431, "培养工程"),
    ("TALENT", MEDICAL, "高层次人才成果转化基地、医养健康产业技能人才培训基地和基层实用型人才培养基地", 433, "打造人才培养基地"),
    ("TALENT", CHEMICALS, "企业人才需求清单、全球化工人才地图", 483, "积极招引培育高端人才"),
    ("TALENT", CHEMICALS, "特级技师", 483, "特级技师评聘"),
    ("TALENT", CHEMICALS, "园区高水平人才队伍", 469, "园区高水平人才队伍建设"),
    ("TALENT", AGRICULTURE, "高素质农民", 567, "高素质农民培训"),
    ("TALENT", AGRICULTURE, "科技特派员", 567, "科技特派员创新创业共同体"),
    ("TALENT", "travel-services", "“十佳”导游主播", 725, "选树"),
    ("TALENT", "travel-services", "特级导游", 725, "推荐参评"),
    ("TALENT", FINANCE, "高素质金融人才队伍", 827, "齐鲁金融人才工程"),
    ("TALENT", FINANCE, "常态化的金融人才引进渠道", 827, "完善市场化引才聚才机制"),
    ("TALENT", LIGHT, "产业领军人才", 889, "引育培强行业领军人才"),
    ("TALENT", LIGHT, "行业高端人才", 889, "引育培强行业领军人才"),
    ("TALENT", LIGHT, "高级管理人才", 891, "开展行业精准对接培训"),
    ("TALENT", LIGHT, "知识型、技能型、创新型产业工人队伍", 893, "打造有实力的产业队伍"),
    ("TALENT", LIGHT, "特级技师", 893, "特级技师评聘"),
]


def sentences(line):
    return [s for s in re.findall(r"[^。]*。?", line) if s]


def quote(lines, number, term, cue):
    text = lines[number - 1].strip()
    parts = sentences(text)
    hits_term = [i for i, s in enumerate(parts) if term in s]
    hits_cue = [i for i, s in enumerate(parts) if cue in s]
    if not hits_term or not hits_cue:
        raise SystemExit(f"line {number}: term {term!r} or cue {cue!r} not found")
    t = hits_term[0]
    c = max((i for i in hits_cue if i <= t), default=hits_cue[0])
    lo, hi = min(c, t), max(c, t)
    q = "".join(parts[lo:hi + 1])
    assert q in text and term in q and cue in q
    return q


def main():
    with open(SEED, encoding="utf-8") as f:
        lines = f.read().split("\n")
    with open(GAPS_OUT, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["chain_code", "segment_code", "term", "seed_line", "seed_quote"])
        for chain, segment, term, line, cue in GAPS:
            w.writerow([chain, segment, term, line, quote(lines, line, term, cue)])
    rows = 0
    with open(ITEMS_OUT, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["kind", "chain_code", "segment_code", "title", "seed_line", "seed_quote"])
        for kind, targets, title, line, cue in ITEMS:
            q = quote(lines, line, title, cue)
            for target in targets.split():
                chain, _, segment = target.partition("/")
                w.writerow([kind, chain, segment, title, line, q])
                rows += 1
    print(f"{len(GAPS)} declared gaps, {rows} list items")


if __name__ == "__main__":
    main()
