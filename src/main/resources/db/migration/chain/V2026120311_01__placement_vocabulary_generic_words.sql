-- 挂链词表修订（二）(placement vocabulary, branch placement): words that, alone, named a field the company supplies
-- rather than its own business are replaced by specific ones, as in chain/catalog/*.yaml: 换热器/冷凝器 (industrial
-- heat exchangers are no appliance parts) → 空调/家电换热器, 空调冷凝器; 结构件 → 工程机械结构件; 箱式变电站 (any
-- distribution equipment) → 风电箱变; 压力容器 → 核级压力容器; 复合材料 (合成革复合材料, 涂层复合材料) → 纤维/碳纤维/
-- 树脂基复合材料; 智能终端 (payment, vehicle, security terminals) → 智能手机; 设备销售 → 文化设备销售. Applied only to
-- segments whose words are still the catalog's previous ones, so a task force's own edits stay as they are.
update chain_segment set keywords = '家用电器配件|家电配件|空调换热器|家电换热器|蒸发器|空调冷凝器|制冷配件|家电钣金', products = '蒸发器|空调冷凝器|门封条', version = version + 1, updated_at = now()
 where chain_code = 'smart-home-appliance' and code = 'appliance-parts' and keywords = '家用电器配件|家电配件|换热器|蒸发器|冷凝器|制冷配件|家电钣金' and products = '蒸发器|冷凝器|门封条';
update chain_segment set keywords = '工程机械用钢|铸件|锻件|工程机械结构件|耐磨钢板', version = version + 1, updated_at = now()
 where chain_code = 'construction-machinery' and code = 'steel-castings' and keywords = '工程机械用钢|铸件|锻件|结构件|耐磨钢板' and products = '铸钢件|锻件';
update chain_segment set keywords = '海底电缆|海缆|升压站|风电箱变|风电箱式变电站', version = version + 1, updated_at = now()
 where chain_code = 'wind-power-equipment' and code = 'submarine-cable' and keywords = '海底电缆|海缆|升压站|箱式变电站' and products = '海底电缆|海上升压站';
update chain_segment set products = '蒸汽发生器|核级压力容器', version = version + 1, updated_at = now()
 where chain_code = 'nuclear-power-equipment' and code = 'nuclear-island' and keywords = '核岛设备|反应堆压力容器|蒸汽发生器|稳压器|堆内构件|控制棒驱动机构|核电设备' and products = '蒸汽发生器|压力容器';
update chain_segment set keywords = '碳纤维|芳纶|超高分子量聚乙烯纤维|纤维复合材料|碳纤维复合材料|树脂基复合材料|预浸料|玄武岩纤维', version = version + 1, updated_at = now()
 where chain_code = 'advanced-polymers' and code = 'high-performance-fibre' and keywords = '碳纤维|芳纶|超高分子量聚乙烯纤维|复合材料|预浸料|玄武岩纤维' and products = '碳纤维|芳纶|复合材料制品';
update chain_segment set products = '智能手机|通信模组', version = version + 1, updated_at = now()
 where chain_code = 'integrated-circuit' and code = 'consumer-electronics' and keywords = '智能手机|通信模组|物联网模组|5G模组' and products = '智能终端|通信模组';
update chain_segment set products = '文化设备销售', version = version + 1, updated_at = now()
 where chain_code = 'cultural-smart-manufacturing' and code = 'cultural-equipment-trade' and keywords = '广播影视设备批发|乐器批发|文化用品批发' and products = '设备销售';
