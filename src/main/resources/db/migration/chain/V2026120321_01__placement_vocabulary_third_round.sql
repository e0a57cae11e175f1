-- 挂链词表修订（三）(placement vocabulary, branch placement3), as in chain/catalog/*.yaml: words that named a wider
-- business than the leaf are replaced — 锂离子电池/电芯 on 动力电池 (consumer and two-wheeler cells are no vehicle power
-- batteries) → 动力锂离子电池, 锂离子动力电池, 动力电芯; 发电机/变流器 on 风电 发电机与变流器 (any generator or converter)
-- → 风力发电机, 风电变流器; 发电机 on 核电 常规岛设备 → 汽轮发电机; 小麦/玉米 on 小麦与玉米种植 (seed, oil and starch makers
-- write them) → 小麦种植, 玉米种植. Words the companies write for the leaf are added: 硬泡聚醚, 软泡聚醚 (多元醇); 医疗信息化,
-- 电子病历, 医院信息系统 (行业应用软件); 台式电脑 (个人计算机). Applied only to segments whose words are still the
-- catalog's previous ones, so a task force's own edits stay as they are.
update chain_segment set keywords = '动力电池|动力锂离子电池|锂离子动力电池|动力电池模组|电池包|动力电芯|动力电池系统', products = '动力电池包|动力电芯', version = version + 1, updated_at = now()
 where chain_code = 'new-energy-vehicle' and code = 'power-battery' and keywords = '动力电池|锂离子电池|动力电池模组|电池包|电芯|动力电池系统' and products = '动力电池包|电芯';
update chain_segment set products = '风力发电机|风电变流器', version = version + 1, updated_at = now()
 where chain_code = 'wind-power-equipment' and code = 'wind-electrics' and keywords = '风力发电机|永磁直驱发电机|风电变流器|变桨系统' and products = '发电机|变流器';
update chain_segment set products = '汽轮机|汽轮发电机', version = version + 1, updated_at = now()
 where chain_code = 'nuclear-power-equipment' and code = 'conventional-island' and keywords = '常规岛设备|汽轮机|核电汽轮发电机|汽水分离再热器' and products = '汽轮机|发电机';
update chain_segment set products = '小麦种植|玉米种植', version = version + 1, updated_at = now()
 where chain_code = 'grain-oil-crops' and code = 'wheat-corn' and keywords = '小麦种植|玉米种植|青贮玉米|粮食种植' and products = '小麦|玉米';
update chain_segment set keywords = '聚醚多元醇|聚酯多元醇|多元醇|硬泡聚醚|软泡聚醚', version = version + 1, updated_at = now()
 where chain_code = 'polyurethane' and code = 'polyols' and keywords = '聚醚多元醇|聚酯多元醇|多元醇' and products = '聚醚多元醇';
update chain_segment set keywords = '应用软件开发|行业应用软件|政务软件|金融软件|医疗信息化软件|医疗信息化|电子病历|医院信息系统|教育软件|智慧城市软件', version = version + 1, updated_at = now()
 where chain_code = 'high-end-software' and code = 'application-software' and keywords = '应用软件开发|行业应用软件|政务软件|金融软件|医疗信息化软件|教育软件|智慧城市软件' and products = '政务服务平台|核心业务系统';
update chain_segment set keywords = '计算机整机|台式计算机|台式电脑|笔记本电脑|图形工作站|平板电脑|计算机制造', version = version + 1, updated_at = now()
 where chain_code = 'computer-peripherals' and code = 'pc' and keywords = '计算机整机|台式计算机|笔记本电脑|图形工作站|平板电脑|计算机制造' and products = '台式机|笔记本电脑';
