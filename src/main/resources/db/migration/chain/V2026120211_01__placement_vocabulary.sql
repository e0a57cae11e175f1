-- 挂链词表修订 (placement vocabulary, branch placement): generic words that named the wrong business are
-- replaced by specific ones and missing product words added, as in chain/catalog/*.yaml. Applied only to segments
-- whose words are still the catalog's original ones, so a task force's own edits stay as they are.
update chain_segment set keywords = '瓷介电容器|陶瓷电容|陶瓷滤波器|介质滤波器|电子陶瓷元件', products = '陶瓷滤波器|介质滤波器', version = version + 1, updated_at = now()
 where chain_code = 'advanced-ceramics' and code = 'ceramics-electronics-app' and keywords = '电容器|电子元件|滤波器' and products = '电容器';
update chain_segment set keywords = '汽车零部件|汽车配件|制动器|悬架|转向器|汽车座椅|车身零部件|车身结构件|车身冲压件|汽车内饰件|挂车|汽车线束|减震器|刹车片|汽车制动片', products = '制动系统|转向系统|汽车线束', version = version + 1, updated_at = now()
 where chain_code = 'automobile' and code = 'chassis-body' and keywords = '汽车零部件|汽车配件|制动器|悬架|转向器|汽车座椅|车身|挂车|汽车线束|减震器' and products = '制动系统|转向系统|汽车线束';
update chain_segment set keywords = '化学药品制剂|化学药|仿制药|首仿药|小分子药物|注射剂|片剂|新型制剂|大输液', products = '注射剂|口服固体制剂', version = version + 1, updated_at = now()
 where chain_code = 'biomedicine' and code = 'chemical-drugs' and keywords = '化学药品制剂|化学药|仿制药|首仿药|小分子药物|注射剂|片剂|新型制剂' and products = '注射剂|口服固体制剂';
update chain_segment set keywords = '尿素|氮肥|碳酸氢铵', products = '尿素', version = version + 1, updated_at = now()
 where chain_code = 'chemical-fertilizer' and code = 'nitrogen-fertilizer' and keywords = '尿素|氮肥|硝酸铵|碳酸氢铵' and products = '尿素';
update chain_segment set keywords = '算力中心|超算中心|数据中心运营|云计算中心|智算中心', products = '算力服务|云主机', version = version + 1, updated_at = now()
 where chain_code = 'computer-peripherals' and code = 'computing-center' and keywords = '算力中心|超算中心|数据中心运营|云计算|智算中心' and products = '算力服务|云主机';
update chain_segment set keywords = '计算机外围设备|计算机显示器|电脑显示器|电竞显示器|扫描仪|键盘|鼠标|投影仪', products = '计算机显示器|扫描仪', version = version + 1, updated_at = now()
 where chain_code = 'computer-peripherals' and code = 'peripherals' and keywords = '计算机外围设备|显示器|扫描仪|键盘|鼠标|投影仪' and products = '显示器|扫描仪';
update chain_segment set keywords = '电声器件|扬声器单元', products = '扬声器单元', version = version + 1, updated_at = now()
 where chain_code = 'cultural-smart-manufacturing' and code = 'cultural-components' and keywords = '电声器件|扬声器单元|显示模组' and products = '扬声器单元';
update chain_segment set keywords = '显示面板|液晶面板|液晶显示器|OLED面板|Mini LED|Micro LED|显示器件|LED显示屏', products = '液晶面板|LED显示屏', version = version + 1, updated_at = now()
 where chain_code = 'display-uhd-video' and code = 'panel' and keywords = '显示面板|液晶面板|OLED面板|Mini LED|Micro LED|显示器件|LED显示屏' and products = '液晶面板|LED显示屏';
update chain_segment set keywords = '农药|除草剂|杀虫剂|农用杀菌剂|农药原药|生物农药', products = '除草剂原药', version = version + 1, updated_at = now()
 where chain_code = 'fine-electronic-chemicals' and code = 'pesticides' and keywords = '农药|除草剂|杀虫剂|杀菌剂|农药原药|生物农药' and products = '除草剂原药';
update chain_segment set keywords = '保温材料|隔热材料|岩棉|陶瓷纤维|防水材料|防水卷材', products = '岩棉板|防水卷材', version = version + 1, updated_at = now()
 where chain_code = 'green-building-materials' and code = 'insulation-waterproof' and keywords = '保温材料|隔热材料|岩棉|防水材料|防水卷材' and products = '岩棉板|防水卷材';
update chain_segment set keywords = '应用软件开发|行业应用软件|政务软件|金融软件|医疗信息化软件|教育软件|智慧城市软件', products = '政务服务平台|核心业务系统', version = version + 1, updated_at = now()
 where chain_code = 'high-end-software' and code = 'application-software' and keywords = '应用软件开发|行业应用软件|政务软件|金融软件|医疗信息化软件|教育软件|智慧城市' and products = '政务服务平台|核心业务系统';
update chain_segment set keywords = '信息系统集成|信息化系统集成|智能化系统集成|系统集成服务|智能化工程', products = '信息系统集成服务', version = version + 1, updated_at = now()
 where chain_code = 'high-end-software' and code = 'system-integration' and keywords = '信息系统集成|系统集成服务|智能化工程' and products = '系统集成';
update chain_segment set keywords = '海水养殖|海参养殖|海参|刺参|海洋牧场|深远海养殖|扇贝养殖|海带养殖|鲍鱼养殖', products = '刺参|扇贝|海带', version = version + 1, updated_at = now()
 where chain_code = 'marine-fishery' and code = 'mariculture' and keywords = '海水养殖|海参养殖|刺参|海洋牧场|深远海养殖|扇贝养殖|海带养殖|鲍鱼养殖' and products = '刺参|扇贝|海带';
update chain_segment set keywords = '海水淡化设备|海水淡化装置|反渗透装置|低温多效蒸馏', products = '反渗透海水淡化装置', version = version + 1, updated_at = now()
 where chain_code = 'seawater-desalination' and code = 'desalination-equipment' and keywords = '海水淡化设备|海水淡化装置|反渗透装置|低温多效蒸馏|水处理设备' and products = '反渗透海水淡化装置';
update chain_segment set keywords = '橡胶机械|轮胎成型机|硫化机|密炼机|橡胶加工专用设备|轮胎模具|子午线轮胎模具|轮胎制造设备', products = '硫化机|成型机', version = version + 1, updated_at = now()
 where chain_code = 'tire-rubber' and code = 'rubber-machinery' and keywords = '橡胶机械|轮胎成型机|硫化机|密炼机|橡胶加工专用设备' and products = '硫化机|成型机';
update chain_segment set keywords = '风电铸件|风电法兰|轮毂铸件|主轴锻件|风电轴类锻件', products = '轮毂|法兰|主轴', version = version + 1, updated_at = now()
 where chain_code = 'wind-power-equipment' and code = 'castings-forgings' and keywords = '风电铸件|风电法兰|轮毂铸件|主轴锻件' and products = '轮毂|法兰|主轴';
