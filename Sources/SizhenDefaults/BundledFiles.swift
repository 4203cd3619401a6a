// Generated from Workflows/ by Tests/SizhenOperationsTests/BundledWorkflowsTests.swift: do not edit.
// After changing a file in Workflows/: RECORD_SNAPSHOTS=1 swift test --filter BundledWorkflowsTests

extension DefaultWorkflows {
    /// The files of `Workflows/`, in path order.
    static let bundledFiles: [File] = [
        File(path: "calendars/cn.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-calendar.schema.json
# 中华人民共和国法定节假日与调休安排 — the official holiday arrangements of the People's Republic
# of China, as the State Council's General Office publishes them each year (usually in
# November for the next year). Every day off and every make-up workday (调休上班) is copied
# from the notice named in `source`. See docs/calendar.md for what to do when next year's
# notice appears.
version: 1
kind: calendar
id: cn
name: 中国法定节假日
weekend: [SA, SU]
# A date in a year not listed below is an error, never a silent Monday-to-Friday guess.
missing_years: error

# The statutory days off (《全国年节及纪念日放假办法》, as revised in 2024 and in force from
# 2025: 13 days a year), for `sizhen calendar draft --year N` to write a provisional year before
# its notice appears. The notice then adds the make-up workdays (调休) and joins days to
# weekends; the draft guesses neither.
draft:
  - { name: 元旦, date: 01-01 }
  - { name: 春节, lunar: 01-01, offset: -1, days: 4 }   # 农历除夕至正月初三
  - { name: 清明节, solar_term: 清明 }
  - { name: 劳动节, date: 05-01, days: 2 }
  - { name: 端午节, lunar: 05-05 }
  - { name: 中秋节, lunar: 08-15 }
  - { name: 国庆节, date: 10-01, days: 3 }

years:
  - year: 2024
    status: official
    source: 国办发明电〔2023〕7号《国务院办公厅关于2024年部分节假日安排的通知》(2023-10-25)
    holidays:
      - { name: 元旦, date: 2024-01-01 }                       # 1月1日放假，与周末连休
      - { name: 春节, from: 2024-02-10, to: 2024-02-17 }       # 共8天
      - { name: 清明节, from: 2024-04-04, to: 2024-04-06 }     # 共3天
      - { name: 劳动节, from: 2024-05-01, to: 2024-05-05 }     # 共5天
      - { name: 端午节, from: 2024-06-08, to: 2024-06-10 }     # 6月10日放假，与周末连休
      - { name: 中秋节, from: 2024-09-15, to: 2024-09-17 }     # 共3天
      - { name: 国庆节, from: 2024-10-01, to: 2024-10-07 }     # 共7天
    workdays:
      - { date: 2024-02-04, for: 春节 }     # 星期日上班
      - { date: 2024-02-18, for: 春节 }     # 星期日上班
      - { date: 2024-04-07, for: 清明节 }   # 星期日上班
      - { date: 2024-04-28, for: 劳动节 }   # 星期日上班
      - { date: 2024-05-11, for: 劳动节 }   # 星期六上班
      - { date: 2024-09-14, for: 中秋节 }   # 星期六上班
      - { date: 2024-09-29, for: 国庆节 }   # 星期日上班
      - { date: 2024-10-12, for: 国庆节 }   # 星期六上班

  - year: 2025
    status: official
    source: 国办发明电〔2024〕12号《国务院办公厅关于2025年部分节假日安排的通知》(2024-11-12)
    holidays:
      - { name: 元旦, date: 2025-01-01 }                       # 放假1天，不调休
      - { name: 春节, from: 2025-01-28, to: 2025-02-04 }       # 除夕至正月初七，共8天
      - { name: 清明节, from: 2025-04-04, to: 2025-04-06 }     # 共3天
      - { name: 劳动节, from: 2025-05-01, to: 2025-05-05 }     # 共5天
      - { name: 端午节, from: 2025-05-31, to: 2025-06-02 }     # 共3天
      - { name: 国庆节、中秋节, from: 2025-10-01, to: 2025-10-08 } # 合并放假，共8天
    workdays:
      - { date: 2025-01-26, for: 春节 }            # 周日上班
      - { date: 2025-02-08, for: 春节 }            # 周六上班
      - { date: 2025-04-27, for: 劳动节 }          # 周日上班
      - { date: 2025-09-28, for: 国庆节、中秋节 }  # 周日上班
      - { date: 2025-10-11, for: 国庆节、中秋节 }  # 周六上班

  - year: 2026
    status: official
    source: 国办发明电〔2025〕7号《国务院办公厅关于2026年部分节假日安排的通知》(2025-11-04)
    holidays:
      - { name: 元旦, from: 2026-01-01, to: 2026-01-03 }       # 共3天
      - { name: 春节, from: 2026-02-15, to: 2026-02-23 }       # 腊月二十八至正月初七，共9天
      - { name: 清明节, from: 2026-04-04, to: 2026-04-06 }     # 共3天
      - { name: 劳动节, from: 2026-05-01, to: 2026-05-05 }     # 共5天
      - { name: 端午节, from: 2026-06-19, to: 2026-06-21 }     # 共3天
      - { name: 中秋节, from: 2026-09-25, to: 2026-09-27 }     # 共3天
      - { name: 国庆节, from: 2026-10-01, to: 2026-10-07 }     # 共7天
    workdays:
      - { date: 2026-01-04, for: 元旦 }     # 周日上班
      - { date: 2026-02-14, for: 春节 }     # 周六上班
      - { date: 2026-02-28, for: 春节 }     # 周六上班
      - { date: 2026-05-09, for: 劳动节 }   # 周六上班
      - { date: 2026-09-20, for: 国庆节 }   # 周日上班
      - { date: 2026-10-10, for: 国庆节 }   # 周六上班

"""#),
        File(path: "district/changshengqiao.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-district.schema.json
# 长生桥镇：9 个社区(村)，其中 1 个法律服务诊室 — changshengqiao (town) and its communities
version: 1
kind: district
id: nanan
streets:
  - id: changshengqiao
    name: 长生桥镇
    type: town
    justice_office: { posts: 2 }
    communities:
      - { id: changshengqiao-changsheng, name: 长生社区, households: 3100, tags: [community, clinic], address: 长生桥镇长生社区党群服务中心法律服务诊室 }
      - { id: changshengqiao-chayuan, name: 茶园社区, households: 2800, tags: [community] }
      - { id: changshengqiao-letian, name: 乐天村, type: village, households: 1400, tags: [community] }
      - { id: changshengqiao-liangfeng, name: 凉风村, type: village, households: 1000, tags: [community] }
      - { id: changshengqiao-motian, name: 摩天村, type: village, households: 880, tags: [community] }
      - { id: changshengqiao-tongxin, name: 同心村, type: village, households: 760, tags: [community] }
      - { id: changshengqiao-guangfu, name: 广福村, type: village, households: 690, tags: [community] }
      - { id: changshengqiao-xincheng, name: 新城社区, households: 2000, tags: [community] }
      - { id: changshengqiao-gaoliang, name: 高梁村, type: village, households: 540, tags: [community] }

"""#),
        File(path: "district/danzishi.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-district.schema.json
# 弹子石街道：10 个社区(村)，其中 3 个法律服务诊室 — danzishi (street) and its communities
version: 1
kind: district
id: nanan
streets:
  - id: danzishi
    name: 弹子石街道
    type: street
    justice_office: { posts: 2 }
    communities:
      - { id: danzishi-danzishi, name: 弹子石社区, households: 3600, tags: [community, clinic], address: 弹子石街道弹子石社区党群服务中心法律服务诊室 }
      - { id: danzishi-dafosi, name: 大佛寺社区, households: 2500, tags: [community] }
      - { id: danzishi-wangjiatuo, name: 王家沱社区, households: 2800, tags: [community, clinic], address: 弹子石街道王家沱社区党群服务中心法律服务诊室 }
      - { id: danzishi-taichanglu, name: 泰昌路社区, households: 3900, tags: [community] }
      - { id: danzishi-tenglong, name: 腾龙社区, households: 4700, tags: [community, clinic], address: 弹子石街道腾龙社区党群服务中心法律服务诊室 }
      - { id: danzishi-jiangjing, name: 江景社区, households: 3100, tags: [community] }
      - { id: danzishi-shixi, name: 石溪社区, households: 2300, tags: [community] }
      - { id: danzishi-qiantaixiang, name: 谦泰巷社区, households: 1900, tags: [community] }
      - { id: danzishi-changjiang, name: 长江社区, households: 3400, tags: [community] }
      - { id: danzishi-guoji, name: 国际社区, households: 5800, tags: [community] }

"""#),
        File(path: "district/district.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-district.schema.json
# 南岸区：区级设置（时区、工作日历、角色、服务记录类型）— the district's settings; streets are in one file each
version: 1
kind: district
id: nanan
name: 重庆市南岸区
time_zone: Asia/Shanghai
calendar: cn
travel_buffer: 30                # 同一天在不同街镇之间赶场至少需要的分钟数（排班时使用）
roles:
  - { id: lawyer, name: 律师 }
  - { id: legal_worker, name: 基层法律服务工作者 }
  - { id: community_worker, name: 社区工作人员 }
  - { id: mediator, name: 人民调解员 }
  - { id: lecturer, name: 普法宣讲团成员 }
  - { id: professor, name: 高校教授 }
  - { id: official, name: 政法干警 }   # 法院、检察院、公安干警，单位写在 organisation
  - { id: justice_officer, name: 司法所工作人员 }   # 街镇司法所，承办街镇的行政调解
record_types:
  - { id: 法律咨询, description: 免费为居民解答法律咨询（接诊、助诊现场） }
  - { id: 人民调解, description: 在诊室现场调解矛盾纠纷，基层法律服务工作者可领取调解案件补贴 }
  - { id: 化解矛盾纠纷, description: 调解成功、矛盾纠纷得到化解 }
  - { id: 行政调解, description: 三调联动：诊室未能化解的纠纷转街镇（司法所承办）行政调解 }
  - { id: 司法调解, description: 三调联动：诊室未能化解的纠纷转区法院诉前调解 }
  - { id: 送法到家, description: 为出行困难又急需解决问题的群众上门提供法律服务 }
  - { id: 入户走访, description: 社区工作人员定期入户，了解居民真实的法律和生活需求 }
  - { id: 会诊意见, description: 会诊专家组针对重大疑难案件提出的专业法律意见建议 }
  - { id: 法治宣传, description: 社区(村)普法宣传活动，记录参加人数和发放资料份数 }
  - { id: 法治讲座, description: 在社区(村)举办的各类法治讲座 }
  - { id: 以案释法, description: 结合典型案例向群众讲解法律 }
  - { id: 法律援助, description: 直接受理的法律援助案件 }
  - { id: 心理疏导, description: 对当事人、困难群众进行心理疏导 }
  - { id: 推荐就业低保救助, name: 推荐就业、落实低保、困难救助, description: 推荐就业、协助落实低保、申请困难救助 }
# 月报（sizhen report）：调解案件补贴发给哪些角色；矛盾纠纷排查的范围、分类、重点和“民转刑”风险规则
reports:
  subsidy_roles: [legal_worker, mediator]   # 基层法律服务工作者在四诊中参与人民调解、人民调解员调解人民调解案件，领取调解案件补贴
  report_within: 3                       # 登记表在活动后 3 个工作日内交回，逾期显示为“未报”
  prepared_by: 刘思雨                    # 制表人：报表、补贴发放表和排班表的“制表”栏
  reviewed_by: 何建国                    # 审核人：“审核”栏
  screening:
    cases: { when: 'case.kind == "dispute"', description: 矛盾纠纷 }      # 排查的案件
    category: category                   # 按案件字段 category 分类
    focus: [婚恋, 家庭, 邻里]            # 排查重点
    risk:                                # 民转刑风险
      when: 'case.risk_criminal || (case.category in ["婚恋", "家庭", "邻里"] && !case.resolved)'
      description: 有“民转刑”风险，或婚恋、家庭、邻里纠纷未化解

"""#),
        File(path: "district/guangyang.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-district.schema.json
# 广阳镇：7 个社区(村)，其中 1 个法律服务诊室 — guangyang (town) and its communities
version: 1
kind: district
id: nanan
streets:
  - id: guangyang
    name: 广阳镇
    type: town
    justice_office: { posts: 2 }
    communities:
      - { id: guangyang-guangyang, name: 广阳社区, households: 1600, tags: [community, clinic], address: 广阳镇广阳社区党群服务中心法律服务诊室 }
      - { id: guangyang-mingyue, name: 明月村, type: village, households: 1200, tags: [community] }
      - { id: guangyang-huilong, name: 回龙村, type: village, households: 950, tags: [community] }
      - { id: guangyang-shinian, name: 石碾村, type: village, households: 830, tags: [community] }
      - { id: guangyang-yinhu, name: 银湖村, type: village, households: 700, tags: [community] }
      - { id: guangyang-beiping, name: 碑坪村, type: village, households: 520, tags: [community] }
      - { id: guangyang-nandao, name: 南岛村, type: village, households: 310, tags: [community, remote] }

"""#),
        File(path: "district/haitangxi.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-district.schema.json
# 海棠溪街道：11 个社区(村)，其中 5 个法律服务诊室 — haitangxi (street) and its communities
version: 1
kind: district
id: nanan
streets:
  - id: haitangxi
    name: 海棠溪街道
    type: street
    justice_office: { posts: 2 }
    communities:
      - { id: haitangxi-yanyu, name: 烟雨社区, households: 3200, tags: [community, clinic, station], address: 海棠溪街道烟雨社区党群服务中心法律服务诊室 }
      - { id: haitangxi-huilong, name: 回龙湾社区, households: 2100, tags: [community, station] }
      - { id: haitangxi-haitangxi, name: 海棠溪社区, households: 3600, tags: [community, clinic, station], address: 海棠溪街道海棠溪社区党群服务中心法律服务诊室 }
      - { id: haitangxi-luojiaba, name: 罗家坝社区, households: 4100, tags: [community, clinic, station], address: 海棠溪街道罗家坝社区党群服务中心法律服务诊室 }
      - { id: haitangxi-sigongli, name: 四公里社区, households: 5100, tags: [community, clinic, station], address: 海棠溪街道四公里社区党群服务中心法律服务诊室 }
      - { id: haitangxi-danlonglu, name: 丹龙路社区, households: 2700, tags: [community, station] }
      - { id: haitangxi-zhongping, name: 中坪社区, households: 3000, tags: [community, clinic, station], address: 海棠溪街道中坪社区党群服务中心法律服务诊室 }
      - { id: haitangxi-tushanlu, name: 涂山路社区, households: 2400, tags: [community, station] }
      - { id: haitangxi-tongjiang, name: 通江社区, households: 2900, tags: [community, station] }
      - { id: haitangxi-nanbinhuayuan, name: 南滨花园社区, households: 1800, tags: [community, station] }
      - { id: haitangxi-xuefu, name: 学府大道社区, households: 4500, tags: [community, station] }

"""#),
        File(path: "district/huayuanlu.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-district.schema.json
# 花园路街道：11 个社区(村)，其中 3 个法律服务诊室 — huayuanlu (street) and its communities
version: 1
kind: district
id: nanan
streets:
  - id: huayuanlu
    name: 花园路街道
    type: street
    justice_office: { posts: 2 }
    communities:
      - { id: huayuanlu-huayuancun, name: 花园村社区, households: 4800, tags: [community, clinic], address: 花园路街道花园村社区党群服务中心法律服务诊室 }
      - { id: huayuanlu-nancheng, name: 南城社区, households: 3500, tags: [community] }
      - { id: huayuanlu-huigong, name: 惠工社区, households: 2700, tags: [community, clinic], address: 花园路街道惠工社区党群服务中心法律服务诊室 }
      - { id: huayuanlu-tiantaigang, name: 天台岗社区, households: 3900, tags: [community] }
      - { id: huayuanlu-rongqiao, name: 融侨社区, households: 5600, tags: [community, clinic], address: 花园路街道融侨社区党群服务中心法律服务诊室 }
      - { id: huayuanlu-wugongli, name: 五公里社区, households: 4100, tags: [community] }
      - { id: huayuanlu-fuhong, name: 福红社区, households: 2600, tags: [community] }
      - { id: huayuanlu-jinshan, name: 金山社区, households: 3000, tags: [community] }
      - { id: huayuanlu-huayuanxincun, name: 花园新村社区, households: 2300, tags: [community] }
      - { id: huayuanlu-lanhua, name: 兰花社区, households: 3300, tags: [community] }
      - { id: huayuanlu-nanhu, name: 南湖社区, households: 4400, tags: [community] }

"""#),
        File(path: "district/jiguanshi.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-district.schema.json
# 鸡冠石镇：8 个社区(村)，其中 1 个法律服务诊室 — jiguanshi (town) and its communities
version: 1
kind: district
id: nanan
streets:
  - id: jiguanshi
    name: 鸡冠石镇
    type: town
    justice_office: { posts: 2 }
    communities:
      - { id: jiguanshi-jiguanshi, name: 鸡冠石社区, households: 2300, tags: [community, clinic], address: 鸡冠石镇鸡冠石社区党群服务中心法律服务诊室 }
      - { id: jiguanshi-shilong, name: 石龙村, type: village, households: 1300, tags: [community] }
      - { id: jiguanshi-xinhua, name: 新华村, type: village, households: 1100, tags: [community] }
      - { id: jiguanshi-naxigou, name: 纳溪沟村, type: village, households: 900, tags: [community] }
      - { id: jiguanshi-daxing, name: 大兴村, type: village, households: 800, tags: [community] }
      - { id: jiguanshi-yankou, name: 岩口村, type: village, households: 650, tags: [community] }
      - { id: jiguanshi-jinji, name: 金鸡村, type: village, households: 470, tags: [community] }
      - { id: jiguanshi-jiangxi, name: 江溪村, type: village, households: 520, tags: [community] }

"""#),
        File(path: "district/longmenhao.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-district.schema.json
# 龙门浩街道：9 个社区(村)，其中 2 个法律服务诊室 — longmenhao (street) and its communities
version: 1
kind: district
id: nanan
streets:
  - id: longmenhao
    name: 龙门浩街道
    type: street
    justice_office: { posts: 2 }
    communities:
      - { id: longmenhao-shangxinjie, name: 上新街社区, households: 3300, tags: [community, clinic], address: 龙门浩街道上新街社区党群服务中心法律服务诊室 }
      - { id: longmenhao-longmenhao, name: 龙门浩社区, households: 2600, tags: [community] }
      - { id: longmenhao-mishijie, name: 米市街社区, households: 2100, tags: [community] }
      - { id: longmenhao-xiahao, name: 下浩社区, households: 1700, tags: [community] }
      - { id: longmenhao-maanshan, name: 马鞍山社区, households: 2900, tags: [community, clinic], address: 龙门浩街道马鞍山社区党群服务中心法律服务诊室 }
      - { id: longmenhao-binjiang, name: 滨江社区, households: 3800, tags: [community] }
      - { id: longmenhao-yueliangwan, name: 月亮湾社区, households: 2400, tags: [community] }
      - { id: longmenhao-huanggedu, name: 黄葛渡社区, households: 2000, tags: [community] }
      - { id: longmenhao-dongyuan, name: 东原社区, households: 4200, tags: [community] }

"""#),
        File(path: "district/nanping.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-district.schema.json
# 南坪街道：13 个社区(村)，其中 4 个法律服务诊室 — nanping (street) and its communities
version: 1
kind: district
id: nanan
streets:
  - id: nanping
    name: 南坪街道
    type: street
    justice_office: { posts: 2 }
    communities:
      - { id: nanping-donglu, name: 东路社区, households: 3800, tags: [community, clinic], address: 南坪街道东路社区党群服务中心法律服务诊室 }
      - { id: nanping-xilu, name: 西路社区, households: 3400, tags: [community] }
      - { id: nanping-houbao, name: 后堡社区, households: 4600, tags: [community, clinic], address: 南坪街道后堡社区党群服务中心法律服务诊室 }
      - { id: nanping-yangguang, name: 阳光社区, households: 2900, tags: [community] }
      - { id: nanping-hongshenglu, name: 宏声路社区, households: 3700, tags: [community] }
      - { id: nanping-zhengjie, name: 南坪正街社区, households: 2500, tags: [community, clinic], address: 南坪街道南坪正街社区党群服务中心法律服务诊室 }
      - { id: nanping-wanshoulu, name: 万寿路社区, households: 3100, tags: [community] }
      - { id: nanping-jinzishan, name: 金紫山社区, households: 4300, tags: [community] }
      - { id: nanping-jiangnandadao, name: 江南大道社区, households: 5200, tags: [community, clinic], address: 南坪街道江南大道社区党群服务中心法律服务诊室 }
      - { id: nanping-huizhan, name: 会展社区, households: 2800, tags: [community] }
      - { id: nanping-baiziwan, name: 百子湾社区, households: 3500, tags: [community] }
      - { id: nanping-shanhu, name: 珊瑚社区, households: 2200, tags: [community] }
      - { id: nanping-gongmao, name: 工贸社区, households: 1900, tags: [community] }

"""#),
        File(path: "district/nanpingzhen.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-district.schema.json
# 南坪镇：10 个社区(村)，其中 2 个法律服务诊室 — nanpingzhen (town) and its communities
version: 1
kind: district
id: nanan
streets:
  - id: nanpingzhen
    name: 南坪镇
    type: town
    justice_office: { posts: 2 }
    communities:
      - { id: nanpingzhen-jinzhu, name: 金竹社区, households: 3800, tags: [community, clinic], address: 南坪镇金竹社区党群服务中心法律服务诊室 }
      - { id: nanpingzhen-donghai, name: 东海社区, households: 3100, tags: [community] }
      - { id: nanpingzhen-baibuti, name: 百步梯社区, households: 2700, tags: [community] }
      - { id: nanpingzhen-haixialu, name: 海峡路社区, households: 4400, tags: [community, clinic], address: 南坪镇海峡路社区党群服务中心法律服务诊室 }
      - { id: nanpingzhen-shanghaicheng, name: 上海城社区, households: 5200, tags: [community] }
      - { id: nanpingzhen-xiexin, name: 协信社区, households: 3600, tags: [community] }
      - { id: nanpingzhen-nanpingcun, name: 南坪村, type: village, households: 1300, tags: [community] }
      - { id: nanpingzhen-bagongli, name: 八公里社区, households: 2400, tags: [community] }
      - { id: nanpingzhen-hongguang, name: 红光村, type: village, households: 1100, tags: [community] }
      - { id: nanpingzhen-xinmin, name: 新民社区, households: 2000, tags: [community] }

"""#),
        File(path: "district/nanshan.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-district.schema.json
# 南山街道：8 个社区(村)，其中 1 个法律服务诊室 — nanshan (street) and its communities
version: 1
kind: district
id: nanan
streets:
  - id: nanshan
    name: 南山街道
    type: street
    justice_office: { posts: 2 }
    communities:
      - { id: nanshan-huangjueya, name: 黄桷垭社区, households: 3500, tags: [community, clinic], address: 南山街道黄桷垭社区党群服务中心法律服务诊室 }
      - { id: nanshan-nanshan, name: 南山社区, households: 2200, tags: [community] }
      - { id: nanshan-shuanglong, name: 双龙村, type: village, households: 900, tags: [community] }
      - { id: nanshan-shiniu, name: 石牛村, type: village, households: 650, tags: [community] }
      - { id: nanshan-xinli, name: 新力村, type: village, households: 780, tags: [community] }
      - { id: nanshan-fangniu, name: 放牛村, type: village, households: 420, tags: [community, remote] }
      - { id: nanshan-longjing, name: 龙井村, type: village, households: 560, tags: [community] }
      - { id: nanshan-quanshan, name: 泉山村, type: village, households: 380, tags: [community, remote] }

"""#),
        File(path: "district/tianwen.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-district.schema.json
# 天文街道：7 个社区(村)，其中 2 个法律服务诊室 — tianwen (street) and its communities
version: 1
kind: district
id: nanan
streets:
  - id: tianwen
    name: 天文街道
    type: street
    justice_office: { posts: 1 }   # 政法专项编制 1 名（来源：区司法局报告）
    communities:
      - { id: tianwen-tianwen, name: 天文社区, households: 3400, tags: [community, clinic], address: 天文街道天文社区党群服务中心法律服务诊室 }
      - { id: tianwen-beidou, name: 北斗社区, households: 2900, tags: [community] }
      - { id: tianwen-nalan, name: 纳兰社区, households: 2500, tags: [community, clinic], address: 天文街道纳兰社区党群服务中心法律服务诊室 }
      - { id: tianwen-dashi, name: 大石社区, households: 2100, tags: [community] }
      - { id: tianwen-xiajia, name: 夏家社区, households: 1800, tags: [community] }
      - { id: tianwen-chengnanjiayuan, name: 城南家园社区, households: 4600, tags: [community] }
      - { id: tianwen-tianming, name: 天明社区, households: 1600, tags: [community] }

"""#),
        File(path: "district/tongyuanju.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-district.schema.json
# 铜元局街道：9 个社区(村)，其中 3 个法律服务诊室 — tongyuanju (street) and its communities
version: 1
kind: district
id: nanan
streets:
  - id: tongyuanju
    name: 铜元局街道
    type: street
    justice_office: { posts: 2 }
    communities:
      - { id: tongyuanju-sujiaba, name: 苏家坝社区, households: 4200, tags: [community, clinic], address: 铜元局街道苏家坝社区党群服务中心法律服务诊室 }
      - { id: tongyuanju-xiangshuilu, name: 响水路社区, households: 3600, tags: [community] }
      - { id: tongyuanju-tongyuan, name: 铜元社区, households: 3100, tags: [community, clinic], address: 铜元局街道铜元社区党群服务中心法律服务诊室 }
      - { id: tongyuanju-jiangnan, name: 江南社区, households: 2800, tags: [community] }
      - { id: tongyuanju-xinjie, name: 新街社区, households: 2400, tags: [community] }
      - { id: tongyuanju-xuetangwan, name: 学堂湾社区, households: 3300, tags: [community, clinic], address: 铜元局街道学堂湾社区党群服务中心法律服务诊室 }
      - { id: tongyuanju-tongyuandao, name: 铜元道社区, households: 2900, tags: [community] }
      - { id: tongyuanju-daqiao, name: 大桥社区, households: 2200, tags: [community] }
      - { id: tongyuanju-nanbin, name: 南滨社区, households: 3900, tags: [community] }

"""#),
        File(path: "district/tushan.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-district.schema.json
# 涂山镇：10 个社区(村)，其中 1 个法律服务诊室 — tushan (town) and its communities
version: 1
kind: district
id: nanan
streets:
  - id: tushan
    name: 涂山镇
    type: town
    justice_office: { posts: 2 }
    communities:
      - { id: tushan-tushanhu, name: 涂山湖社区, households: 3300, tags: [community, clinic], address: 涂山镇涂山湖社区党群服务中心法律服务诊室 }
      - { id: tushan-lianhua, name: 莲花社区, households: 2800, tags: [community] }
      - { id: tushan-fumin, name: 福民社区, households: 2200, tags: [community] }
      - { id: tushan-mingyuetuo, name: 明月沱社区, households: 1900, tags: [community] }
      - { id: tushan-kuzhu, name: 苦竹村, type: village, households: 1200, tags: [community] }
      - { id: tushan-shuangfeng, name: 双峰村, type: village, households: 980, tags: [community] }
      - { id: tushan-huangshan, name: 黄山村, type: village, households: 850, tags: [community] }
      - { id: tushan-gaofeng, name: 高峰村, type: village, households: 720, tags: [community] }
      - { id: tushan-laolong, name: 老龙村, type: village, households: 640, tags: [community] }
      - { id: tushan-tongluo, name: 铜锣村, type: village, households: 540, tags: [community] }

"""#),
        File(path: "district/xiakou.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-district.schema.json
# 峡口镇：8 个社区(村)，其中 1 个法律服务诊室 — xiakou (town) and its communities
version: 1
kind: district
id: nanan
streets:
  - id: xiakou
    name: 峡口镇
    type: town
    justice_office: { posts: 2 }
    communities:
      - { id: xiakou-xiakou, name: 峡口社区, households: 1900, tags: [community, clinic], address: 峡口镇峡口社区党群服务中心法律服务诊室 }
      - { id: xiakou-dashi, name: 大石村, type: village, households: 1200, tags: [community] }
      - { id: xiakou-xiliu, name: 西流村, type: village, households: 950, tags: [community] }
      - { id: xiakou-shuanghe, name: 双河村, type: village, households: 870, tags: [community] }
      - { id: xiakou-renhe, name: 仁和村, type: village, households: 760, tags: [community] }
      - { id: xiakou-baisha, name: 白沙村, type: village, households: 610, tags: [community] }
      - { id: xiakou-baishu, name: 柏树村, type: village, households: 430, tags: [community, remote] }
      - { id: xiakou-shijiao, name: 石角村, type: village, households: 350, tags: [community, remote] }

"""#),
        File(path: "district/yinglong.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-district.schema.json
# 迎龙镇：8 个社区(村)，其中 1 个法律服务诊室 — yinglong (town) and its communities
version: 1
kind: district
id: nanan
streets:
  - id: yinglong
    name: 迎龙镇
    type: town
    justice_office: { posts: 2 }
    communities:
      - { id: yinglong-yinglong, name: 迎龙社区, households: 1700, tags: [community, clinic], address: 迎龙镇迎龙社区党群服务中心法律服务诊室 }
      - { id: yinglong-qingyou, name: 清油村, type: village, households: 1300, tags: [community] }
      - { id: yinglong-shiping, name: 石坪村, type: village, households: 1100, tags: [community] }
      - { id: yinglong-shuanggu, name: 双谷村, type: village, households: 900, tags: [community] }
      - { id: yinglong-longding, name: 龙顶村, type: village, households: 720, tags: [community] }
      - { id: yinglong-wutang, name: 武堂村, type: village, households: 610, tags: [community] }
      - { id: yinglong-maan, name: 马鞍村, type: village, households: 480, tags: [community] }
      - { id: yinglong-datang, name: 大塘村, type: village, households: 340, tags: [community, remote] }

"""#),
        File(path: "json-schema/sizhen-calendar.schema.json", text: #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "sizhen-calendar.schema.json",
  "title": "Sizhen calendar file",
  "type": "object",
  "properties": {
    "version": {
      "description": "the file format version; this build reads 1",
      "type": "integer",
      "minimum": 1,
      "maximum": 1
    },
    "kind": {
      "const": "calendar"
    },
    "id": {
      "type": "string",
      "pattern": "^[^\\s]{1,64}$"
    },
    "name": {
      "type": "string"
    },
    "weekend": {
      "type": "array",
      "items": {
        "type": "string",
        "enum": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
      }
    },
    "missing_years": {
      "type": "string",
      "enum": ["error", "weekends"]
    },
    "draft": {
      "description": "how the statutory holidays fall, for `sizhen calendar draft`",
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string"
          },
          "date": {
            "description": "a day of the year, MM-DD: 10-01",
            "type": "string"
          },
          "lunar": {
            "description": "a day of the lunar calendar, MM-DD: 08-15",
            "type": "string"
          },
          "solar_term": {
            "type": "string",
            "enum": ["清明"]
          },
          "offset": {
            "description": "days from that day to the first day off (-1: the eve)",
            "type": "integer",
            "minimum": -31,
            "maximum": 31
          },
          "days": {
            "description": "how many days off (default 1)",
            "type": "integer",
            "minimum": 1,
            "maximum": 31
          }
        },
        "required": ["name"],
        "additionalProperties": false
      }
    },
    "years": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "year": {
            "type": "integer",
            "minimum": 1,
            "maximum": 9999
          },
          "status": {
            "type": "string",
            "enum": ["official", "provisional", "estimated"]
          },
          "source": {
            "type": "string"
          },
          "holidays": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "name": {
                  "type": "string"
                },
                "date": {
                  "description": "a date, YYYY-MM-DD",
                  "type": "string",
                  "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
                },
                "from": {
                  "description": "a date, YYYY-MM-DD",
                  "type": "string",
                  "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
                },
                "to": {
                  "description": "a date, YYYY-MM-DD",
                  "type": "string",
                  "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
                }
              },
              "required": ["name"],
              "additionalProperties": false
            }
          },
          "workdays": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "date": {
                  "description": "a date, YYYY-MM-DD",
                  "type": "string",
                  "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
                },
                "for": {
                  "type": "string"
                }
              },
              "required": ["date"],
              "additionalProperties": false
            }
          }
        },
        "required": ["year", "status", "source"],
        "additionalProperties": false
      }
    }
  },
  "required": ["version", "kind", "id", "years"],
  "additionalProperties": false
}

"""#),
        File(path: "json-schema/sizhen-case-schema.schema.json", text: #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "sizhen-case-schema.schema.json",
  "title": "Sizhen case-schema file",
  "type": "object",
  "properties": {
    "version": {
      "description": "the file format version; this build reads 1",
      "type": "integer",
      "minimum": 1,
      "maximum": 1
    },
    "kind": {
      "const": "case-schema"
    },
    "id": {
      "type": "string",
      "pattern": "^[^\\s]{1,64}$"
    },
    "fields": {
      "description": "field name → type",
      "type": "object",
      "additionalProperties": {
        "type": "object",
        "properties": {
          "type": {
            "type": "string",
            "enum": ["int", "double", "string", "bool", "enum", "list", "object"]
          },
          "values": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "labels": {
            "description": "an enum value → what people read and may write for it, e.g. dispute: 纠纷",
            "type": "object",
            "additionalProperties": {
              "type": "string"
            }
          },
          "items": {
            "description": "the type of each item",
            "type": "object"
          },
          "fields": {
            "description": "field name → type",
            "type": "object",
            "additionalProperties": {
              "type": "object"
            }
          },
          "min": {
            "type": "number"
          },
          "max": {
            "type": "number"
          },
          "description": {
            "type": "string"
          }
        },
        "required": ["type"],
        "additionalProperties": false
      }
    },
    "resolution": {
      "description": "the bool field the engine sets from a case's outcome and reads when a timer closes a case",
      "type": "string",
      "pattern": "^[^\\s]{1,64}$"
    },
    "checks": {
      "description": "consistency rules of a sheet's visitor rows",
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[^\\s]{1,64}$"
          },
          "when": {
            "description": "a sheet's visitor row is refused when this holds; it reads case.field and outcome",
            "description": "a rule in the CEL subset, checked against the case schema",
            "type": "string"
          },
          "field": {
            "description": "the field whose cell the error points at",
            "type": "string",
            "pattern": "^[^\\s]{1,64}$"
          },
          "message": {
            "type": "string"
          }
        },
        "required": ["id", "when", "message"],
        "additionalProperties": false
      }
    }
  },
  "required": ["version", "kind", "id", "fields"],
  "additionalProperties": false
}

"""#),
        File(path: "json-schema/sizhen-decision-table.schema.json", text: #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "sizhen-decision-table.schema.json",
  "title": "Sizhen decision-table file",
  "type": "object",
  "properties": {
    "version": {
      "description": "the file format version; this build reads 1",
      "type": "integer",
      "minimum": 1,
      "maximum": 1
    },
    "kind": {
      "const": "decision-table"
    },
    "id": {
      "type": "string",
      "pattern": "^[^\\s]{1,64}$"
    },
    "name": {
      "type": "string"
    },
    "description": {
      "type": "string"
    },
    "hit_policy": {
      "type": "string",
      "enum": ["unique", "first", "priority", "any", "rule_order", "collect"]
    },
    "aggregation": {
      "type": "string",
      "enum": ["sum", "count", "min", "max"]
    },
    "inputs": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[^\\s]{1,64}$"
          },
          "expr": {
            "description": "a rule in the CEL subset, checked against the case schema",
            "type": "string"
          }
        },
        "required": ["id", "expr"],
        "additionalProperties": false
      }
    },
    "outputs": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[^\\s]{1,64}$"
          },
          "type": {
            "type": "string",
            "enum": ["int", "double", "string", "bool"]
          },
          "values": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "required": ["id", "type"],
        "additionalProperties": false
      }
    },
    "rules": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[^\\s]{1,64}$"
          },
          "when": {
            "type": "array",
            "items": {
              "description": "a CEL literal or DMN unary test: -, \"婚恋\", >= 5, [1..10], not(…)",
              "anyOf": [
                {
                  "type": "string"
                },
                {
                  "type": "number"
                },
                {
                  "type": "boolean"
                }
              ]
            }
          },
          "then": {
            "type": "array",
            "items": {
              "description": "a CEL literal or DMN unary test: -, \"婚恋\", >= 5, [1..10], not(…)",
              "anyOf": [
                {
                  "type": "string"
                },
                {
                  "type": "number"
                },
                {
                  "type": "boolean"
                }
              ]
            }
          }
        },
        "required": ["when", "then"],
        "additionalProperties": false
      }
    }
  },
  "required": ["version", "kind", "id", "hit_policy", "inputs", "outputs", "rules"],
  "additionalProperties": false
}

"""#),
        File(path: "json-schema/sizhen-district.schema.json", text: #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "sizhen-district.schema.json",
  "title": "Sizhen district file",
  "type": "object",
  "properties": {
    "version": {
      "description": "the file format version; this build reads 1",
      "type": "integer",
      "minimum": 1,
      "maximum": 1
    },
    "kind": {
      "const": "district"
    },
    "id": {
      "type": "string",
      "pattern": "^[^\\s]{1,64}$"
    },
    "name": {
      "type": "string"
    },
    "time_zone": {
      "description": "an IANA time zone, e.g. Asia/Shanghai",
      "type": "string"
    },
    "calendar": {
      "type": "string",
      "pattern": "^[^\\s]{1,64}$"
    },
    "travel_buffer": {
      "description": "minutes a person needs between sites in different streets on the same day (default 30)",
      "type": "integer",
      "minimum": 0,
      "maximum": 1440
    },
    "roles": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[^\\s]{1,64}$"
          },
          "name": {
            "type": "string"
          }
        },
        "required": ["id"],
        "additionalProperties": false
      }
    },
    "record_types": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[^\\s]{1,64}$"
          },
          "name": {
            "type": "string"
          },
          "description": {
            "type": "string"
          }
        },
        "required": ["id"],
        "additionalProperties": false
      }
    },
    "reports": {
      "description": "what the monthly report (sizhen report) reads",
      "type": "object",
      "properties": {
        "subsidy_roles": {
          "description": "the roles whose holders are paid the mediation subsidy; absent: everyone on a subsidised record",
          "anyOf": [
            {
              "type": "array",
              "items": {
                "type": "string",
                "pattern": "^[^\\s]{1,64}$"
              }
            },
            {
              "type": "string",
              "pattern": "^[^\\s]{1,64}$"
            }
          ]
        },
        "subsidy_payee": {
          "description": "who is paid a case served by several people of a paid role: lead (the first on the record, the default) or split (shared equally); a case is paid once",
          "type": "string",
          "enum": ["lead", "split"]
        },
        "report_within": {
          "description": "workdays after an occurrence's day before the report shows it as not reported when no sheet has said whether it was held (default 3)",
          "type": "integer",
          "minimum": 0,
          "maximum": 60
        },
        "prepared_by": {
          "description": "who draws up the report, the ledger and the roster (制表): printed on its signature line",
          "type": "string"
        },
        "reviewed_by": {
          "description": "who checks them (审核): printed on its signature line",
          "type": "string"
        },
        "screening": {
          "description": "the monthly dispute screening (矛盾纠纷排查)",
          "type": "object",
          "properties": {
            "cases": {
              "description": "which cases the dispute screening counts; absent: every case",
              "anyOf": [
                {
                  "description": "a rule in the CEL subset, checked against the case schema",
                  "type": "string"
                },
                {
                  "type": "object",
                  "properties": {
                    "when": {
                      "description": "a rule in the CEL subset, checked against the case schema",
                      "type": "string"
                    },
                    "description": {
                      "description": "the rule in words, one line: reports show it instead of the expression (--show-rules shows both)",
                      "type": "string",
                      "pattern": "^[^\\n]*$",
                      "maxLength": 120
                    }
                  },
                  "required": ["when"],
                  "additionalProperties": false
                }
              ]
            },
            "category": {
              "description": "the case field the cases are grouped by",
              "type": "string",
              "pattern": "^[^\\s]{1,64}$"
            },
            "focus": {
              "description": "the categories in focus, listed first",
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "risk": {
              "description": "the rule that marks a case at risk of turning criminal (民转刑)",
              "anyOf": [
                {
                  "description": "a rule in the CEL subset, checked against the case schema",
                  "type": "string"
                },
                {
                  "type": "object",
                  "properties": {
                    "when": {
                      "description": "a rule in the CEL subset, checked against the case schema",
                      "type": "string"
                    },
                    "description": {
                      "description": "the rule in words, one line: reports show it instead of the expression (--show-rules shows both)",
                      "type": "string",
                      "pattern": "^[^\\n]*$",
                      "maxLength": 120
                    }
                  },
                  "required": ["when"],
                  "additionalProperties": false
                }
              ]
            }
          },
          "required": ["category"],
          "additionalProperties": false
        }
      },
      "additionalProperties": false
    },
    "streets": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[^\\s]{1,64}$"
          },
          "name": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "enum": ["street", "town"]
          },
          "justice_office": {
            "type": "object",
            "properties": {
              "posts": {
                "type": "integer",
                "minimum": 0,
                "maximum": 100
              }
            },
            "required": ["posts"],
            "additionalProperties": false
          },
          "communities": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "id": {
                  "type": "string",
                  "pattern": "^[^\\s]{1,64}$"
                },
                "name": {
                  "type": "string"
                },
                "type": {
                  "type": "string",
                  "enum": ["community", "village"]
                },
                "households": {
                  "type": "integer",
                  "minimum": 0
                },
                "tags": {
                  "anyOf": [
                    {
                      "type": "array",
                      "items": {
                        "type": "string"
                      }
                    },
                    {
                      "type": "string"
                    }
                  ]
                },
                "address": {
                  "type": "string"
                }
              },
              "required": ["id", "name", "households"],
              "additionalProperties": false
            }
          }
        },
        "required": ["id", "name", "communities"],
        "additionalProperties": false
      }
    }
  },
  "required": ["version", "kind", "id"],
  "additionalProperties": false
}

"""#),
        File(path: "json-schema/sizhen-scenario.schema.json", text: #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "sizhen-scenario.schema.json",
  "title": "Sizhen scenario file",
  "type": "object",
  "properties": {
    "version": {
      "description": "the file format version; this build reads 1",
      "type": "integer",
      "minimum": 1,
      "maximum": 1
    },
    "kind": {
      "const": "scenario"
    },
    "id": {
      "type": "string",
      "pattern": "^[^\\s]{1,64}$"
    },
    "seed": {
      "type": "integer",
      "minimum": 0
    },
    "visitors_per_sitting": {
      "type": "object",
      "properties": {
        "base": {
          "type": "number",
          "minimum": 0.0
        },
        "per_1000_households": {
          "type": "number",
          "minimum": 0.0
        }
      },
      "additionalProperties": false
    },
    "case_kinds": {
      "description": "value → share; the shares add up to 1",
      "type": "object",
      "additionalProperties": {
        "type": "number",
        "minimum": 0.0,
        "maximum": 1.0
      }
    },
    "categories": {
      "description": "value → share; the shares add up to 1",
      "type": "object",
      "additionalProperties": {
        "type": "number",
        "minimum": 0.0,
        "maximum": 1.0
      }
    },
    "complexity": {
      "description": "value → share; the shares add up to 1",
      "type": "object",
      "additionalProperties": {
        "type": "number",
        "minimum": 0.0,
        "maximum": 1.0
      }
    },
    "parties": {
      "type": "object",
      "properties": {
        "mean": {
          "type": "number",
          "minimum": 1.0
        },
        "minimum": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100
        }
      },
      "required": ["mean"],
      "additionalProperties": false
    },
    "major_share": {
      "type": "number",
      "minimum": 0.0,
      "maximum": 1.0
    },
    "major_kinds": {
      "description": "the case kinds that may be major; absent: every kind",
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "topics": {
      "description": "topic → the share of cases that raise it, each drawn on its own, into fields.topics",
      "type": "object",
      "additionalProperties": {
        "type": "number",
        "minimum": 0.0,
        "maximum": 1.0
      }
    },
    "event_activities": {
      "description": "form → the share of events held in it, each drawn on its own, into fields.activities",
      "type": "object",
      "additionalProperties": {
        "type": "number",
        "minimum": 0.0,
        "maximum": 1.0
      }
    },
    "mediation_success": {
      "type": "object",
      "additionalProperties": {
        "type": "number",
        "minimum": 0.0,
        "maximum": 1.0
      }
    },
    "needs_per_household_visit": {
      "type": "number",
      "minimum": 0.0
    },
    "housebound_share": {
      "type": "number",
      "minimum": 0.0,
      "maximum": 1.0
    },
    "households_visited_per_round": {
      "type": "integer",
      "minimum": 0
    },
    "event_attendance": {
      "type": "object",
      "properties": {
        "mean": {
          "type": "number",
          "minimum": 0.0
        }
      },
      "required": ["mean"],
      "additionalProperties": false
    },
    "sick_days_per_person_month": {
      "type": "number",
      "minimum": 0.0,
      "maximum": 31.0
    },
    "fields": {
      "description": "the case fields the draws fill",
      "type": "object",
      "properties": {
        "kind": {
          "description": "a case field, e.g. resident.age",
          "type": "string"
        },
        "category": {
          "description": "a case field, e.g. resident.age",
          "type": "string"
        },
        "complexity": {
          "description": "a case field, e.g. resident.age",
          "type": "string"
        },
        "parties": {
          "description": "a case field, e.g. resident.age",
          "type": "string"
        },
        "major": {
          "description": "a case field, e.g. resident.age",
          "type": "string"
        },
        "risk": {
          "description": "a case field, e.g. resident.age",
          "type": "string"
        },
        "housebound": {
          "description": "a case field, e.g. resident.age",
          "type": "string"
        },
        "age": {
          "description": "a case field, e.g. resident.age",
          "type": "string"
        },
        "elderly": {
          "description": "a case field, e.g. resident.age",
          "type": "string"
        },
        "topics": {
          "description": "a case field, e.g. resident.age",
          "type": "string"
        },
        "activities": {
          "description": "a case field, e.g. resident.age",
          "type": "string"
        }
      },
      "additionalProperties": false
    },
    "need_kind": {
      "description": "the kind of a need found on a round",
      "type": "string"
    },
    "dispute_kind": {
      "description": "the kind that is mediated",
      "type": "string"
    },
    "event_consultation_share": {
      "type": "number",
      "minimum": 0.0,
      "maximum": 1.0
    },
    "risk_share": {
      "type": "number",
      "minimum": 0.0,
      "maximum": 1.0
    },
    "ages": {
      "type": "object",
      "properties": {
        "housebound": {
          "type": "object",
          "properties": {
            "base": {
              "type": "integer",
              "minimum": 0,
              "maximum": 130
            },
            "spread": {
              "type": "number",
              "minimum": 0.0,
              "maximum": 130.0
            }
          },
          "required": ["base", "spread"],
          "additionalProperties": false
        },
        "other": {
          "type": "object",
          "properties": {
            "base": {
              "type": "integer",
              "minimum": 0,
              "maximum": 130
            },
            "spread": {
              "type": "number",
              "minimum": 0.0,
              "maximum": 130.0
            }
          },
          "required": ["base", "spread"],
          "additionalProperties": false
        },
        "elderly_from": {
          "type": "integer",
          "minimum": 0,
          "maximum": 130
        }
      },
      "required": ["housebound", "other", "elderly_from"],
      "additionalProperties": false
    }
  },
  "required": ["version", "kind", "id", "case_kinds", "categories", "complexity", "fields", "event_consultation_share", "risk_share", "ages"],
  "additionalProperties": false
}

"""#),
        File(path: "json-schema/sizhen-staff.schema.json", text: #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "sizhen-staff.schema.json",
  "title": "Sizhen staff file",
  "type": "object",
  "properties": {
    "version": {
      "description": "the file format version; this build reads 1",
      "type": "integer",
      "minimum": 1,
      "maximum": 1
    },
    "kind": {
      "const": "staff"
    },
    "defaults": {
      "description": "a place for anchors that people merge with <<: *name",
      "type": "object",
      "additionalProperties": {
        "type": "object",
        "properties": {

        },
        "additionalProperties": false
      }
    },
    "people": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[^\\s]{1,64}$"
          },
          "name": {
            "type": "string"
          },
          "phone": {
            "description": "the number the roster prints: a mobile (13823000001) or a landline with its area code (023-62980001)",
            "type": "string"
          },
          "roles": {
            "anyOf": [
              {
                "type": "array",
                "items": {
                  "type": "string",
                  "pattern": "^[^\\s]{1,64}$"
                }
              },
              {
                "type": "string",
                "pattern": "^[^\\s]{1,64}$"
              }
            ]
          },
          "organisation": {
            "type": "string"
          },
          "street": {
            "type": "string",
            "pattern": "^[^\\s]{1,64}$"
          },
          "paired": {
            "anyOf": [
              {
                "type": "array",
                "items": {
                  "type": "string",
                  "pattern": "^[^\\s]{1,64}$"
                }
              },
              {
                "type": "string",
                "pattern": "^[^\\s]{1,64}$"
              }
            ]
          },
          "skills": {
            "anyOf": [
              {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              {
                "type": "string"
              }
            ]
          },
          "availability": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "days": {
                  "anyOf": [
                    {
                      "type": "array",
                      "items": {
                        "type": "string",
                        "enum": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
                      }
                    },
                    {
                      "type": "string",
                      "enum": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
                    }
                  ]
                },
                "time": {
                  "description": "a time window, HH:MM-HH:MM",
                  "type": "string",
                  "pattern": "^[0-9]{2}:[0-9]{2} ?- ?[0-9]{2}:[0-9]{2}$"
                }
              },
              "required": ["days", "time"],
              "additionalProperties": false
            }
          },
          "leave": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "from": {
                  "description": "a date, YYYY-MM-DD",
                  "type": "string",
                  "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
                },
                "to": {
                  "description": "a date, YYYY-MM-DD",
                  "type": "string",
                  "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
                },
                "date": {
                  "description": "a date, YYYY-MM-DD",
                  "type": "string",
                  "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
                },
                "reason": {
                  "type": "string"
                }
              },
              "additionalProperties": false
            }
          },
          "limits": {
            "type": "object",
            "properties": {
              "per_month": {
                "type": "integer",
                "minimum": 0
              },
              "per_week": {
                "type": "integer",
                "minimum": 0
              },
              "per_day": {
                "type": "integer",
                "minimum": 0
              }
            },
            "additionalProperties": false
          }
        },
        "required": ["id", "name", "roles"],
        "additionalProperties": false
      }
    }
  },
  "required": ["version", "kind", "people"],
  "additionalProperties": false
}

"""#),
        File(path: "json-schema/sizhen-workflow.schema.json", text: #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "sizhen-workflow.schema.json",
  "title": "Sizhen workflow file",
  "type": "object",
  "properties": {
    "version": {
      "description": "the file format version; this build reads 1",
      "type": "integer",
      "minimum": 1,
      "maximum": 1
    },
    "kind": {
      "const": "workflow"
    },
    "id": {
      "type": "string",
      "pattern": "^[^\\s]{1,64}$"
    },
    "name": {
      "type": "string"
    },
    "description": {
      "type": "string"
    },
    "type": {
      "description": "sitting: takes visitors; round: finds needs; panel: sits on escalated cases; event: held on fixed dates",
      "type": "string",
      "enum": ["sitting", "round", "panel", "event"]
    },
    "sites": {
      "anyOf": [
        {
          "const": "district"
        },
        {
          "type": "object",
          "properties": {
            "tags": {
              "anyOf": [
                {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                {
                  "type": "string"
                }
              ]
            },
            "streets": {
              "anyOf": [
                {
                  "type": "array",
                  "items": {
                    "type": "string",
                    "pattern": "^[^\\s]{1,64}$"
                  }
                },
                {
                  "type": "string",
                  "pattern": "^[^\\s]{1,64}$"
                }
              ]
            },
            "communities": {
              "anyOf": [
                {
                  "type": "array",
                  "items": {
                    "type": "string",
                    "pattern": "^[^\\s]{1,64}$"
                  }
                },
                {
                  "type": "string",
                  "pattern": "^[^\\s]{1,64}$"
                }
              ]
            }
          },
          "additionalProperties": false
        }
      ]
    },
    "schedule": {
      "anyOf": [
        {
          "type": "object",
          "properties": {
            "name": {
              "type": "string"
            },
            "rrule": {
              "description": "an RFC 5545 recurrence rule, e.g. FREQ=MONTHLY;BYDAY=2WE,4WE",
              "type": "string"
            },
            "time": {
              "description": "a time window, HH:MM-HH:MM",
              "type": "string",
              "pattern": "^[0-9]{2}:[0-9]{2} ?- ?[0-9]{2}:[0-9]{2}$"
            },
            "on_holiday": {
              "type": "string",
              "enum": ["keep", "skip", "next_workday", "previous_workday", "nearest_workday"]
            },
            "from": {
              "description": "a date, YYYY-MM-DD",
              "type": "string",
              "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
            }
          },
          "required": ["rrule", "time"],
          "additionalProperties": false
        },
        {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "name": {
                "type": "string"
              },
              "rrule": {
                "description": "an RFC 5545 recurrence rule, e.g. FREQ=MONTHLY;BYDAY=2WE,4WE",
                "type": "string"
              },
              "time": {
                "description": "a time window, HH:MM-HH:MM",
                "type": "string",
                "pattern": "^[0-9]{2}:[0-9]{2} ?- ?[0-9]{2}:[0-9]{2}$"
              },
              "on_holiday": {
                "type": "string",
                "enum": ["keep", "skip", "next_workday", "previous_workday", "nearest_workday"]
              },
              "from": {
                "description": "a date, YYYY-MM-DD",
                "type": "string",
                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
              }
            },
            "required": ["rrule", "time"],
            "additionalProperties": false
          }
        }
      ]
    },
    "slots": {
      "type": "object",
      "additionalProperties": {
        "type": "object",
        "properties": {
          "name": {
            "description": "what people call the slot (坐诊律师), shown in Chinese; the key is shown in English",
            "type": "string"
          },
          "roles": {
            "anyOf": [
              {
                "type": "array",
                "items": {
                  "type": "string",
                  "pattern": "^[^\\s]{1,64}$"
                }
              },
              {
                "type": "string",
                "pattern": "^[^\\s]{1,64}$"
              }
            ]
          },
          "count": {
            "type": "integer",
            "minimum": 1,
            "maximum": 50
          },
          "prefer": {
            "anyOf": [
              {
                "type": "array",
                "items": {
                  "type": "string",
                  "enum": ["paired", "same_street", "skills", "continuity", "least_loaded"]
                }
              },
              {
                "type": "string",
                "enum": ["paired", "same_street", "skills", "continuity", "least_loaded"]
              }
            ]
          },
          "skills": {
            "anyOf": [
              {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              {
                "type": "string"
              }
            ]
          },
          "on_demand": {
            "type": "boolean"
          }
        },
        "required": ["roles"],
        "additionalProperties": false
      }
    },
    "panel": {
      "type": "object",
      "properties": {
        "quorum": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "role": {
                "type": "string",
                "pattern": "^[^\\s]{1,64}$"
              },
              "count": {
                "type": "integer",
                "minimum": 1,
                "maximum": 20
              },
              "organisations": {
                "description": "only holders of the role from these organisations (a staff file's organisation)",
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "same_street": {
                "description": "only holders of the role from the street of the case's community",
                "type": "boolean"
              }
            },
            "required": ["role"],
            "additionalProperties": false
          }
        },
        "max_size": {
          "type": "integer",
          "minimum": 1,
          "maximum": 50
        },
        "exclude_case_staff": {
          "type": "boolean"
        },
        "per_week": {
          "description": "the most panels a week (Monday to Sunday); a case waits for a week with room",
          "type": "integer",
          "minimum": 1,
          "maximum": 500
        }
      },
      "required": ["quorum"],
      "additionalProperties": false
    },
    "within": {
      "description": "N days or N workdays",
      "type": "string",
      "pattern": "^[0-9]+ (day|days|workday|workdays)$"
    },
    "steps": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[^\\s]{1,64}$"
          },
          "when": {
            "description": "a rule in the CEL subset, checked against the case schema",
            "type": "string"
          },
          "for_each": {
            "type": "string",
            "enum": ["visitor", "need", "escalation", "event", "household"]
          },
          "record": {
            "type": "string",
            "pattern": "^[^\\s]{1,64}$"
          },
          "subsidy": {
            "type": "string",
            "pattern": "^[^\\s]{1,64}$"
          },
          "decide": {
            "type": "string",
            "pattern": "^[^\\s]{1,64}$"
          },
          "within": {
            "description": "N days or N workdays",
            "type": "string",
            "pattern": "^[0-9]+ (day|days|workday|workdays)$"
          },
          "assign": {
            "anyOf": [
              {
                "type": "array",
                "items": {
                  "type": "string",
                  "pattern": "^[^\\s]{1,64}$"
                }
              },
              {
                "type": "string",
                "pattern": "^[^\\s]{1,64}$"
              }
            ]
          }
        },
        "required": ["id"],
        "additionalProperties": false
      }
    },
    "escalations": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "pattern": "^[^\\s]{1,64}$"
          },
          "when": {
            "description": "a rule in the CEL subset, checked against the case schema",
            "type": "string"
          },
          "start": {
            "type": "string",
            "pattern": "^[^\\s]{1,64}$"
          },
          "after": {
            "description": "N days or N workdays",
            "type": "string",
            "pattern": "^[0-9]+ (day|days|workday|workdays)$"
          },
          "within": {
            "description": "N days or N workdays",
            "type": "string",
            "pattern": "^[0-9]+ (day|days|workday|workdays)$"
          },
          "description": {
            "description": "the rule in words, one line: reports show it instead of the expression (--show-rules shows both)",
            "type": "string",
            "pattern": "^[^\\n]*$",
            "maxLength": 120
          }
        },
        "required": ["id", "when", "start"],
        "additionalProperties": false
      }
    }
  },
  "required": ["version", "kind", "id", "name", "type"],
  "additionalProperties": false
}

"""#),
        File(path: "scenarios/default.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-scenario.schema.json
# 默认模拟情景：一个月里各诊室可能的接诊量、纠纷构成和巡诊需求 — default simulation demand
version: 1
kind: scenario
id: default
seed: 20261201
# 抽取的数值写入哪些案件字段（案件字段定义中的名称）
fields:
  kind: kind
  category: category
  complexity: complexity
  parties: parties
  major: major
  risk: risk_criminal
  housebound: resident.housebound
  age: resident.age
  elderly: resident.elderly
  topics: topics                 # 涉及的问题（列表字段）
  activities: activities         # 助诊活动形式（列表字段）
need_kind: need                  # 巡诊发现的需求的案件类型
dispute_kind: dispute            # 需要调解的案件类型（按 mediation_success 抽取调解结果）
visitors_per_sitting: { base: 2.0, per_1000_households: 0.6 }
case_kinds: { consultation: 0.7, dispute: 0.3 }
categories: { 婚恋: 0.12, 家庭: 0.18, 邻里: 0.16, 物业: 0.14, 劳动: 0.1, 征地: 0.05, 环境: 0.04, 食品药品: 0.03, 合同: 0.08, 其他: 0.1 }
complexity: { simple: 0.6, general: 0.3, complex: 0.1 }
parties: { mean: 2.3, minimum: 2 }          # 矛盾纠纷的当事人数（至少 2 人）；其他案件 1 人
topics: { 法律援助: 0.03, 心理疏导: 0.05, 低保: 0.03, 就业: 0.02 }   # 每个案件各自独立抽取：涉及这一问题的比例
event_activities: { 讲座: 0.4, 以案释法: 0.3 }                    # 每场助诊活动各自独立抽取：采用这种形式的比例
major_share: 0.05                # 矛盾纠纷中重大疑难的比例
major_kinds: [dispute]           # 只有矛盾纠纷可能是重大疑难案件（巡诊发现的需求、咨询不是）
risk_share: 0.05                 # 排查重点类别（婚恋、家庭、邻里）的矛盾纠纷中有“民转刑”风险的比例
mediation_success: { simple: 0.92, general: 0.78, complex: 0.5 }
needs_per_household_visit: 0.2    # 每 5 户约发现 1 项法律或生活需求
housebound_share: 0.25
households_visited_per_round: 10  # 一个下午（14:00-17:30）走访约 10 户
event_attendance: { mean: 80 }
event_consultation_share: 0.05   # 活动参加者中现场咨询的比例
ages:                            # 居民年龄：基数加泊松分布的增量
  housebound: { base: 65, spread: 10 }
  other: { base: 25, spread: 25 }
  elderly_from: 60
sick_days_per_person_month: 0.2

"""#),
        File(path: "schemas/case.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-case-schema.schema.json
# 案件字段：规则（when）和决策表可以读取的案件信息 — the case schema that rules and decision tables read
version: 1
kind: case-schema
id: case
resolution: resolved     # 引擎按登记表的“结果”写入此字段，计时到期办结案件时读取它
fields:
  kind:
    type: enum
    values: [consultation, dispute, need]
    labels: { consultation: 咨询, dispute: 纠纷, need: 需求 }     # 登记表可以写名称或值，表格显示名称
    description: 案件类型：法律咨询（consultation）、矛盾纠纷（dispute）、巡诊发现的需求（need）
  category:
    type: enum
    values: [婚恋, 家庭, 邻里, 物业, 劳动, 征地, 环境, 食品药品, 合同, 其他]
    description: 纠纷或咨询的领域；婚恋、家庭、邻里是矛盾纠纷排查的重点
  parties: { type: int, min: 1, description: 当事人数 }
  major: { type: bool, description: 是否重大疑难案件 }
  complexity:
    type: enum
    values: [simple, general, complex]
    labels: { simple: 简单, general: 一般, complex: 复杂 }
    description: 调解案件难易：简单、一般、复杂（决定调解案件补贴）
  resolved: { type: bool, description: 矛盾纠纷是否已化解 }
  matter:
    type: enum
    values: [大事, 小事, 私事]
    description: 三事分流结果（由决策表 shishi_fenliu 写入）
  route:
    type: enum
    values: [调委会, 社区, 街镇职能部门]
    description: 三事分流后首先负责处理的组织（由决策表 shishi_fenliu 写入）
  risk_criminal: { type: bool, description: 是否存在“民转刑”风险 }
  escalate:
    type: enum
    values: [huizhen, none]
    labels: { huizhen: 提请会诊, none: 不提请 }
    description: 矛盾纠纷排查结论：是否提请会诊（由决策表 escalation_triage 写入）
  priority:
    type: enum
    values: [高, 普通]
    description: 提请会诊的优先级（由决策表 escalation_triage 写入）
  resident:
    type: object
    description: 求助居民的情况
    fields:
      housebound: { type: bool, description: 出行困难，需要送法到家 }
      age: { type: int, min: 0, max: 130, description: 年龄 }
      elderly: { type: bool, description: 是否老年人（60 岁以上） }
  topics:
    type: list
    items: { type: string }
    description: 涉及的问题，如 心理疏导、低保、就业、法律援助
  activities:
    type: list
    items: { type: string }
    description: 活动形式（助诊活动的整场情况行填写），如 讲座、以案释法、咨询、发放资料
  materials: { type: int, min: 0, description: 发放资料份数（助诊活动的整场情况行填写） }
# 登记表的一致性检查：导入时 when 成立的来访行被拒绝，错误指向 field 所在的单元格。
# when 读取案件字段（case.…）、该行的结果 outcome（resolved 已解决、unresolved 未解决、referred 已转介）和工作流 workflow（编号）；
# 空单元格是案件没有的字段，用 has(case.字段) 判断。
checks:
  - id: kind_required
    when: 'workflow != "huizhen" && !has(case.kind)'     # 会诊的行是提请会诊的案件，类型见原案件
    field: kind
    message: 没有填写案件类型（咨询、纠纷或需求）
  - id: dispute_complexity
    when: 'has(case.kind) && case.kind == "dispute" && !has(case.complexity)'
    field: complexity
    message: 矛盾纠纷须填写调解案件难易（简单、一般或复杂），它决定调解案件补贴
  - id: resolved_but_not_settled
    when: 'outcome == "resolved" && has(case.resolved) && !case.resolved'
    field: resolved
    message: 结果为已解决，矛盾纠纷是否已化解却填了否
  - id: unresolved_but_settled
    when: 'outcome == "unresolved" && has(case.resolved) && case.resolved'
    field: resolved
    message: 结果为未解决，矛盾纠纷是否已化解却填了是

"""#),
        File(path: "staff/community-workers/changshengqiao.yaml", text: #"""
# yaml-language-server: $schema=../../json-schema/sizhen-staff.schema.json
# 长生桥镇社区工作人员：每个社区(村)至少 1 名，负责巡诊入户走访 — community workers of 长生桥镇
version: 1
kind: staff
people:
  - id: cw-changshengqiao-changsheng
    name: 崔琴
    phone: "13823000001"
    roles: [community_worker]
    organisation: 长生社区居民委员会
    street: changshengqiao
    paired: [changshengqiao-changsheng]
    availability: &workdays
      - { days: [MO, TU, WE, TH, FR], time: "08:30-17:30" }
  - id: cw-changshengqiao-chayuan
    name: 韦如明
    phone: "13823000002"
    roles: [community_worker]
    organisation: 茶园社区居民委员会
    street: changshengqiao
    paired: [changshengqiao-chayuan]
    availability: *workdays
  - id: cw-changshengqiao-letian
    name: 赵雨涛
    phone: "13823000003"
    roles: [community_worker]
    organisation: 乐天村村民委员会
    street: changshengqiao
    paired: [changshengqiao-letian]
    availability: *workdays
  - id: cw-changshengqiao-liangfeng
    name: 沈国敏
    phone: "13823000004"
    roles: [community_worker]
    organisation: 凉风村村民委员会
    street: changshengqiao
    paired: [changshengqiao-liangfeng]
    availability: *workdays
  - id: cw-changshengqiao-motian
    name: 韩丽辉
    phone: "13823000005"
    roles: [community_worker]
    organisation: 摩天村村民委员会
    street: changshengqiao
    paired: [changshengqiao-motian]
    availability: *workdays
  - id: cw-changshengqiao-tongxin
    name: 胡婉刚
    phone: "13823000006"
    roles: [community_worker]
    organisation: 同心村村民委员会
    street: changshengqiao
    paired: [changshengqiao-tongxin]
    availability: *workdays
  - id: cw-changshengqiao-guangfu
    name: 龙建强
    phone: "13823000007"
    roles: [community_worker]
    organisation: 广福村村民委员会
    street: changshengqiao
    paired: [changshengqiao-guangfu]
    availability: *workdays
  - id: cw-changshengqiao-xincheng
    name: 蔡瑞婷
    phone: "13823000008"
    roles: [community_worker]
    organisation: 新城社区居民委员会
    street: changshengqiao
    paired: [changshengqiao-xincheng]
    availability: *workdays
  - id: cw-changshengqiao-gaoliang
    name: 郝鹏霞
    phone: "13823000009"
    roles: [community_worker]
    organisation: 高梁村村民委员会
    street: changshengqiao
    paired: [changshengqiao-gaoliang]
    availability: *workdays

"""#),
        File(path: "staff/community-workers/danzishi.yaml", text: #"""
# yaml-language-server: $schema=../../json-schema/sizhen-staff.schema.json
# 弹子石街道社区工作人员：每个社区(村)至少 1 名，负责巡诊入户走访 — community workers of 弹子石街道
version: 1
kind: staff
people:
  - id: cw-danzishi-danzishi
    name: 任雅芳
    phone: "13823000010"
    roles: [community_worker]
    organisation: 弹子石社区居民委员会
    street: danzishi
    paired: [danzishi-danzishi]
    availability: &workdays
      - { days: [MO, TU, WE, TH, FR], time: "08:30-17:30" }
  - id: cw-danzishi-dafosi
    name: 彭子军
    phone: "13823000011"
    roles: [community_worker]
    organisation: 大佛寺社区居民委员会
    street: danzishi
    paired: [danzishi-dafosi]
    availability: *workdays
  - id: cw-danzishi-wangjiatuo
    name: 郭宇蓉
    phone: "13823000012"
    roles: [community_worker]
    organisation: 王家沱社区居民委员会
    street: danzishi
    paired: [danzishi-wangjiatuo]
    availability: *workdays
  - id: cw-danzishi-taichanglu
    name: 田红亮
    phone: "13823000013"
    roles: [community_worker]
    organisation: 泰昌路社区居民委员会
    street: danzishi
    paired: [danzishi-taichanglu]
    availability: *workdays
  - id: cw-danzishi-tenglong
    name: 戴志明
    phone: "13823000014"
    roles: [community_worker]
    organisation: 腾龙社区居民委员会
    street: danzishi
    paired: [danzishi-tenglong]
    availability: *workdays
    leave:
      - { from: 2026-11-09, to: 2026-11-11, reason: 病假 }
  - id: cw-danzishi-tenglong-2
    name: 何家清
    phone: "13823000015"
    roles: [community_worker]
    organisation: 腾龙社区居民委员会
    street: danzishi
    paired: [danzishi-tenglong]
    availability: *workdays
  - id: cw-danzishi-jiangjing
    name: 邓立鑫
    phone: "13823000016"
    roles: [community_worker]
    organisation: 江景社区居民委员会
    street: danzishi
    paired: [danzishi-jiangjing]
    availability: *workdays
  - id: cw-danzishi-shixi
    name: 薛丽玲
    phone: "13823000017"
    roles: [community_worker]
    organisation: 石溪社区居民委员会
    street: danzishi
    paired: [danzishi-shixi]
    availability: *workdays
  - id: cw-danzishi-qiantaixiang
    name: 程志刚
    phone: "13823000018"
    roles: [community_worker]
    organisation: 谦泰巷社区居民委员会
    street: danzishi
    paired: [danzishi-qiantaixiang]
    availability: *workdays
  - id: cw-danzishi-changjiang
    name: 潘嘉颖
    phone: "13823000019"
    roles: [community_worker]
    organisation: 长江社区居民委员会
    street: danzishi
    paired: [danzishi-changjiang]
    availability: *workdays
  - id: cw-danzishi-guoji
    name: 冯振瑶
    phone: "13823000020"
    roles: [community_worker]
    organisation: 国际社区居民委员会
    street: danzishi
    paired: [danzishi-guoji]
    availability: *workdays
  - id: cw-danzishi-guoji-2
    name: 胡文军
    phone: "13823000021"
    roles: [community_worker]
    organisation: 国际社区居民委员会
    street: danzishi
    paired: [danzishi-guoji]
    availability: *workdays

"""#),
        File(path: "staff/community-workers/guangyang.yaml", text: #"""
# yaml-language-server: $schema=../../json-schema/sizhen-staff.schema.json
# 广阳镇社区工作人员：每个社区(村)至少 1 名，负责巡诊入户走访 — community workers of 广阳镇
version: 1
kind: staff
people:
  - id: cw-guangyang-guangyang
    name: 夏雅清
    phone: "13823000022"
    roles: [community_worker]
    organisation: 广阳社区居民委员会
    street: guangyang
    paired: [guangyang-guangyang]
    availability: &workdays
      - { days: [MO, TU, WE, TH, FR], time: "08:30-17:30" }
  - id: cw-guangyang-mingyue
    name: 龚文平
    phone: "13823000023"
    roles: [community_worker]
    organisation: 明月村村民委员会
    street: guangyang
    paired: [guangyang-mingyue]
    availability: *workdays
  - id: cw-guangyang-huilong
    name: 梁国鑫
    phone: "13823000024"
    roles: [community_worker]
    organisation: 回龙村村民委员会
    street: guangyang
    paired: [guangyang-huilong]
    availability: *workdays
  - id: cw-guangyang-shinian
    name: 杜亚瑶
    phone: "13823000025"
    roles: [community_worker]
    organisation: 石碾村村民委员会
    street: guangyang
    paired: [guangyang-shinian]
    availability: *workdays
  - id: cw-guangyang-yinhu
    name: 阎平
    phone: "13823000026"
    roles: [community_worker]
    organisation: 银湖村村民委员会
    street: guangyang
    paired: [guangyang-yinhu]
    availability: *workdays
  - id: cw-guangyang-beiping
    name: 张德鑫
    phone: "13823000027"
    roles: [community_worker]
    organisation: 碑坪村村民委员会
    street: guangyang
    paired: [guangyang-beiping]
    availability: *workdays
  - id: cw-guangyang-nandao
    name: 彭红强
    phone: "13823000028"
    roles: [community_worker]
    organisation: 南岛村村民委员会
    street: guangyang
    paired: [guangyang-nandao]
    availability: *workdays

"""#),
        File(path: "staff/community-workers/haitangxi.yaml", text: #"""
# yaml-language-server: $schema=../../json-schema/sizhen-staff.schema.json
# 海棠溪街道社区工作人员：每个社区(村)至少 1 名，负责巡诊入户走访 — community workers of 海棠溪街道
version: 1
kind: staff
people:
  - id: cw-haitangxi-yanyu
    name: 魏海勇
    phone: "13823000029"
    roles: [community_worker]
    organisation: 烟雨社区居民委员会
    street: haitangxi
    paired: [haitangxi-yanyu]
    availability: &workdays
      - { days: [MO, TU, WE, TH, FR], time: "08:30-17:30" }
  - id: cw-haitangxi-huilong
    name: 邓立阳
    phone: "13823000030"
    roles: [community_worker]
    organisation: 回龙湾社区居民委员会
    street: haitangxi
    paired: [haitangxi-huilong]
    availability: *workdays
  - id: cw-haitangxi-haitangxi
    name: 毛红薇
    phone: "13823000031"
    roles: [community_worker]
    organisation: 海棠溪社区居民委员会
    street: haitangxi
    paired: [haitangxi-haitangxi]
    availability: *workdays
  - id: cw-haitangxi-luojiaba
    name: 尹红芳
    phone: "13823000032"
    roles: [community_worker]
    organisation: 罗家坝社区居民委员会
    street: haitangxi
    paired: [haitangxi-luojiaba]
    availability: *workdays
  - id: cw-haitangxi-sigongli
    name: 许家霞
    phone: "13823000033"
    roles: [community_worker]
    organisation: 四公里社区居民委员会
    street: haitangxi
    paired: [haitangxi-sigongli]
    availability: *workdays
  - id: cw-haitangxi-sigongli-2
    name: 黎国燕
    phone: "13823000034"
    roles: [community_worker]
    organisation: 四公里社区居民委员会
    street: haitangxi
    paired: [haitangxi-sigongli]
    availability: *workdays
  - id: cw-haitangxi-danlonglu
    name: 姚瑞平
    phone: "13823000035"
    roles: [community_worker]
    organisation: 丹龙路社区居民委员会
    street: haitangxi
    paired: [haitangxi-danlonglu]
    availability: *workdays
  - id: cw-haitangxi-zhongping
    name: 范国芳
    phone: "13823000036"
    roles: [community_worker]
    organisation: 中坪社区居民委员会
    street: haitangxi
    paired: [haitangxi-zhongping]
    availability: *workdays
  - id: cw-haitangxi-tushanlu
    name: 雷永霞
    phone: "13823000037"
    roles: [community_worker]
    organisation: 涂山路社区居民委员会
    street: haitangxi
    paired: [haitangxi-tushanlu]
    availability: *workdays
  - id: cw-haitangxi-tongjiang
    name: 胡晓燕
    phone: "13823000038"
    roles: [community_worker]
    organisation: 通江社区居民委员会
    street: haitangxi
    paired: [haitangxi-tongjiang]
    availability: *workdays
  - id: cw-haitangxi-nanbinhuayuan
    name: 蒋宏磊
    phone: "13823000039"
    roles: [community_worker]
    organisation: 南滨花园社区居民委员会
    street: haitangxi
    paired: [haitangxi-nanbinhuayuan]
    availability: *workdays
  - id: cw-haitangxi-xuefu
    name: 陈秀军
    phone: "13823000040"
    roles: [community_worker]
    organisation: 学府大道社区居民委员会
    street: haitangxi
    paired: [haitangxi-xuefu]
    availability: *workdays
  - id: cw-haitangxi-xuefu-2
    name: 龙子军
    phone: "13823000041"
    roles: [community_worker]
    organisation: 学府大道社区居民委员会
    street: haitangxi
    paired: [haitangxi-xuefu]
    availability: *workdays

"""#),
        File(path: "staff/community-workers/huayuanlu.yaml", text: #"""
# yaml-language-server: $schema=../../json-schema/sizhen-staff.schema.json
# 花园路街道社区工作人员：每个社区(村)至少 1 名，负责巡诊入户走访 — community workers of 花园路街道
version: 1
kind: staff
people:
  - id: cw-huayuanlu-huayuancun
    name: 龙文琴
    phone: "13823000042"
    roles: [community_worker]
    organisation: 花园村社区居民委员会
    street: huayuanlu
    paired: [huayuanlu-huayuancun]
    availability: &workdays
      - { days: [MO, TU, WE, TH, FR], time: "08:30-17:30" }
  - id: cw-huayuanlu-huayuancun-2
    name: 苏锦玲
    phone: "13823000043"
    roles: [community_worker]
    organisation: 花园村社区居民委员会
    street: huayuanlu
    paired: [huayuanlu-huayuancun]
    availability: *workdays
  - id: cw-huayuanlu-nancheng
    name: 傅新亮
    phone: "13823000044"
    roles: [community_worker]
    organisation: 南城社区居民委员会
    street: huayuanlu
    paired: [huayuanlu-nancheng]
    availability: *workdays
  - id: cw-huayuanlu-huigong
    name: 严婉萍
    phone: "13823000045"
    roles: [community_worker]
    organisation: 惠工社区居民委员会
    street: huayuanlu
    paired: [huayuanlu-huigong]
    availability: *workdays
  - id: cw-huayuanlu-tiantaigang
    name: 曾锦婷
    phone: "13823000046"
    roles: [community_worker]
    organisation: 天台岗社区居民委员会
    street: huayuanlu
    paired: [huayuanlu-tiantaigang]
    availability: *workdays
  - id: cw-huayuanlu-rongqiao
    name: 钱鹏艳
    phone: "13823000047"
    roles: [community_worker]
    organisation: 融侨社区居民委员会
    street: huayuanlu
    paired: [huayuanlu-rongqiao]
    availability: *workdays
  - id: cw-huayuanlu-rongqiao-2
    name: 周俊娟
    phone: "13823000048"
    roles: [community_worker]
    organisation: 融侨社区居民委员会
    street: huayuanlu
    paired: [huayuanlu-rongqiao]
    availability: *workdays
  - id: cw-huayuanlu-wugongli
    name: 万秀晨
    phone: "13823000049"
    roles: [community_worker]
    organisation: 五公里社区居民委员会
    street: huayuanlu
    paired: [huayuanlu-wugongli]
    availability: *workdays
  - id: cw-huayuanlu-fuhong
    name: 贾颖
    phone: "13823000050"
    roles: [community_worker]
    organisation: 福红社区居民委员会
    street: huayuanlu
    paired: [huayuanlu-fuhong]
    availability: *workdays
  - id: cw-huayuanlu-jinshan
    name: 尹晓辉
    phone: "13823000051"
    roles: [community_worker]
    organisation: 金山社区居民委员会
    street: huayuanlu
    paired: [huayuanlu-jinshan]
    availability: *workdays
  - id: cw-huayuanlu-huayuanxincun
    name: 邹中晨
    phone: "13823000052"
    roles: [community_worker]
    organisation: 花园新村社区居民委员会
    street: huayuanlu
    paired: [huayuanlu-huayuanxincun]
    availability: *workdays
  - id: cw-huayuanlu-lanhua
    name: 马嘉涛
    phone: "13823000053"
    roles: [community_worker]
    organisation: 兰花社区居民委员会
    street: huayuanlu
    paired: [huayuanlu-lanhua]
    availability: *workdays
  - id: cw-huayuanlu-nanhu
    name: 李秀勇
    phone: "13823000054"
    roles: [community_worker]
    organisation: 南湖社区居民委员会
    street: huayuanlu
    paired: [huayuanlu-nanhu]
    availability: *workdays

"""#),
        File(path: "staff/community-workers/jiguanshi.yaml", text: #"""
# yaml-language-server: $schema=../../json-schema/sizhen-staff.schema.json
# 鸡冠石镇社区工作人员：每个社区(村)至少 1 名，负责巡诊入户走访 — community workers of 鸡冠石镇
version: 1
kind: staff
people:
  - id: cw-jiguanshi-jiguanshi
    name: 曹晓玲
    phone: "13823000055"
    roles: [community_worker]
    organisation: 鸡冠石社区居民委员会
    street: jiguanshi
    paired: [jiguanshi-jiguanshi]
    availability: &workdays
      - { days: [MO, TU, WE, TH, FR], time: "08:30-17:30" }
  - id: cw-jiguanshi-shilong
    name: 钱斌
    phone: "13823000056"
    roles: [community_worker]
    organisation: 石龙村村民委员会
    street: jiguanshi
    paired: [jiguanshi-shilong]
    availability: *workdays
  - id: cw-jiguanshi-xinhua
    name: 尹玉敏
    phone: "13823000057"
    roles: [community_worker]
    organisation: 新华村村民委员会
    street: jiguanshi
    paired: [jiguanshi-xinhua]
    availability: *workdays
  - id: cw-jiguanshi-naxigou
    name: 谭子玲
    phone: "13823000058"
    roles: [community_worker]
    organisation: 纳溪沟村村民委员会
    street: jiguanshi
    paired: [jiguanshi-naxigou]
    availability: *workdays
  - id: cw-jiguanshi-daxing
    name: 马俊蓉
    phone: "13823000059"
    roles: [community_worker]
    organisation: 大兴村村民委员会
    street: jiguanshi
    paired: [jiguanshi-daxing]
    availability: *workdays
  - id: cw-jiguanshi-yankou
    name: 廖浩平
    phone: "13823000060"
    roles: [community_worker]
    organisation: 岩口村村民委员会
    street: jiguanshi
    paired: [jiguanshi-yankou]
    availability: *workdays
  - id: cw-jiguanshi-jinji
    name: 魏敏
    phone: "13823000061"
    roles: [community_worker]
    organisation: 金鸡村村民委员会
    street: jiguanshi
    paired: [jiguanshi-jinji]
    availability: *workdays
  - id: cw-jiguanshi-jiangxi
    name: 刘小霞
    phone: "13823000062"
    roles: [community_worker]
    organisation: 江溪村村民委员会
    street: jiguanshi
    paired: [jiguanshi-jiangxi]
    availability: *workdays

"""#),
        File(path: "staff/community-workers/longmenhao.yaml", text: #"""
# yaml-language-server: $schema=../../json-schema/sizhen-staff.schema.json
# 龙门浩街道社区工作人员：每个社区(村)至少 1 名，负责巡诊入户走访 — community workers of 龙门浩街道
version: 1
kind: staff
people:
  - id: cw-longmenhao-shangxinjie
    name: 江嘉杰
    phone: "13823000063"
    roles: [community_worker]
    organisation: 上新街社区居民委员会
    street: longmenhao
    paired: [longmenhao-shangxinjie]
    availability: &workdays
      - { days: [MO, TU, WE, TH, FR], time: "08:30-17:30" }
  - id: cw-longmenhao-longmenhao
    name: 陈春敏
    phone: "13823000064"
    roles: [community_worker]
    organisation: 龙门浩社区居民委员会
    street: longmenhao
    paired: [longmenhao-longmenhao]
    availability: *workdays
  - id: cw-longmenhao-mishijie
    name: 高燕
    phone: "13823000065"
    roles: [community_worker]
    organisation: 米市街社区居民委员会
    street: longmenhao
    paired: [longmenhao-mishijie]
    availability: *workdays
  - id: cw-longmenhao-xiahao
    name: 程丽霞
    phone: "13823000066"
    roles: [community_worker]
    organisation: 下浩社区居民委员会
    street: longmenhao
    paired: [longmenhao-xiahao]
    availability: *workdays
  - id: cw-longmenhao-maanshan
    name: 龙新峰
    phone: "13823000067"
    roles: [community_worker]
    organisation: 马鞍山社区居民委员会
    street: longmenhao
    paired: [longmenhao-maanshan]
    availability: *workdays
  - id: cw-longmenhao-binjiang
    name: 严秀芳
    phone: "13823000068"
    roles: [community_worker]
    organisation: 滨江社区居民委员会
    street: longmenhao
    paired: [longmenhao-binjiang]
    availability: *workdays
  - id: cw-longmenhao-yueliangwan
    name: 王锦玲
    phone: "13823000069"
    roles: [community_worker]
    organisation: 月亮湾社区居民委员会
    street: longmenhao
    paired: [longmenhao-yueliangwan]
    availability: *workdays
  - id: cw-longmenhao-huanggedu
    name: 方子刚
    phone: "13823000070"
    roles: [community_worker]
    organisation: 黄葛渡社区居民委员会
    street: longmenhao
    paired: [longmenhao-huanggedu]
    availability: *workdays
  - id: cw-longmenhao-dongyuan
    name: 蒋春娟
    phone: "13823000071"
    roles: [community_worker]
    organisation: 东原社区居民委员会
    street: longmenhao
    paired: [longmenhao-dongyuan]
    availability: *workdays

"""#),
        File(path: "staff/community-workers/nanping.yaml", text: #"""
# yaml-language-server: $schema=../../json-schema/sizhen-staff.schema.json
# 南坪街道社区工作人员：每个社区(村)至少 1 名，负责巡诊入户走访 — community workers of 南坪街道
version: 1
kind: staff
people:
  - id: cw-nanping-donglu
    name: 史倩
    phone: "13823000072"
    roles: [community_worker]
    organisation: 东路社区居民委员会
    street: nanping
    paired: [nanping-donglu]
    availability: &workdays
      - { days: [MO, TU, WE, TH, FR], time: "08:30-17:30" }
  - id: cw-nanping-xilu
    name: 袁立帆
    phone: "13823000073"
    roles: [community_worker]
    organisation: 西路社区居民委员会
    street: nanping
    paired: [nanping-xilu]
    availability: *workdays
  - id: cw-nanping-houbao
    name: 史锦琳
    phone: "13823000074"
    roles: [community_worker]
    organisation: 后堡社区居民委员会
    street: nanping
    paired: [nanping-houbao]
    availability: *workdays
  - id: cw-nanping-houbao-2
    name: 严浩杰
    phone: "13823000075"
    roles: [community_worker]
    organisation: 后堡社区居民委员会
    street: nanping
    paired: [nanping-houbao]
    availability: *workdays
  - id: cw-nanping-yangguang
    name: 范志艳
    phone: "13823000076"
    roles: [community_worker]
    organisation: 阳光社区居民委员会
    street: nanping
    paired: [nanping-yangguang]
    availability: *workdays
  - id: cw-nanping-hongshenglu
    name: 熊晨
    phone: "13823000077"
    roles: [community_worker]
    organisation: 宏声路社区居民委员会
    street: nanping
    paired: [nanping-hongshenglu]
    availability: *workdays
  - id: cw-nanping-zhengjie
    name: 姜永斌
    phone: "13823000078"
    roles: [community_worker]
    organisation: 南坪正街社区居民委员会
    street: nanping
    paired: [nanping-zhengjie]
    availability: *workdays
  - id: cw-nanping-wanshoulu
    name: 侯永磊
    phone: "13823000079"
    roles: [community_worker]
    organisation: 万寿路社区居民委员会
    street: nanping
    paired: [nanping-wanshoulu]
    availability: *workdays
  - id: cw-nanping-jinzishan
    name: 崔晓敏
    phone: "13823000080"
    roles: [community_worker]
    organisation: 金紫山社区居民委员会
    street: nanping
    paired: [nanping-jinzishan]
    availability: *workdays
  - id: cw-nanping-jiangnandadao
    name: 苏平
    phone: "13823000081"
    roles: [community_worker]
    organisation: 江南大道社区居民委员会
    street: nanping
    paired: [nanping-jiangnandadao]
    availability: *workdays
  - id: cw-nanping-jiangnandadao-2
    name: 夏倩
    phone: "13823000082"
    roles: [community_worker]
    organisation: 江南大道社区居民委员会
    street: nanping
    paired: [nanping-jiangnandadao]
    availability: *workdays
  - id: cw-nanping-huizhan
    name: 白玲
    phone: "13823000083"
    roles: [community_worker]
    organisation: 会展社区居民委员会
    street: nanping
    paired: [nanping-huizhan]
    availability: *workdays
  - id: cw-nanping-baiziwan
    name: 贺如鑫
    phone: "13823000084"
    roles: [community_worker]
    organisation: 百子湾社区居民委员会
    street: nanping
    paired: [nanping-baiziwan]
    availability: *workdays
  - id: cw-nanping-shanhu
    name: 郝晓波
    phone: "13823000085"
    roles: [community_worker]
    organisation: 珊瑚社区居民委员会
    street: nanping
    paired: [nanping-shanhu]
    availability: *workdays
  - id: cw-nanping-gongmao
    name: 秦春波
    phone: "13823000086"
    roles: [community_worker]
    organisation: 工贸社区居民委员会
    street: nanping
    paired: [nanping-gongmao]
    availability: *workdays

"""#),
        File(path: "staff/community-workers/nanpingzhen.yaml", text: #"""
# yaml-language-server: $schema=../../json-schema/sizhen-staff.schema.json
# 南坪镇社区工作人员：每个社区(村)至少 1 名，负责巡诊入户走访 — community workers of 南坪镇
version: 1
kind: staff
people:
  - id: cw-nanpingzhen-jinzhu
    name: 蔡帆
    phone: "13823000087"
    roles: [community_worker]
    organisation: 金竹社区居民委员会
    street: nanpingzhen
    paired: [nanpingzhen-jinzhu]
    availability: &workdays
      - { days: [MO, TU, WE, TH, FR], time: "08:30-17:30" }
  - id: cw-nanpingzhen-donghai
    name: 卢文斌
    phone: "13823000088"
    roles: [community_worker]
    organisation: 东海社区居民委员会
    street: nanpingzhen
    paired: [nanpingzhen-donghai]
    availability: *workdays
  - id: cw-nanpingzhen-baibuti
    name: 孟琴
    phone: "13823000089"
    roles: [community_worker]
    organisation: 百步梯社区居民委员会
    street: nanpingzhen
    paired: [nanpingzhen-baibuti]
    availability: *workdays
  - id: cw-nanpingzhen-haixialu
    name: 赵玉然
    phone: "13823000090"
    roles: [community_worker]
    organisation: 海峡路社区居民委员会
    street: nanpingzhen
    paired: [nanpingzhen-haixialu]
    availability: *workdays
  - id: cw-nanpingzhen-shanghaicheng
    name: 武海艳
    phone: "13823000091"
    roles: [community_worker]
    organisation: 上海城社区居民委员会
    street: nanpingzhen
    paired: [nanpingzhen-shanghaicheng]
    availability: *workdays
  - id: cw-nanpingzhen-shanghaicheng-2
    name: 卢永琴
    phone: "13823000092"
    roles: [community_worker]
    organisation: 上海城社区居民委员会
    street: nanpingzhen
    paired: [nanpingzhen-shanghaicheng]
    availability: *workdays
  - id: cw-nanpingzhen-xiexin
    name: 韦清
    phone: "13823000093"
    roles: [community_worker]
    organisation: 协信社区居民委员会
    street: nanpingzhen
    paired: [nanpingzhen-xiexin]
    availability: *workdays
  - id: cw-nanpingzhen-nanpingcun
    name: 阎玉燕
    phone: "13823000094"
    roles: [community_worker]
    organisation: 南坪村村民委员会
    street: nanpingzhen
    paired: [nanpingzhen-nanpingcun]
    availability: *workdays
  - id: cw-nanpingzhen-bagongli
    name: 潘文辉
    phone: "13823000095"
    roles: [community_worker]
    organisation: 八公里社区居民委员会
    street: nanpingzhen
    paired: [nanpingzhen-bagongli]
    availability: *workdays
  - id: cw-nanpingzhen-hongguang
    name: 贾涛
    phone: "13823000096"
    roles: [community_worker]
    organisation: 红光村村民委员会
    street: nanpingzhen
    paired: [nanpingzhen-hongguang]
    availability: *workdays
  - id: cw-nanpingzhen-xinmin
    name: 武玲
    phone: "13823000097"
    roles: [community_worker]
    organisation: 新民社区居民委员会
    street: nanpingzhen
    paired: [nanpingzhen-xinmin]
    availability: *workdays

"""#),
        File(path: "staff/community-workers/nanshan.yaml", text: #"""
# yaml-language-server: $schema=../../json-schema/sizhen-staff.schema.json
# 南山街道社区工作人员：每个社区(村)至少 1 名，负责巡诊入户走访 — community workers of 南山街道
version: 1
kind: staff
people:
  - id: cw-nanshan-huangjueya
    name: 侯如刚
    phone: "13823000098"
    roles: [community_worker]
    organisation: 黄桷垭社区居民委员会
    street: nanshan
    paired: [nanshan-huangjueya]
    availability: &workdays
      - { days: [MO, TU, WE, TH, FR], time: "08:30-17:30" }
  - id: cw-nanshan-nanshan
    name: 薛浩峰
    phone: "13823000099"
    roles: [community_worker]
    organisation: 南山社区居民委员会
    street: nanshan
    paired: [nanshan-nanshan]
    availability: *workdays
  - id: cw-nanshan-shuanglong
    name: 姚国帆
    phone: "13823000100"
    roles: [community_worker]
    organisation: 双龙村村民委员会
    street: nanshan
    paired: [nanshan-shuanglong]
    availability: *workdays
  - id: cw-nanshan-shiniu
    name: 汪明霞
    phone: "13823000101"
    roles: [community_worker]
    organisation: 石牛村村民委员会
    street: nanshan
    paired: [nanshan-shiniu]
    availability: *workdays
  - id: cw-nanshan-xinli
    name: 张明瑶
    phone: "13823000102"
    roles: [community_worker]
    organisation: 新力村村民委员会
    street: nanshan
    paired: [nanshan-xinli]
    availability: *workdays
  - id: cw-nanshan-fangniu
    name: 白雪瑶
    phone: "13823000103"
    roles: [community_worker]
    organisation: 放牛村村民委员会
    street: nanshan
    paired: [nanshan-fangniu]
    availability: *workdays
  - id: cw-nanshan-longjing
    name: 梁振燕
    phone: "13823000104"
    roles: [community_worker]
    organisation: 龙井村村民委员会
    street: nanshan
    paired: [nanshan-longjing]
    availability: *workdays
  - id: cw-nanshan-quanshan
    name: 周振斌
    phone: "13823000105"
    roles: [community_worker]
    organisation: 泉山村村民委员会
    street: nanshan
    paired: [nanshan-quanshan]
    availability: *workdays

"""#),
        File(path: "staff/community-workers/tianwen.yaml", text: #"""
# yaml-language-server: $schema=../../json-schema/sizhen-staff.schema.json
# 天文街道社区工作人员：每个社区(村)至少 1 名，负责巡诊入户走访 — community workers of 天文街道
version: 1
kind: staff
people:
  - id: cw-tianwen-tianwen
    name: 侯海玲
    phone: "13823000106"
    roles: [community_worker]
    organisation: 天文社区居民委员会
    street: tianwen
    paired: [tianwen-tianwen]
    availability: &workdays
      - { days: [MO, TU, WE, TH, FR], time: "08:30-17:30" }
  - id: cw-tianwen-beidou
    name: 罗超
    phone: "13823000107"
    roles: [community_worker]
    organisation: 北斗社区居民委员会
    street: tianwen
    paired: [tianwen-beidou]
    availability: *workdays
  - id: cw-tianwen-nalan
    name: 熊丽玲
    phone: "13823000108"
    roles: [community_worker]
    organisation: 纳兰社区居民委员会
    street: tianwen
    paired: [tianwen-nalan]
    availability: *workdays
  - id: cw-tianwen-dashi
    name: 孟艳
    phone: "13823000109"
    roles: [community_worker]
    organisation: 大石社区居民委员会
    street: tianwen
    paired: [tianwen-dashi]
    availability: *workdays
  - id: cw-tianwen-xiajia
    name: 蒋宇霞
    phone: "13823000110"
    roles: [community_worker]
    organisation: 夏家社区居民委员会
    street: tianwen
    paired: [tianwen-xiajia]
    availability: *workdays
  - id: cw-tianwen-chengnanjiayuan
    name: 廖斌
    phone: "13823000111"
    roles: [community_worker]
    organisation: 城南家园社区居民委员会
    street: tianwen
    paired: [tianwen-chengnanjiayuan]
    availability: *workdays
  - id: cw-tianwen-chengnanjiayuan-2
    name: 黎立帆
    phone: "13823000112"
    roles: [community_worker]
    organisation: 城南家园社区居民委员会
    street: tianwen
    paired: [tianwen-chengnanjiayuan]
    availability: *workdays
  - id: cw-tianwen-tianming
    name: 江子婷
    phone: "13823000113"
    roles: [community_worker]
    organisation: 天明社区居民委员会
    street: tianwen
    paired: [tianwen-tianming]
    availability: *workdays

"""#),
        File(path: "staff/community-workers/tongyuanju.yaml", text: #"""
# yaml-language-server: $schema=../../json-schema/sizhen-staff.schema.json
# 铜元局街道社区工作人员：每个社区(村)至少 1 名，负责巡诊入户走访 — community workers of 铜元局街道
version: 1
kind: staff
people:
  - id: cw-tongyuanju-sujiaba
    name: 武如萍
    phone: "13823000114"
    roles: [community_worker]
    organisation: 苏家坝社区居民委员会
    street: tongyuanju
    paired: [tongyuanju-sujiaba]
    availability: &workdays
      - { days: [MO, TU, WE, TH, FR], time: "08:30-17:30" }
  - id: cw-tongyuanju-xiangshuilu
    name: 贾然
    phone: "13823000115"
    roles: [community_worker]
    organisation: 响水路社区居民委员会
    street: tongyuanju
    paired: [tongyuanju-xiangshuilu]
    availability: *workdays
  - id: cw-tongyuanju-tongyuan
    name: 戴雪颖
    phone: "13823000116"
    roles: [community_worker]
    organisation: 铜元社区居民委员会
    street: tongyuanju
    paired: [tongyuanju-tongyuan]
    availability: *workdays
  - id: cw-tongyuanju-jiangnan
    name: 廖佳阳
    phone: "13823000117"
    roles: [community_worker]
    organisation: 江南社区居民委员会
    street: tongyuanju
    paired: [tongyuanju-jiangnan]
    availability: *workdays
  - id: cw-tongyuanju-xinjie
    name: 钟建清
    phone: "13823000118"
    roles: [community_worker]
    organisation: 新街社区居民委员会
    street: tongyuanju
    paired: [tongyuanju-xinjie]
    availability: *workdays
  - id: cw-tongyuanju-xuetangwan
    name: 陶小波
    phone: "13823000119"
    roles: [community_worker]
    organisation: 学堂湾社区居民委员会
    street: tongyuanju
    paired: [tongyuanju-xuetangwan]
    availability: *workdays
  - id: cw-tongyuanju-tongyuandao
    name: 周瑶
    phone: "13823000120"
    roles: [community_worker]
    organisation: 铜元道社区居民委员会
    street: tongyuanju
    paired: [tongyuanju-tongyuandao]
    availability: *workdays
  - id: cw-tongyuanju-daqiao
    name: 廖海阳
    phone: "13823000121"
    roles: [community_worker]
    organisation: 大桥社区居民委员会
    street: tongyuanju
    paired: [tongyuanju-daqiao]
    availability: *workdays
  - id: cw-tongyuanju-nanbin
    name: 方亚明
    phone: "13823000122"
    roles: [community_worker]
    organisation: 南滨社区居民委员会
    street: tongyuanju
    paired: [tongyuanju-nanbin]
    availability: *workdays

"""#),
        File(path: "staff/community-workers/tushan.yaml", text: #"""
# yaml-language-server: $schema=../../json-schema/sizhen-staff.schema.json
# 涂山镇社区工作人员：每个社区(村)至少 1 名，负责巡诊入户走访 — community workers of 涂山镇
version: 1
kind: staff
people:
  - id: cw-tushan-tushanhu
    name: 邱佳昊
    phone: "13823000123"
    roles: [community_worker]
    organisation: 涂山湖社区居民委员会
    street: tushan
    paired: [tushan-tushanhu]
    availability: &workdays
      - { days: [MO, TU, WE, TH, FR], time: "08:30-17:30" }
  - id: cw-tushan-lianhua
    name: 冯立玲
    phone: "13823000124"
    roles: [community_worker]
    organisation: 莲花社区居民委员会
    street: tushan
    paired: [tushan-lianhua]
    availability: *workdays
  - id: cw-tushan-fumin
    name: 苏洋
    phone: "13823000125"
    roles: [community_worker]
    organisation: 福民社区居民委员会
    street: tushan
    paired: [tushan-fumin]
    availability: *workdays
  - id: cw-tushan-mingyuetuo
    name: 董子清
    phone: "13823000126"
    roles: [community_worker]
    organisation: 明月沱社区居民委员会
    street: tushan
    paired: [tushan-mingyuetuo]
    availability: *workdays
  - id: cw-tushan-kuzhu
    name: 吕然
    phone: "13823000127"
    roles: [community_worker]
    organisation: 苦竹村村民委员会
    street: tushan
    paired: [tushan-kuzhu]
    availability: *workdays
  - id: cw-tushan-shuangfeng
    name: 曾浩瑶
    phone: "13823000128"
    roles: [community_worker]
    organisation: 双峰村村民委员会
    street: tushan
    paired: [tushan-shuangfeng]
    availability: *workdays
  - id: cw-tushan-huangshan
    name: 龙嘉霞
    phone: "13823000129"
    roles: [community_worker]
    organisation: 黄山村村民委员会
    street: tushan
    paired: [tushan-huangshan]
    availability: *workdays
  - id: cw-tushan-gaofeng
    name: 黎娟
    phone: "13823000130"
    roles: [community_worker]
    organisation: 高峰村村民委员会
    street: tushan
    paired: [tushan-gaofeng]
    availability: *workdays
  - id: cw-tushan-laolong
    name: 谢如峰
    phone: "13823000131"
    roles: [community_worker]
    organisation: 老龙村村民委员会
    street: tushan
    paired: [tushan-laolong]
    availability: *workdays
  - id: cw-tushan-tongluo
    name: 陆浩燕
    phone: "13823000132"
    roles: [community_worker]
    organisation: 铜锣村村民委员会
    street: tushan
    paired: [tushan-tongluo]
    availability: *workdays

"""#),
        File(path: "staff/community-workers/xiakou.yaml", text: #"""
# yaml-language-server: $schema=../../json-schema/sizhen-staff.schema.json
# 峡口镇社区工作人员：每个社区(村)至少 1 名，负责巡诊入户走访 — community workers of 峡口镇
version: 1
kind: staff
people:
  - id: cw-xiakou-xiakou
    name: 何雨霞
    phone: "13823000133"
    roles: [community_worker]
    organisation: 峡口社区居民委员会
    street: xiakou
    paired: [xiakou-xiakou]
    availability: &workdays
      - { days: [MO, TU, WE, TH, FR], time: "08:30-17:30" }
  - id: cw-xiakou-dashi
    name: 傅文平
    phone: "13823000134"
    roles: [community_worker]
    organisation: 大石村村民委员会
    street: xiakou
    paired: [xiakou-dashi]
    availability: *workdays
  - id: cw-xiakou-xiliu
    name: 江立峰
    phone: "13823000135"
    roles: [community_worker]
    organisation: 西流村村民委员会
    street: xiakou
    paired: [xiakou-xiliu]
    availability: *workdays
    leave:
      - { date: 2026-12-01, reason: 事假 }
      - { date: 2026-12-02, reason: 事假 }
  - id: cw-xiakou-shuanghe
    name: 薛建涛
    phone: "13823000136"
    roles: [community_worker]
    organisation: 双河村村民委员会
    street: xiakou
    paired: [xiakou-shuanghe]
    availability: *workdays
  - id: cw-xiakou-renhe
    name: 杨雪蓉
    phone: "13823000137"
    roles: [community_worker]
    organisation: 仁和村村民委员会
    street: xiakou
    paired: [xiakou-renhe]
    availability: *workdays
  - id: cw-xiakou-baisha
    name: 段宏琳
    phone: "13823000138"
    roles: [community_worker]
    organisation: 白沙村村民委员会
    street: xiakou
    paired: [xiakou-baisha]
    availability: *workdays
  - id: cw-xiakou-baishu
    name: 阎红平
    phone: "13823000139"
    roles: [community_worker]
    organisation: 柏树村村民委员会
    street: xiakou
    paired: [xiakou-baishu]
    availability: *workdays
  - id: cw-xiakou-shijiao
    name: 薛雅鑫
    phone: "13823000140"
    roles: [community_worker]
    organisation: 石角村村民委员会
    street: xiakou
    paired: [xiakou-shijiao]
    availability: *workdays

"""#),
        File(path: "staff/community-workers/yinglong.yaml", text: #"""
# yaml-language-server: $schema=../../json-schema/sizhen-staff.schema.json
# 迎龙镇社区工作人员：每个社区(村)至少 1 名，负责巡诊入户走访 — community workers of 迎龙镇
version: 1
kind: staff
people:
  - id: cw-yinglong-yinglong
    name: 贺春莉
    phone: "13823000141"
    roles: [community_worker]
    organisation: 迎龙社区居民委员会
    street: yinglong
    paired: [yinglong-yinglong]
    availability: &workdays
      - { days: [MO, TU, WE, TH, FR], time: "08:30-17:30" }
  - id: cw-yinglong-qingyou
    name: 段如薇
    phone: "13823000142"
    roles: [community_worker]
    organisation: 清油村村民委员会
    street: yinglong
    paired: [yinglong-qingyou]
    availability: *workdays
  - id: cw-yinglong-shiping
    name: 钟宇婷
    phone: "13823000143"
    roles: [community_worker]
    organisation: 石坪村村民委员会
    street: yinglong
    paired: [yinglong-shiping]
    availability: *workdays
  - id: cw-yinglong-shuanggu
    name: 熊春磊
    phone: "13823000144"
    roles: [community_worker]
    organisation: 双谷村村民委员会
    street: yinglong
    paired: [yinglong-shuanggu]
    availability: *workdays
  - id: cw-yinglong-longding
    name: 朱明辉
    phone: "13823000145"
    roles: [community_worker]
    organisation: 龙顶村村民委员会
    street: yinglong
    paired: [yinglong-longding]
    availability: *workdays
  - id: cw-yinglong-wutang
    name: 蒋思瑶
    phone: "13823000146"
    roles: [community_worker]
    organisation: 武堂村村民委员会
    street: yinglong
    paired: [yinglong-wutang]
    availability: *workdays
  - id: cw-yinglong-maan
    name: 邵浩帆
    phone: "13823000147"
    roles: [community_worker]
    organisation: 马鞍村村民委员会
    street: yinglong
    paired: [yinglong-maan]
    availability: *workdays
  - id: cw-yinglong-datang
    name: 毛晓瑶
    phone: "13823000148"
    roles: [community_worker]
    organisation: 大塘村村民委员会
    street: yinglong
    paired: [yinglong-datang]
    availability: *workdays

"""#),
        File(path: "staff/justice-offices.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-staff.schema.json
# 司法所工作人员：每个街镇司法所 2 名政法专项编制（天文街道 1 名），承办街镇的行政调解 — justice office staff, two per street or town (天文 one)
version: 1
kind: staff
people:
  - id: SF01
    name: 赵建华
    phone: "023-62980001"
    roles: [justice_officer]
    organisation: 铜元局街道司法所
    street: tongyuanju
    availability: &sf_weekdays
      - { days: [MO, TU, WE, TH, FR], time: "09:00-17:00" }
  - id: SF02
    name: 马晓燕
    phone: "023-62980002"
    roles: [justice_officer]
    organisation: 铜元局街道司法所
    street: tongyuanju
    availability: *sf_weekdays
  - id: SF03
    name: 高文军
    phone: "023-62980003"
    roles: [justice_officer]
    organisation: 花园路街道司法所
    street: huayuanlu
    availability: *sf_weekdays
  - id: SF04
    name: 谢俊杰
    phone: "023-62980004"
    roles: [justice_officer]
    organisation: 花园路街道司法所
    street: huayuanlu
    availability: *sf_weekdays
  - id: SF05
    name: 冯春燕
    phone: "023-62980005"
    roles: [justice_officer]
    organisation: 南坪街道司法所
    street: nanping
    availability: *sf_weekdays
  - id: SF06
    name: 萧立新
    phone: "023-62980006"
    roles: [justice_officer]
    organisation: 南坪街道司法所
    street: nanping
    availability: *sf_weekdays
  - id: SF07
    name: 于淑珍
    phone: "023-62980007"
    roles: [justice_officer]
    organisation: 海棠溪街道司法所
    street: haitangxi
    availability: *sf_weekdays
  - id: SF08
    name: 叶振华
    phone: "023-62980008"
    roles: [justice_officer]
    organisation: 海棠溪街道司法所
    street: haitangxi
    availability: *sf_weekdays
  - id: SF09
    name: 丁佳琪
    phone: "023-62980009"
    roles: [justice_officer]
    organisation: 龙门浩街道司法所
    street: longmenhao
    availability: *sf_weekdays
  - id: SF10
    name: 姜思远
    phone: "023-62980010"
    roles: [justice_officer]
    organisation: 龙门浩街道司法所
    street: longmenhao
    availability: *sf_weekdays
  - id: SF11
    name: 汪国栋
    phone: "023-62980011"
    roles: [justice_officer]
    organisation: 弹子石街道司法所
    street: danzishi
    availability: *sf_weekdays
  - id: SF12
    name: 贾丽娟
    phone: "023-62980012"
    roles: [justice_officer]
    organisation: 弹子石街道司法所
    street: danzishi
    availability: *sf_weekdays
  - id: SF13
    name: 白国平
    phone: "023-62980013"
    roles: [justice_officer]
    organisation: 南山街道司法所
    street: nanshan
    availability: *sf_weekdays
  - id: SF14
    name: 邱秀英
    phone: "023-62980014"
    roles: [justice_officer]
    organisation: 南山街道司法所
    street: nanshan
    availability: *sf_weekdays
  - id: SF15
    name: 段小红
    phone: "023-62980015"
    roles: [justice_officer]
    organisation: 天文街道司法所
    street: tianwen
    availability: *sf_weekdays
  - id: SF16
    name: 陶永刚
    phone: "023-62980016"
    roles: [justice_officer]
    organisation: 南坪镇司法所
    street: nanpingzhen
    availability: *sf_weekdays
  - id: SF17
    name: 郝桂芳
    phone: "023-62980017"
    roles: [justice_officer]
    organisation: 南坪镇司法所
    street: nanpingzhen
    availability: *sf_weekdays
  - id: SF18
    name: 严宏伟
    phone: "023-62980018"
    roles: [justice_officer]
    organisation: 涂山镇司法所
    street: tushan
    availability: *sf_weekdays
  - id: SF19
    name: 孔静怡
    phone: "023-62980019"
    roles: [justice_officer]
    organisation: 涂山镇司法所
    street: tushan
    availability: *sf_weekdays
  - id: SF20
    name: 张子涵
    phone: "023-62980020"
    roles: [justice_officer]
    organisation: 鸡冠石镇司法所
    street: jiguanshi
    availability: *sf_weekdays
  - id: SF21
    name: 赵欣怡
    phone: "023-62980021"
    roles: [justice_officer]
    organisation: 鸡冠石镇司法所
    street: jiguanshi
    availability: *sf_weekdays
  - id: SF22
    name: 马凤英
    phone: "023-62980022"
    roles: [justice_officer]
    organisation: 峡口镇司法所
    street: xiakou
    availability: *sf_weekdays
  - id: SF23
    name: 高志强
    phone: "023-62980023"
    roles: [justice_officer]
    organisation: 峡口镇司法所
    street: xiakou
    availability: *sf_weekdays
  - id: SF24
    name: 谢红梅
    phone: "023-62980024"
    roles: [justice_officer]
    organisation: 长生桥镇司法所
    street: changshengqiao
    availability: *sf_weekdays
  - id: SF25
    name: 冯海燕
    phone: "023-62980025"
    roles: [justice_officer]
    organisation: 长生桥镇司法所
    street: changshengqiao
    availability: *sf_weekdays
  - id: SF26
    name: 萧德明
    phone: "023-62980026"
    roles: [justice_officer]
    organisation: 迎龙镇司法所
    street: yinglong
    availability: *sf_weekdays
  - id: SF27
    name: 于玉兰
    phone: "023-62980027"
    roles: [justice_officer]
    organisation: 迎龙镇司法所
    street: yinglong
    availability: *sf_weekdays
  - id: SF28
    name: 叶明辉
    phone: "023-62980028"
    roles: [justice_officer]
    organisation: 广阳镇司法所
    street: guangyang
    availability: *sf_weekdays
  - id: SF29
    name: 丁雪梅
    phone: "023-62980029"
    roles: [justice_officer]
    organisation: 广阳镇司法所
    street: guangyang
    availability: *sf_weekdays

"""#),
        File(path: "staff/lawyers.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-staff.schema.json
# 志愿律师：50 名，每人与一个社区(村)结对（同村(居)结对服务） — volunteer lawyers, each paired with one community
version: 1
kind: staff
people:
  - id: L001
    name: 曹文敏
    phone: "13823000149"
    roles: [lawyer]
    organisation: 重庆长嘉律师事务所
    street: tongyuanju
    paired: [tongyuanju-sujiaba]  # 铜元局街道苏家坝社区（诊室）
    skills: [物业纠纷, 征地拆迁, 行政诉讼]
    availability: &weekdays
      - { days: [MO, TU, WE, TH, FR], time: "09:00-17:00" }
    limits: &lawyer_limits { per_month: 6, per_week: 2, per_day: 1 }
  - id: L002
    name: 陈春阳
    phone: "13823000150"
    roles: [lawyer]
    organisation: 重庆通江律师事务所
    street: tongyuanju
    paired: [tongyuanju-tongyuan]  # 铜元局街道铜元社区（诊室）
    skills: [征地拆迁, 物业纠纷, 刑事辩护]
    availability: &weekdays_and_saturday
      - { days: [MO, TU, WE, TH, FR], time: "09:00-17:00" }
      - { days: [SA], time: "09:00-12:00" }
    limits: *lawyer_limits
  - id: L003
    name: 蔡振昊
    phone: "13823000151"
    roles: [lawyer]
    organisation: 重庆海棠律师事务所
    street: tongyuanju
    paired: [tongyuanju-xuetangwan]  # 铜元局街道学堂湾社区（诊室）
    skills: [消费维权, 劳动争议]
    availability: *weekdays_and_saturday
    leave:
      - { from: 2026-11-16, to: 2026-11-20, reason: 年假 }
    limits: { <<: *lawyer_limits, per_month: 5 }
  - id: L004
    name: 薛雨玲
    phone: "13823000152"
    roles: [lawyer]
    organisation: 重庆弹石律师事务所
    street: tongyuanju
    paired: [tongyuanju-nanbin]  # 铜元局街道南滨社区
    skills: [房产纠纷, 消费维权, 刑事辩护]
    availability: *weekdays
    limits: *lawyer_limits
  - id: L005
    name: 阎婷
    phone: "13823000153"
    roles: [lawyer]
    organisation: 重庆天文律师事务所
    street: huayuanlu
    paired: [huayuanlu-huayuancun]  # 花园路街道花园村社区（诊室）
    skills: [交通事故, 继承, 债权债务]
    availability: *weekdays_and_saturday
    limits: { <<: *lawyer_limits, per_month: 4 }
  - id: L006
    name: 刘佳波
    phone: "13823000154"
    roles: [lawyer]
    organisation: 重庆渝南律师事务所
    street: huayuanlu
    paired: [huayuanlu-huigong]  # 花园路街道惠工社区（诊室）
    skills: [房产纠纷, 交通事故]
    availability: *weekdays_and_saturday
    limits: *lawyer_limits
  - id: L007
    name: 陈嘉艳
    phone: "13823000155"
    roles: [lawyer]
    organisation: 重庆正泓律师事务所
    street: huayuanlu
    paired: [huayuanlu-rongqiao]  # 花园路街道融侨社区（诊室）
    skills: [行政诉讼, 物业纠纷, 未成年人保护]
    availability:                 # 仅周二、周三、周四上午
      - { days: [TU, WE, TH], time: "09:00-12:00" }
    limits: *lawyer_limits
  - id: L008
    name: 罗雪帆
    phone: "13823000156"
    roles: [lawyer]
    organisation: 重庆渝开律师事务所
    street: huayuanlu
    paired: [huayuanlu-nanhu]  # 花园路街道南湖社区
    skills: [合同纠纷, 交通事故, 劳动争议]
    availability: *weekdays
    limits: { <<: *lawyer_limits, per_month: 5 }
  - id: L009
    name: 贺春霞
    phone: "13823000157"
    roles: [lawyer]
    organisation: 重庆涂山明正律师事务所
    street: huayuanlu
    paired: [huayuanlu-wugongli]  # 花园路街道五公里社区
    skills: [刑事辩护, 消费维权]
    availability:                 # 仅周一、周五
      - { days: [MO, FR], time: "09:00-17:00" }
    limits: *lawyer_limits
  - id: L010
    name: 董小琳
    phone: "13823000158"
    roles: [lawyer]
    organisation: 重庆铜元律师事务所
    street: nanping
    paired: [nanping-donglu]  # 南坪街道东路社区（诊室）
    skills: [房产纠纷, 物业纠纷, 消费维权]
    availability: *weekdays_and_saturday
    limits: { <<: *lawyer_limits, per_month: 4 }
  - id: L011
    name: 何欣凯
    phone: "13823000159"
    roles: [lawyer]
    organisation: 重庆广阳律师事务所
    street: nanping
    paired: [nanping-houbao]  # 南坪街道后堡社区（诊室）
    skills: [行政诉讼, 房产纠纷, 继承]
    availability: *weekdays_and_saturday
    limits: *lawyer_limits
  - id: L012
    name: 杜敏
    phone: "13823000160"
    roles: [lawyer]
    organisation: 重庆江岸律师事务所
    street: nanping
    paired: [nanping-zhengjie]  # 南坪街道南坪正街社区（诊室）
    skills: [婚姻家庭, 征地拆迁]
    availability: *weekdays_and_saturday
    limits: *lawyer_limits
  - id: L013
    name: 万雅娟
    phone: "13823000161"
    roles: [lawyer]
    organisation: 重庆南山明理律师事务所
    street: nanping
    paired: [nanping-jiangnandadao]  # 南坪街道江南大道社区（诊室）
    skills: [房产纠纷, 债权债务, 消费维权]
    availability: *weekdays
    limits: { <<: *lawyer_limits, per_month: 5 }
  - id: L014
    name: 万海亮
    phone: "13823000162"
    roles: [lawyer]
    organisation: 重庆南滨律师事务所
    street: nanping
    paired: [nanping-jinzishan]  # 南坪街道金紫山社区
    skills: [刑事辩护, 劳动争议, 行政诉讼]
    availability:                 # 仅周二、周三、周四上午
      - { days: [TU, WE, TH], time: "09:00-12:00" }
    limits: *lawyer_limits
  - id: L015
    name: 方玉亮
    phone: "13823000163"
    roles: [lawyer]
    organisation: 重庆长嘉律师事务所
    street: nanping
    paired: [nanping-baiziwan]  # 南坪街道百子湾社区
    skills: [征地拆迁, 合同纠纷]
    availability: *weekdays
    limits: { <<: *lawyer_limits, per_month: 4 }
  - id: L016
    name: 谢海莉
    phone: "13823000164"
    roles: [lawyer]
    organisation: 重庆通江律师事务所
    street: haitangxi
    paired: [haitangxi-yanyu]  # 海棠溪街道烟雨社区（诊室）
    skills: [征地拆迁, 合同纠纷, 劳动争议]
    availability: *weekdays_and_saturday
    limits: *lawyer_limits
  - id: L017
    name: 崔中敏
    phone: "13823000165"
    roles: [lawyer]
    organisation: 重庆海棠律师事务所
    street: haitangxi
    paired: [haitangxi-haitangxi]  # 海棠溪街道海棠溪社区（诊室）
    skills: [婚姻家庭, 消费维权, 征地拆迁]
    availability: *weekdays_and_saturday
    leave:
      - { from: 2026-12-07, to: 2026-12-11, reason: 外地出庭 }
    limits: *lawyer_limits
  - id: L018
    name: 万锦瑶
    phone: "13823000166"
    roles: [lawyer]
    organisation: 重庆弹石律师事务所
    street: haitangxi
    paired: [haitangxi-luojiaba]  # 海棠溪街道罗家坝社区（诊室）
    skills: [行政诉讼, 刑事辩护]
    availability: *weekdays_and_saturday
    limits: { <<: *lawyer_limits, per_month: 5 }
  - id: L019
    name: 高春涛
    phone: "13823000167"
    roles: [lawyer]
    organisation: 重庆天文律师事务所
    street: haitangxi
    paired: [haitangxi-sigongli]  # 海棠溪街道四公里社区（诊室）
    skills: [交通事故, 刑事辩护, 医疗纠纷]
    availability: *weekdays_and_saturday
    limits: *lawyer_limits
  - id: L020
    name: 潘莉
    phone: "13823000168"
    roles: [lawyer]
    organisation: 重庆渝南律师事务所
    street: haitangxi
    paired: [haitangxi-zhongping]  # 海棠溪街道中坪社区（诊室）
    skills: [债权债务, 劳动争议, 行政诉讼]
    availability: *weekdays
    limits: { <<: *lawyer_limits, per_month: 4 }
  - id: L021
    name: 范振薇
    phone: "13823000169"
    roles: [lawyer]
    organisation: 重庆正泓律师事务所
    street: haitangxi
    paired: [haitangxi-xuefu]  # 海棠溪街道学府大道社区
    skills: [合同纠纷, 婚姻家庭]
    availability:                 # 仅周二、周三、周四上午
      - { days: [TU, WE, TH], time: "09:00-12:00" }
    limits: *lawyer_limits
  - id: L022
    name: 石娟
    phone: "13823000170"
    roles: [lawyer]
    organisation: 重庆渝开律师事务所
    street: haitangxi
    paired: [haitangxi-huilong]  # 海棠溪街道回龙湾社区
    skills: [交通事故, 房产纠纷, 债权债务]
    availability: *weekdays_and_saturday
    limits: *lawyer_limits
  - id: L023
    name: 卢思萍
    phone: "13823000171"
    roles: [lawyer]
    organisation: 重庆涂山明正律师事务所
    street: longmenhao
    paired: [longmenhao-shangxinjie]  # 龙门浩街道上新街社区（诊室）
    skills: [未成年人保护, 征地拆迁, 债权债务]
    availability: *weekdays
    limits: { <<: *lawyer_limits, per_month: 5 }
  - id: L024
    name: 何明琳
    phone: "13823000172"
    roles: [lawyer]
    organisation: 重庆铜元律师事务所
    street: longmenhao
    paired: [longmenhao-maanshan]  # 龙门浩街道马鞍山社区（诊室）
    skills: [债权债务, 刑事辩护]
    availability: *weekdays
    limits: *lawyer_limits
  - id: L025
    name: 田刚
    phone: "13823000173"
    roles: [lawyer]
    organisation: 重庆广阳律师事务所
    street: longmenhao
    paired: [longmenhao-dongyuan]  # 龙门浩街道东原社区
    skills: [刑事辩护, 债权债务, 婚姻家庭]
    availability: *weekdays
    limits: { <<: *lawyer_limits, per_month: 4 }
  - id: L026
    name: 姚斌
    phone: "13823000174"
    roles: [lawyer]
    organisation: 重庆江岸律师事务所
    street: longmenhao
    paired: [longmenhao-binjiang]  # 龙门浩街道滨江社区
    skills: [医疗纠纷, 合同纠纷, 刑事辩护]
    availability: *weekdays_and_saturday
    limits: *lawyer_limits
  - id: L027
    name: 徐小杰
    phone: "13823000175"
    roles: [lawyer]
    organisation: 重庆南山明理律师事务所
    street: danzishi
    paired: [danzishi-danzishi]  # 弹子石街道弹子石社区（诊室）
    skills: [交通事故, 婚姻家庭]
    availability: *weekdays_and_saturday
    limits: *lawyer_limits
  - id: L028
    name: 程锦倩
    phone: "13823000176"
    roles: [lawyer]
    organisation: 重庆南滨律师事务所
    street: danzishi
    paired: [danzishi-wangjiatuo]  # 弹子石街道王家沱社区（诊室）
    skills: [行政诉讼, 刑事辩护, 房产纠纷]
    availability:                 # 仅周二、周三、周四上午
      - { days: [TU, WE, TH], time: "09:00-12:00" }
    limits: { <<: *lawyer_limits, per_month: 5 }
  - id: L029
    name: 钟宏薇
    phone: "13823000177"
    roles: [lawyer]
    organisation: 重庆长嘉律师事务所
    street: danzishi
    paired: [danzishi-tenglong]  # 弹子石街道腾龙社区（诊室）
    skills: [未成年人保护, 继承, 合同纠纷]
    availability: *weekdays
    leave:
      - { from: 2026-11-23, to: 2026-11-25, reason: 病假 }
    limits: *lawyer_limits
  - id: L030
    name: 陆亚磊
    phone: "13823000178"
    roles: [lawyer]
    organisation: 重庆通江律师事务所
    street: danzishi
    paired: [danzishi-guoji]  # 弹子石街道国际社区
    skills: [继承, 未成年人保护]
    availability: *weekdays_and_saturday
    limits: { <<: *lawyer_limits, per_month: 4 }
  - id: L031
    name: 夏莉
    phone: "13823000179"
    roles: [lawyer]
    organisation: 重庆海棠律师事务所
    street: danzishi
    paired: [danzishi-taichanglu]  # 弹子石街道泰昌路社区
    skills: [劳动争议, 婚姻家庭, 行政诉讼]
    availability: *weekdays
    limits: *lawyer_limits
  - id: L032
    name: 邹艳
    phone: "13823000180"
    roles: [lawyer]
    organisation: 重庆弹石律师事务所
    street: nanshan
    paired: [nanshan-huangjueya]  # 南山街道黄桷垭社区（诊室）
    skills: [消费维权, 行政诉讼, 合同纠纷]
    availability: *weekdays
    limits: *lawyer_limits
  - id: L033
    name: 姜嘉晨
    phone: "13823000181"
    roles: [lawyer]
    organisation: 重庆天文律师事务所
    street: nanshan
    paired: [nanshan-shuanglong]  # 南山街道双龙村
    skills: [行政诉讼, 房产纠纷]
    availability: *weekdays
    limits: { <<: *lawyer_limits, per_month: 5 }
  - id: L034
    name: 彭静艳
    phone: "13823000182"
    roles: [lawyer]
    organisation: 重庆渝南律师事务所
    street: tianwen
    paired: [tianwen-tianwen]  # 天文街道天文社区（诊室）
    skills: [债权债务, 医疗纠纷, 未成年人保护]
    availability: *weekdays_and_saturday
    limits: *lawyer_limits
  - id: L035
    name: 马浩凯
    phone: "13823000183"
    roles: [lawyer]
    organisation: 重庆正泓律师事务所
    street: tianwen
    paired: [tianwen-nalan]  # 天文街道纳兰社区（诊室）
    skills: [物业纠纷, 劳动争议, 债权债务]
    availability:                 # 仅周二、周三、周四上午
      - { days: [TU, WE, TH], time: "09:00-12:00" }
    limits: { <<: *lawyer_limits, per_month: 4 }
  - id: L036
    name: 石振娟
    phone: "13823000184"
    roles: [lawyer]
    organisation: 重庆渝开律师事务所
    street: tianwen
    paired: [tianwen-chengnanjiayuan]  # 天文街道城南家园社区
    skills: [继承, 未成年人保护]
    availability:                 # 仅周一、周五
      - { days: [MO, FR], time: "09:00-17:00" }
    limits: *lawyer_limits
  - id: L037
    name: 杜静峰
    phone: "13823000185"
    roles: [lawyer]
    organisation: 重庆涂山明正律师事务所
    street: nanpingzhen
    paired: [nanpingzhen-jinzhu]  # 南坪镇金竹社区（诊室）
    skills: [房产纠纷, 合同纠纷, 物业纠纷]
    availability: *weekdays
    limits: *lawyer_limits
  - id: L038
    name: 丁春娟
    phone: "13823000186"
    roles: [lawyer]
    organisation: 重庆铜元律师事务所
    street: nanpingzhen
    paired: [nanpingzhen-haixialu]  # 南坪镇海峡路社区（诊室）
    skills: [医疗纠纷, 婚姻家庭, 债权债务]
    availability: *weekdays_and_saturday
    limits: { <<: *lawyer_limits, per_month: 5 }
  - id: L039
    name: 姜丽芳
    phone: "13823000187"
    roles: [lawyer]
    organisation: 重庆广阳律师事务所
    street: nanpingzhen
    paired: [nanpingzhen-shanghaicheng]  # 南坪镇上海城社区
    skills: [劳动争议, 物业纠纷]
    availability: *weekdays
    limits: *lawyer_limits
  - id: L040
    name: 曾明勇
    phone: "13823000188"
    roles: [lawyer]
    organisation: 重庆江岸律师事务所
    street: tushan
    paired: [tushan-tushanhu]  # 涂山镇涂山湖社区（诊室）
    skills: [征地拆迁, 合同纠纷, 债权债务]
    availability: *weekdays
    limits: { <<: *lawyer_limits, per_month: 4 }
  - id: L041
    name: 白欣勇
    phone: "13823000189"
    roles: [lawyer]
    organisation: 重庆南山明理律师事务所
    street: tushan
    paired: [tushan-kuzhu]  # 涂山镇苦竹村
    skills: [继承, 房产纠纷, 消费维权]
    availability: *weekdays
    leave:
      - { from: 2026-12-21, to: 2026-12-31, reason: 年假 }
    limits: *lawyer_limits
  - id: L042
    name: 范宏芳
    phone: "13823000190"
    roles: [lawyer]
    organisation: 重庆南滨律师事务所
    street: jiguanshi
    paired: [jiguanshi-jiguanshi]  # 鸡冠石镇鸡冠石社区（诊室）
    skills: [继承, 医疗纠纷]
    availability:                 # 仅周二、周三、周四上午
      - { days: [TU, WE, TH], time: "09:00-12:00" }
    limits: *lawyer_limits
  - id: L043
    name: 唐丽磊
    phone: "13823000191"
    roles: [lawyer]
    organisation: 重庆长嘉律师事务所
    street: jiguanshi
    paired: [jiguanshi-shilong]  # 鸡冠石镇石龙村
    skills: [劳动争议, 婚姻家庭, 债权债务]
    availability: *weekdays
    limits: { <<: *lawyer_limits, per_month: 5 }
  - id: L044
    name: 董雅燕
    phone: "13823000192"
    roles: [lawyer]
    organisation: 重庆通江律师事务所
    street: xiakou
    paired: [xiakou-xiakou]  # 峡口镇峡口社区（诊室）
    skills: [刑事辩护, 继承, 征地拆迁]
    availability: *weekdays
    limits: *lawyer_limits
  - id: L045
    name: 田红鑫
    phone: "13823000193"
    roles: [lawyer]
    organisation: 重庆海棠律师事务所
    street: changshengqiao
    paired: [changshengqiao-changsheng]  # 长生桥镇长生社区（诊室）
    skills: [继承, 婚姻家庭]
    availability: *weekdays
    limits: { <<: *lawyer_limits, per_month: 4 }
  - id: L046
    name: 邹中超
    phone: "13823000194"
    roles: [lawyer]
    organisation: 重庆弹石律师事务所
    street: changshengqiao
    paired: [changshengqiao-letian]  # 长生桥镇乐天村
    skills: [合同纠纷, 继承, 物业纠纷]
    availability: *weekdays_and_saturday
    limits: *lawyer_limits
  - id: L047
    name: 唐红琴
    phone: "13823000195"
    roles: [lawyer]
    organisation: 重庆天文律师事务所
    street: yinglong
    paired: [yinglong-yinglong]  # 迎龙镇迎龙社区（诊室）
    skills: [物业纠纷, 消费维权, 劳动争议]
    availability: *weekdays
    limits: *lawyer_limits
  - id: L048
    name: 沈建颖
    phone: "13823000196"
    roles: [lawyer]
    organisation: 重庆渝南律师事务所
    street: yinglong
    paired: [yinglong-qingyou]  # 迎龙镇清油村
    skills: [消费维权, 继承]
    availability: *weekdays
    limits: { <<: *lawyer_limits, per_month: 5 }
  - id: L049
    name: 叶佳阳
    phone: "13823000197"
    roles: [lawyer]
    organisation: 重庆正泓律师事务所
    street: guangyang
    paired: [guangyang-guangyang]  # 广阳镇广阳社区（诊室）
    skills: [房产纠纷, 消费维权, 未成年人保护]
    availability:                 # 仅周二、周三、周四上午
      - { days: [TU, WE, TH], time: "09:00-12:00" }
    limits: *lawyer_limits
  - id: L050
    name: 夏婉平
    phone: "13823000198"
    roles: [lawyer]
    organisation: 重庆渝开律师事务所
    street: guangyang
    paired: [guangyang-mingyue]  # 广阳镇明月村
    skills: [未成年人保护, 交通事故, 债权债务]
    availability: *weekdays_and_saturday
    limits: { <<: *lawyer_limits, per_month: 4 }

"""#),
        File(path: "staff/legal-workers.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-staff.schema.json
# 基层法律服务工作者：各街镇法律服务所，每街镇 2 名 — grassroots legal service workers, two per street or town
# 每人与本街镇的 1–3 个法律服务诊室结对，与结对律师轮流坐诊（参与人民调解，领取调解案件补贴）；14 人周六上午有空（助诊）
version: 1
kind: staff
people:
  - id: LW01
    name: 谭新凯
    phone: "13823000199"
    roles: [legal_worker]
    organisation: 南岸区铜元局法律服务所
    street: tongyuanju
    paired: [tongyuanju-sujiaba, tongyuanju-xuetangwan]
    skills: [劳动争议, 婚姻家庭, 征地拆迁]
    availability: &lw_weekdays
      - { days: [MO, TU, WE, TH, FR], time: "08:30-17:30" }
    limits: &lw_limits { per_month: 8, per_day: 2 }
  - id: LW02
    name: 黄宏辉
    phone: "13823000200"
    roles: [legal_worker]
    organisation: 南岸区铜元局法律服务所
    street: tongyuanju
    paired: [tongyuanju-tongyuan]
    skills: [邻里纠纷, 征地拆迁, 法律援助]
    availability: &lw_weekdays_and_saturday
      - { days: [MO, TU, WE, TH, FR], time: "08:30-17:30" }
      - { days: [SA], time: "09:00-12:00" }
    limits: *lw_limits
  - id: LW03
    name: 龙婉萍
    phone: "13823000201"
    roles: [legal_worker]
    organisation: 南岸区花园路法律服务所
    street: huayuanlu
    paired: [huayuanlu-huayuancun, huayuanlu-rongqiao]
    skills: [征地拆迁, 法律援助, 物业纠纷]
    availability: *lw_weekdays_and_saturday
    limits: *lw_limits
  - id: LW04
    name: 郭锦艳
    phone: "13823000202"
    roles: [legal_worker]
    organisation: 南岸区花园路法律服务所
    street: huayuanlu
    paired: [huayuanlu-huigong]
    skills: [婚姻家庭, 法律援助, 征地拆迁]
    availability: *lw_weekdays
    limits: *lw_limits
  - id: LW05
    name: 张嘉波
    phone: "13823000203"
    roles: [legal_worker]
    organisation: 南岸区南坪法律服务所
    street: nanping
    paired: [nanping-donglu, nanping-zhengjie]
    skills: [婚姻家庭, 合同纠纷, 劳动争议]
    availability: *lw_weekdays
    limits: *lw_limits
  - id: LW06
    name: 崔立亮
    phone: "13823000204"
    roles: [legal_worker]
    organisation: 南岸区南坪法律服务所
    street: nanping
    paired: [nanping-houbao, nanping-jiangnandadao]
    skills: [物业纠纷, 劳动争议, 征地拆迁]
    availability: *lw_weekdays_and_saturday
    limits: *lw_limits
  - id: LW07
    name: 秦艳
    phone: "13823000205"
    roles: [legal_worker]
    organisation: 南岸区海棠溪法律服务所
    street: haitangxi
    paired: [haitangxi-yanyu, haitangxi-luojiaba, haitangxi-zhongping]
    skills: [邻里纠纷, 合同纠纷, 婚姻家庭]
    availability: *lw_weekdays_and_saturday
    limits: *lw_limits
  - id: LW08
    name: 戴瑞娟
    phone: "13823000206"
    roles: [legal_worker]
    organisation: 南岸区海棠溪法律服务所
    street: haitangxi
    paired: [haitangxi-haitangxi, haitangxi-sigongli]
    skills: [物业纠纷, 合同纠纷, 劳动争议]
    availability: *lw_weekdays
    limits: *lw_limits
  - id: LW09
    name: 龙杰
    phone: "13823000207"
    roles: [legal_worker]
    organisation: 南岸区龙门浩法律服务所
    street: longmenhao
    paired: [longmenhao-shangxinjie]
    skills: [物业纠纷, 征地拆迁, 合同纠纷]
    availability: *lw_weekdays_and_saturday
    leave:
      - { from: 2026-12-14, to: 2026-12-18, reason: 业务培训 }
    limits: *lw_limits
  - id: LW10
    name: 雷晨
    phone: "13823000208"
    roles: [legal_worker]
    organisation: 南岸区龙门浩法律服务所
    street: longmenhao
    paired: [longmenhao-maanshan]
    skills: [法律援助, 婚姻家庭, 人民调解]
    availability: *lw_weekdays
    limits: *lw_limits
  - id: LW11
    name: 高佳凯
    phone: "13823000209"
    roles: [legal_worker]
    organisation: 南岸区弹子石法律服务所
    street: danzishi
    paired: [danzishi-danzishi, danzishi-tenglong]
    skills: [物业纠纷, 法律援助, 邻里纠纷]
    availability: *lw_weekdays
    limits: *lw_limits
  - id: LW12
    name: 贾勇
    phone: "13823000210"
    roles: [legal_worker]
    organisation: 南岸区弹子石法律服务所
    street: danzishi
    paired: [danzishi-wangjiatuo]
    skills: [婚姻家庭, 物业纠纷, 征地拆迁]
    availability: *lw_weekdays_and_saturday
    limits: *lw_limits
  - id: LW13
    name: 张建清
    phone: "13823000211"
    roles: [legal_worker]
    organisation: 南岸区南山法律服务所
    street: nanshan
    paired: [nanshan-huangjueya]
    skills: [物业纠纷, 婚姻家庭, 邻里纠纷]
    availability: *lw_weekdays_and_saturday
    limits: *lw_limits
  - id: LW14
    name: 田新杰
    phone: "13823000212"
    roles: [legal_worker]
    organisation: 南岸区南山法律服务所
    street: nanshan
    skills: [征地拆迁, 婚姻家庭, 物业纠纷]
    availability: *lw_weekdays
    limits: *lw_limits
  - id: LW15
    name: 范国薇
    phone: "13823000213"
    roles: [legal_worker]
    organisation: 南岸区天文法律服务所
    street: tianwen
    paired: [tianwen-tianwen]
    skills: [婚姻家庭, 法律援助, 劳动争议]
    availability: *lw_weekdays_and_saturday
    limits: *lw_limits
  - id: LW16
    name: 孟亚杰
    phone: "13823000214"
    roles: [legal_worker]
    organisation: 南岸区天文法律服务所
    street: tianwen
    paired: [tianwen-nalan]
    skills: [合同纠纷, 法律援助, 邻里纠纷]
    availability: *lw_weekdays
    limits: *lw_limits
  - id: LW17
    name: 雷俊刚
    phone: "13823000215"
    roles: [legal_worker]
    organisation: 南岸区南坪镇法律服务所
    street: nanpingzhen
    paired: [nanpingzhen-jinzhu]
    skills: [邻里纠纷, 婚姻家庭, 征地拆迁]
    availability: *lw_weekdays
    limits: *lw_limits
  - id: LW18
    name: 沈国琳
    phone: "13823000216"
    roles: [legal_worker]
    organisation: 南岸区南坪镇法律服务所
    street: nanpingzhen
    paired: [nanpingzhen-haixialu]
    skills: [劳动争议, 邻里纠纷, 合同纠纷]
    availability: *lw_weekdays_and_saturday
    limits: *lw_limits
  - id: LW19
    name: 万中平
    phone: "13823000217"
    roles: [legal_worker]
    organisation: 南岸区涂山镇法律服务所
    street: tushan
    paired: [tushan-tushanhu]
    skills: [婚姻家庭, 人民调解, 邻里纠纷]
    availability: *lw_weekdays_and_saturday
    limits: *lw_limits
  - id: LW20
    name: 曾小玲
    phone: "13823000218"
    roles: [legal_worker]
    organisation: 南岸区涂山镇法律服务所
    street: tushan
    skills: [征地拆迁, 人民调解, 物业纠纷]
    availability: *lw_weekdays
    limits: *lw_limits
  - id: LW21
    name: 何志亮
    phone: "13823000219"
    roles: [legal_worker]
    organisation: 南岸区鸡冠石镇法律服务所
    street: jiguanshi
    paired: [jiguanshi-jiguanshi]
    skills: [人民调解, 劳动争议, 婚姻家庭]
    availability: *lw_weekdays_and_saturday
    limits: *lw_limits
  - id: LW22
    name: 邱芳
    phone: "13823000220"
    roles: [legal_worker]
    organisation: 南岸区鸡冠石镇法律服务所
    street: jiguanshi
    skills: [合同纠纷, 物业纠纷, 邻里纠纷]
    availability: *lw_weekdays
    limits: *lw_limits
  - id: LW23
    name: 朱锦涛
    phone: "13823000221"
    roles: [legal_worker]
    organisation: 南岸区峡口镇法律服务所
    street: xiakou
    paired: [xiakou-xiakou]
    skills: [合同纠纷, 法律援助, 劳动争议]
    availability: *lw_weekdays
    limits: *lw_limits
  - id: LW24
    name: 沈如洋
    phone: "13823000222"
    roles: [legal_worker]
    organisation: 南岸区峡口镇法律服务所
    street: xiakou
    skills: [邻里纠纷, 物业纠纷, 人民调解]
    availability: *lw_weekdays_and_saturday
    limits: *lw_limits
  - id: LW25
    name: 冯家杰
    phone: "13823000223"
    roles: [legal_worker]
    organisation: 南岸区长生桥镇法律服务所
    street: changshengqiao
    paired: [changshengqiao-changsheng]
    skills: [法律援助, 物业纠纷, 劳动争议]
    availability: *lw_weekdays
    limits: *lw_limits
  - id: LW26
    name: 夏欣磊
    phone: "13823000224"
    roles: [legal_worker]
    organisation: 南岸区长生桥镇法律服务所
    street: changshengqiao
    skills: [物业纠纷, 劳动争议, 法律援助]
    availability: *lw_weekdays
    limits: *lw_limits
  - id: LW27
    name: 陶建阳
    phone: "13823000225"
    roles: [legal_worker]
    organisation: 南岸区迎龙镇法律服务所
    street: yinglong
    paired: [yinglong-yinglong]
    skills: [法律援助, 邻里纠纷, 婚姻家庭]
    availability: *lw_weekdays_and_saturday
    limits: *lw_limits
  - id: LW28
    name: 贺伟强
    phone: "13823000226"
    roles: [legal_worker]
    organisation: 南岸区迎龙镇法律服务所
    street: yinglong
    skills: [法律援助, 人民调解, 合同纠纷]
    availability: *lw_weekdays
    limits: *lw_limits
  - id: LW29
    name: 冯浩强
    phone: "13823000227"
    roles: [legal_worker]
    organisation: 南岸区广阳镇法律服务所
    street: guangyang
    paired: [guangyang-guangyang]
    skills: [婚姻家庭, 征地拆迁, 人民调解]
    availability: *lw_weekdays
    limits: *lw_limits
  - id: LW30
    name: 宋婉亮
    phone: "13823000228"
    roles: [legal_worker]
    organisation: 南岸区广阳镇法律服务所
    street: guangyang
    skills: [劳动争议, 婚姻家庭, 物业纠纷]
    availability: *lw_weekdays_and_saturday
    limits: *lw_limits

"""#),
        File(path: "staff/mediators.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-staff.schema.json
# 人民调解员：街镇人民调解委员会和 12 个行业性、专业性调解组织 — people's mediators
version: 1
kind: staff
people:
  # 街镇人民调解委员会
  - id: M01
    name: 沈雨然
    phone: "13823000229"
    roles: [mediator]
    organisation: 铜元局街道人民调解委员会
    street: tongyuanju
    skills: [劳动争议, 征地拆迁]
    availability: &med_weekdays
      - { days: [MO, TU, WE, TH, FR], time: "09:00-17:00" }
  - id: M02
    name: 金国辉
    phone: "13823000230"
    roles: [mediator]
    organisation: 铜元局街道人民调解委员会
    street: tongyuanju
    skills: [征地拆迁, 物业纠纷]
    availability: *med_weekdays
  - id: M03
    name: 白瑞霞
    phone: "13823000231"
    roles: [mediator]
    organisation: 花园路街道人民调解委员会
    street: huayuanlu
    skills: [物业纠纷, 家庭纠纷]
    availability: *med_weekdays
  - id: M04
    name: 李国然
    phone: "13823000232"
    roles: [mediator]
    organisation: 花园路街道人民调解委员会
    street: huayuanlu
    skills: [家庭纠纷, 物业纠纷]
    availability: *med_weekdays
  - id: M05
    name: 阎亚斌
    phone: "13823000233"
    roles: [mediator]
    organisation: 南坪街道人民调解委员会
    street: nanping
    skills: [家庭纠纷, 劳动争议]
    availability: *med_weekdays
  - id: M06
    name: 邱明然
    phone: "13823000234"
    roles: [mediator]
    organisation: 南坪街道人民调解委员会
    street: nanping
    skills: [劳动争议, 征地拆迁]
    availability: *med_weekdays
  - id: M07
    name: 彭琴
    phone: "13823000235"
    roles: [mediator]
    organisation: 海棠溪街道人民调解委员会
    street: haitangxi
    skills: [家庭纠纷, 物业纠纷]
    availability: *med_weekdays
  - id: M08
    name: 谭伟亮
    phone: "13823000236"
    roles: [mediator]
    organisation: 海棠溪街道人民调解委员会
    street: haitangxi
    skills: [物业纠纷, 征地拆迁]
    availability: *med_weekdays
  - id: M09
    name: 邹雨霞
    phone: "13823000237"
    roles: [mediator]
    organisation: 龙门浩街道人民调解委员会
    street: longmenhao
    skills: [婚恋纠纷, 物业纠纷]
    availability: *med_weekdays
  - id: M10
    name: 袁帆
    phone: "13823000238"
    roles: [mediator]
    organisation: 龙门浩街道人民调解委员会
    street: longmenhao
    skills: [劳动争议, 婚恋纠纷]
    availability: *med_weekdays
  - id: M11
    name: 朱欣强
    phone: "13823000239"
    roles: [mediator]
    organisation: 弹子石街道人民调解委员会
    street: danzishi
    skills: [邻里纠纷, 劳动争议]
    availability: *med_weekdays
  - id: M12
    name: 薛建玲
    phone: "13823000240"
    roles: [mediator]
    organisation: 弹子石街道人民调解委员会
    street: danzishi
    skills: [婚恋纠纷, 物业纠纷]
    availability: *med_weekdays
  - id: M13
    name: 秦佳峰
    phone: "13823000241"
    roles: [mediator]
    organisation: 南山街道人民调解委员会
    street: nanshan
    skills: [邻里纠纷, 婚恋纠纷]
    availability: *med_weekdays
  - id: M14
    name: 王秀瑶
    phone: "13823000242"
    roles: [mediator]
    organisation: 南山街道人民调解委员会
    street: nanshan
    skills: [征地拆迁, 劳动争议]
    availability: *med_weekdays
  - id: M15
    name: 丁文超
    phone: "13823000243"
    roles: [mediator]
    organisation: 天文街道人民调解委员会
    street: tianwen
    skills: [婚恋纠纷, 征地拆迁]
    availability: *med_weekdays
  - id: M16
    name: 田俊明
    phone: "13823000244"
    roles: [mediator]
    organisation: 天文街道人民调解委员会
    street: tianwen
    skills: [家庭纠纷, 征地拆迁]
    availability: *med_weekdays
  - id: M17
    name: 蒋志军
    phone: "13823000245"
    roles: [mediator]
    organisation: 南坪镇人民调解委员会
    street: nanpingzhen
    skills: [邻里纠纷, 劳动争议]
    availability: *med_weekdays
  - id: M18
    name: 阎涛
    phone: "13823000246"
    roles: [mediator]
    organisation: 涂山镇人民调解委员会
    street: tushan
    skills: [婚恋纠纷, 物业纠纷]
    availability: *med_weekdays
  - id: M19
    name: 徐秀琴
    phone: "13823000247"
    roles: [mediator]
    organisation: 鸡冠石镇人民调解委员会
    street: jiguanshi
    skills: [劳动争议, 邻里纠纷]
    availability: *med_weekdays
  - id: M20
    name: 夏鹏霞
    phone: "13823000248"
    roles: [mediator]
    organisation: 峡口镇人民调解委员会
    street: xiakou
    skills: [物业纠纷, 婚恋纠纷]
    availability: *med_weekdays
  - id: M21
    name: 熊小薇
    phone: "13823000249"
    roles: [mediator]
    organisation: 长生桥镇人民调解委员会
    street: changshengqiao
    skills: [婚恋纠纷, 家庭纠纷]
    availability: *med_weekdays
  - id: M22
    name: 戴明芳
    phone: "13823000250"
    roles: [mediator]
    organisation: 迎龙镇人民调解委员会
    street: yinglong
    skills: [邻里纠纷, 劳动争议]
    availability: *med_weekdays
  - id: M23
    name: 李志昊
    phone: "13823000251"
    roles: [mediator]
    organisation: 广阳镇人民调解委员会
    street: guangyang
    skills: [物业纠纷, 婚恋纠纷]
    availability: *med_weekdays
  # 行业性、专业性人民调解组织（物业、征地、环境、食品药品、婚姻家庭，共 12 个）
  - id: M24
    name: 唐宏颖
    phone: "13823000252"
    roles: [mediator]
    organisation: 南坪街道物业纠纷人民调解委员会
    street: nanping
    skills: [物业纠纷]
    availability: *med_weekdays
  - id: M25
    name: 黄宇艳
    phone: "13823000253"
    roles: [mediator]
    organisation: 花园路街道物业纠纷人民调解委员会
    street: huayuanlu
    skills: [物业纠纷]
    availability: *med_weekdays
  - id: M26
    name: 程红倩
    phone: "13823000254"
    roles: [mediator]
    organisation: 海棠溪街道物业纠纷人民调解委员会
    street: haitangxi
    skills: [物业纠纷]
    availability: *med_weekdays
  - id: M27
    name: 白志涛
    phone: "13823000255"
    roles: [mediator]
    organisation: 弹子石街道物业纠纷人民调解委员会
    street: danzishi
    skills: [物业纠纷]
    availability: *med_weekdays
  - id: M28
    name: 黎子勇
    phone: "13823000256"
    roles: [mediator]
    organisation: 长生桥镇征地拆迁纠纷人民调解委员会
    street: changshengqiao
    skills: [征地拆迁]
    availability: *med_weekdays
  - id: M29
    name: 崔静斌
    phone: "13823000257"
    roles: [mediator]
    organisation: 迎龙镇征地拆迁纠纷人民调解委员会
    street: yinglong
    skills: [征地拆迁]
    availability: *med_weekdays
  - id: M30
    name: 戴振芳
    phone: "13823000258"
    roles: [mediator]
    organisation: 广阳镇征地拆迁纠纷人民调解委员会
    street: guangyang
    skills: [征地拆迁]
    availability: *med_weekdays
  - id: M31
    name: 侯强
    phone: "13823000259"
    roles: [mediator]
    organisation: 南岸区环境纠纷人民调解委员会
    skills: [环境纠纷]
    availability: *med_weekdays
  - id: M32
    name: 尹德琳
    phone: "13823000260"
    roles: [mediator]
    organisation: 峡口镇环境纠纷人民调解委员会
    street: xiakou
    skills: [环境纠纷]
    availability: *med_weekdays
  - id: M33
    name: 邓宇平
    phone: "13823000261"
    roles: [mediator]
    organisation: 南岸区食品药品纠纷人民调解委员会
    skills: [食品药品]
    availability: *med_weekdays
  - id: M34
    name: 雷丽芳
    phone: "13823000262"
    roles: [mediator]
    organisation: 南坪镇食品药品纠纷人民调解委员会
    street: nanpingzhen
    skills: [食品药品]
    availability: *med_weekdays
  - id: M35
    name: 陈国颖
    phone: "13823000263"
    roles: [mediator]
    organisation: 南岸区婚姻家庭纠纷人民调解委员会
    skills: [婚姻家庭, 家庭暴力]
    availability: *med_weekdays

"""#),
        File(path: "staff/panel.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-staff.schema.json
# 会诊专家库：区普法宣讲团成员、高校教授、政法干警（法院、检察院、公安） — the 会诊 panel pool
version: 1
kind: staff
people:
  # 区普法宣讲团
  - id: PX01
    name: 余德艳
    phone: "13823000264"
    roles: [lecturer]
    organisation: 南岸区普法宣讲团
    skills: [禁毒, 反家庭暴力]
    availability: &panel_weekdays
      - { days: [MO, TU, WE, TH, FR], time: "09:00-17:00" }
    limits: &panel_limits { per_month: 3, per_day: 1 }
  - id: PX02
    name: 肖艳
    phone: "13823000265"
    roles: [lecturer]
    organisation: 南岸区普法宣讲团
    skills: [物业管理条例, 宪法]
    availability: *panel_weekdays
    limits: *panel_limits
  - id: PX03
    name: 张宏薇
    phone: "13823000266"
    roles: [lecturer]
    organisation: 南岸区普法宣讲团
    skills: [宪法, 民法典]
    availability: *panel_weekdays
    limits: *panel_limits
  - id: PX04
    name: 宋中斌
    phone: "13823000267"
    roles: [lecturer]
    organisation: 南岸区普法宣讲团
    skills: [物业管理条例, 民法典]
    availability: *panel_weekdays
    limits: *panel_limits
  - id: PX05
    name: 叶玉萍
    phone: "13823000268"
    roles: [lecturer]
    organisation: 南岸区普法宣讲团
    skills: [劳动法, 宪法]
    availability: *panel_weekdays
    limits: *panel_limits
  - id: PX06
    name: 田雪然
    phone: "13823000269"
    roles: [lecturer]
    organisation: 南岸区普法宣讲团
    skills: [禁毒, 物业管理条例]
    availability: *panel_weekdays
    limits: *panel_limits
  - id: PX07
    name: 袁国峰
    phone: "13823000270"
    roles: [lecturer]
    organisation: 南岸区普法宣讲团
    skills: [未成年人保护, 物业管理条例]
    availability: *panel_weekdays
    limits: *panel_limits
  - id: PX08
    name: 覃子明
    phone: "13823000271"
    roles: [lecturer]
    organisation: 南岸区普法宣讲团
    skills: [物业管理条例, 扫黑除恶]
    availability: *panel_weekdays
    limits: *panel_limits
  # 高校教授
  - id: P01
    name: 郑中婷
    phone: "13823000272"
    roles: [professor]
    organisation: 西南政法大学
    skills: [民商法, 婚姻家庭]
    availability: &professor_days
      - { days: [TU, TH], time: "09:00-17:00" }
      - { days: [FR], time: "14:00-17:00" }
    limits: { per_month: 2, per_day: 1 }
  - id: P02
    name: 万欣婷
    phone: "13823000273"
    roles: [professor]
    organisation: 西南政法大学
    skills: [劳动法, 社会保障法]
    availability: *professor_days
    leave:
      - { from: 2026-12-01, to: 2026-12-04, reason: 学术会议 }
    limits: { per_month: 2, per_day: 1 }
  - id: P03
    name: 袁婉艳
    phone: "13823000274"
    roles: [professor]
    organisation: 西南政法大学
    skills: [刑法, 未成年人保护]
    availability: *professor_days
    limits: { per_month: 2, per_day: 1 }
  - id: P04
    name: 龙宏敏
    phone: "13823000275"
    roles: [professor]
    organisation: 重庆工商大学
    skills: [经济法, 合同纠纷]
    availability:
      - { days: [MO, WE, FR], time: "14:00-17:30" }
    limits: { per_month: 2, per_day: 1 }
  - id: P05
    name: 谭欣瑶
    phone: "13823000276"
    roles: [professor]
    organisation: 重庆邮电大学
    skills: [网络安全法, 消费维权]
    availability: *professor_days
    limits: { per_month: 2, per_day: 1 }
  - id: P06
    name: 白建玲
    phone: "13823000277"
    roles: [professor]
    organisation: 重庆交通大学
    skills: [土地管理, 征地拆迁]
    availability: *professor_days
    limits: { per_month: 2, per_day: 1 }
  # 政法干警：区法院、区检察院、公安南岸区分局（角色 official，单位见 organisation）
  - id: ZF01
    name: 雷海萍
    phone: "13823000278"
    roles: [official]
    organisation: 南岸区人民法院
    skills: [民事审判, 诉调对接]
    availability: *panel_weekdays
    limits: *panel_limits
  - id: ZF02
    name: 丁红琴
    phone: "13823000279"
    roles: [official]
    organisation: 南岸区人民法院
    skills: [家事审判, 婚姻家庭]
    availability: *panel_weekdays
    limits: *panel_limits
  - id: ZF03
    name: 范海玲
    phone: "13823000280"
    roles: [official]
    organisation: 南岸区人民法院
    skills: [行政审判, 征地拆迁]
    availability: *panel_weekdays
    limits: *panel_limits
  - id: ZF04
    name: 贺俊斌
    phone: "13823000281"
    roles: [official]
    organisation: 南岸区人民检察院
    skills: [刑事检察, 民转刑预防]
    availability: *panel_weekdays
    limits: *panel_limits
  - id: ZF05
    name: 黄家峰
    phone: "13823000282"
    roles: [official]
    organisation: 南岸区人民检察院
    skills: [未成年人检察, 未成年人保护]
    availability: *panel_weekdays
    limits: *panel_limits
  - id: ZF06
    name: 许德昊
    phone: "13823000283"
    roles: [official]
    organisation: 南岸区人民检察院
    skills: [公益诉讼, 食品药品]
    availability: *panel_weekdays
    limits: *panel_limits
  - id: ZF07
    name: 胡雨军
    phone: "13823000284"
    roles: [official]
    organisation: 重庆市公安局南岸区分局
    skills: [治安管理, 矛盾纠纷排查]
    availability: *panel_weekdays
    limits: *panel_limits
  - id: ZF08
    name: 卢雅洋
    phone: "13823000285"
    roles: [official]
    organisation: 重庆市公安局南岸区分局
    skills: [社区警务, 邻里纠纷]
    availability: *panel_weekdays
    limits: *panel_limits
    leave:
      - { from: 2026-11-02, to: 2026-11-06, reason: 集中培训 }
  - id: ZF09
    name: 曾丽薇
    phone: "13823000286"
    roles: [official]
    organisation: 重庆市公安局南岸区分局
    skills: [禁毒, 反家庭暴力]
    availability: *panel_weekdays
    limits: *panel_limits

"""#),
        File(path: "tables/escalation_triage.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-decision-table.schema.json
# 矛盾纠纷排查：是否提请会诊及其优先级 — escalation triage: whether a case goes to 会诊, and how urgently
version: 1
kind: decision-table
id: escalation_triage
name: 矛盾纠纷排查与会诊分诊
# 重点排查婚恋、家庭、邻里矛盾纠纷，预防“民转刑”；重大疑难或涉及 5 方以上当事人的案件提请会诊。第一条命中的规则生效。
hit_policy: first
inputs:
  - { id: risk_criminal, expr: case.risk_criminal }
  - { id: category, expr: case.category }
  - { id: major, expr: case.major }
  - { id: parties, expr: case.parties }
outputs:
  - { id: escalate, type: string }
  - { id: priority, type: string }
rules:
  - { when: ['true', '"婚恋", "家庭", "邻里"', '-', '-'], then: ['"huizhen"', '"高"'] }     # 民转刑风险
  - { when: ['-', '-', 'true', '-'], then: ['"huizhen"', '"普通"'] }                         # 重大疑难
  - { when: ['-', '-', '-', '>= 5'], then: ['"huizhen"', '"普通"'] }                         # 多方当事人
  - { when: ['-', '-', '-', '-'], then: ['"none"', '"普通"'] }

"""#),
        File(path: "tables/mediation_subsidy.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-decision-table.schema.json
# 人民调解案件补贴：简单 20 元、一般 50 元、复杂 80 元 — mediation case subsidy per case, by complexity
version: 1
kind: decision-table
id: mediation_subsidy
name: 人民调解案件补贴
# 基层法律服务工作者在“四诊”服务中参与人民调解，可领取调解案件补贴；简单、一般和复杂调解案件每件分别补贴 20 元、50 元和 80 元。
hit_policy: unique
inputs:
  - { id: complexity, expr: case.complexity }
outputs:
  - { id: amount, type: int }        # 元
  - { id: tier, type: string }
rules:
  - { when: ['"simple"'], then: [20, '"简单"'] }
  - { when: ['"general"'], then: [50, '"一般"'] }
  - { when: ['"complex"'], then: [80, '"复杂"'] }

"""#),
        File(path: "tables/shishi_fenliu.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-decision-table.schema.json
# 三事分流：大事、小事、私事及首先负责处理的组织 — routing of a matter as public, community or private
version: 1
kind: decision-table
id: shishi_fenliu
name: 三事分流
# 民间矛盾纠纷属于私事，首先由社区(村)人民调解委员会调解；物业、环境等社区公共事务属于小事，由社区协调处理；征地、食品药品等公共事务属于大事，交街镇和职能部门处理。第一条命中的规则生效。
hit_policy: first
inputs:
  - { id: category, expr: case.category }
outputs:
  - { id: matter, type: string }
  - { id: route, type: string }
rules:
  - { when: ['"婚恋", "家庭", "邻里"'], then: ['"私事"', '"调委会"'] }
  - { when: ['"物业", "环境"'], then: ['"小事"', '"社区"'] }
  - { when: ['"征地", "食品药品"'], then: ['"大事"', '"街镇职能部门"'] }
  - { when: ['-'], then: ['"私事"', '"调委会"'] }      # 劳动、合同等其他民间纠纷

"""#),
        File(path: "workflows/huanjing_tiaojie.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-workflow.schema.json
# 环境纠纷人民调解委员会：环境纠纷 — the specialised committee for environmental disputes
version: 1
kind: workflow
id: huanjing_tiaojie
name: 环境纠纷调解
type: panel                       # 由诊室提请（三调联动），没有排期
description: >-
  三调联动：行业性、专业性人民调解组织（全区 12 个）；接诊时未能化解的环境纠纷转南岸区环境纠纷人民调解委员会、峡口镇环境纠纷人民调解委员会，
  由其人民调解员在 15 天内调解，记入人民调解并按难易领取调解案件补贴。
sites: district
within: 15 days
panel:
  quorum:
    - { role: mediator, count: 1, organisations: [南岸区环境纠纷人民调解委员会, 峡口镇环境纠纷人民调解委员会] }
  exclude_case_staff: true
steps:
  - { id: mediate, for_each: escalation, record: 人民调解, subsidy: mediation_subsidy }

"""#),
        File(path: "workflows/huizhen.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-workflow.schema.json
# 会诊：重大疑难案件由普法宣讲团、高校教授、律师、政法干警组成专家组会诊 — panel consultation on escalated cases
version: 1
kind: workflow
id: huizhen
name: 会诊
type: panel                       # 专家组：由提请会诊的案件启动，没有排期
description: >-
  定点：全区统一组织（区公共法律服务中心）；定时：不定期，由接诊、巡诊、助诊中发现的重大疑难案件
  提请启动，须在 5 个工作日内会诊；定人：协调区普法宣讲团人员、高校教授、律师、政法部门相关人员组成专家组，
  曾经手本案的人员回避；定责：提出专业法律意见建议。
sites: district
within: 5 workdays
panel:
  quorum:
    - { role: professor, count: 1 }
    - { role: lawyer, count: 1 }
    - { role: lecturer, count: 1 }
    - { role: official, count: 1 }     # 法院、检察院或公安干警一名
  max_size: 5
  exclude_case_staff: true
  per_week: 3                        # 每周最多会诊 3 次；已满时顺延到下一周
steps:
  - { id: opinion, for_each: escalation, record: 会诊意见 }

"""#),
        File(path: "workflows/hunyin_tiaojie.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-workflow.schema.json
# 婚姻家庭纠纷人民调解委员会（与区妇联共同成立）：婚恋、家庭纠纷 — the specialised committee for marriage and family disputes
version: 1
kind: workflow
id: hunyin_tiaojie
name: 婚姻家庭纠纷调解
type: panel                       # 由诊室提请（三调联动），没有排期
description: >-
  三调联动：行业性、专业性人民调解组织（全区 12 个）；接诊时未能化解的婚恋、家庭纠纷转南岸区婚姻家庭纠纷人民调解委员会，
  由其人民调解员在 15 天内调解，记入人民调解并按难易领取调解案件补贴。
sites: district
within: 15 days
panel:
  quorum:
    - { role: mediator, count: 1, organisations: [南岸区婚姻家庭纠纷人民调解委员会] }
  exclude_case_staff: true
steps:
  - { id: mediate, for_each: escalation, record: 人民调解, subsidy: mediation_subsidy }

"""#),
        File(path: "workflows/jiezhen.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-workflow.schema.json
# 接诊：律师、基层法律服务工作者每月 2 次到法律服务诊室坐诊 — reception sittings at each clinic, twice a month
version: 1
kind: workflow
id: jiezhen
name: 接诊
type: sitting                     # 坐诊：每场接待来访群众，每位来访群众一个案件
description: >-
  定点：在试点开展法律服务诊室工作的社区(村)诊室；定时：每月 2 次（第二、第四个周三上午）坐诊，
  遇节假日顺延到下一个工作日；定人：与该社区(村)结对的律师和基层法律服务工作者轮流坐诊，其次为本街镇的律师、基层法律服务工作者；
  定责：免费为社区居民解答法律咨询，调解矛盾纠纷，按三事分流分类处理，
  重大疑难和有“民转刑”风险的案件提请会诊；现场未能化解的矛盾纠纷按三调联动转调解委员会、行政调解或司法调解。
sites: { tags: [clinic] }
schedule:
  name: 每月第二、第四个周三上午坐诊
  rrule: FREQ=MONTHLY;BYDAY=2WE,4WE
  time: "09:00-12:00"
  on_holiday: next_workday
slots:
  # 与诊室结对的律师和本街镇法律服务所结对的基层法律服务工作者轮流坐诊（每月各约一次）：先结对者，再本街镇，再工作量少者
  sitter: { name: 坐诊人员, roles: [lawyer, legal_worker], count: 1, prefer: [paired, same_street, least_loaded] }
steps:
  - { id: consult, for_each: visitor, record: 法律咨询 }
  - { id: triage, decide: shishi_fenliu }          # 三事分流：大事、小事、私事
  - { id: screen, decide: escalation_triage }      # 矛盾纠纷排查：重大、多方、“民转刑”风险
  - { id: mediate, when: 'case.kind == "dispute"', record: 人民调解, subsidy: mediation_subsidy }
  - { id: resolved, when: 'case.kind == "dispute" && case.resolved', record: 化解矛盾纠纷 }
  - { id: legal_aid, when: 'has(case.topics) && "法律援助" in case.topics', record: 法律援助 }       # 涉及的问题：法律援助
  - { id: counselling, when: 'has(case.topics) && "心理疏导" in case.topics', record: 心理疏导 }     # 涉及的问题：心理疏导
  - id: welfare                                                   # 涉及的问题：就业、低保、救助
    when: 'has(case.topics) && ("就业" in case.topics || "低保" in case.topics || "救助" in case.topics)'
    record: 推荐就业低保救助
escalations:
  - { id: major, when: 'case.major || case.parties >= 5', start: huizhen, within: 5 workdays,
      description: 重大疑难或当事人 5 方以上的案件，提请会诊 }
  - id: risk
    description: 婚恋、家庭、邻里纠纷有“民转刑”风险，提请会诊
    when: 'case.risk_criminal && (case.category == "婚恋" || case.category == "家庭" || case.category == "邻里")'
    start: huizhen
    within: 3 workdays
  # 三调联动：现场调解 5 天后仍未化解的矛盾纠纷，按类别转专业性人民调解委员会、街镇调委会、行政调解或司法调解
  - { id: hunyin, when: 'case.kind == "dispute" && !case.resolved && case.category in ["婚恋", "家庭"]', after: 5 days, start: hunyin_tiaojie,
      description: 婚恋、家庭纠纷 5 天后仍未化解，转婚姻家庭纠纷调解 }
  - { id: wuye, when: 'case.kind == "dispute" && !case.resolved && case.category == "物业"', after: 5 days, start: wuye_tiaojie,
      description: 物业纠纷 5 天后仍未化解，转物业纠纷调解 }
  - { id: zhengdi, when: 'case.kind == "dispute" && !case.resolved && case.category == "征地"', after: 5 days, start: zhengdi_tiaojie,
      description: 征地纠纷 5 天后仍未化解，转征地拆迁纠纷调解 }
  - { id: huanjing, when: 'case.kind == "dispute" && !case.resolved && case.category == "环境"', after: 5 days, start: huanjing_tiaojie,
      description: 环境纠纷 5 天后仍未化解，转环境纠纷调解 }
  - { id: shipin, when: 'case.kind == "dispute" && !case.resolved && case.category == "食品药品"', after: 5 days, start: shipin_tiaojie,
      description: 食品药品纠纷 5 天后仍未化解，转食品药品纠纷调解 }
  - { id: tiaowei, when: 'case.kind == "dispute" && !case.resolved && case.category in ["邻里", "其他"]', after: 5 days, start: tiaowei,
      description: 邻里及其他纠纷 5 天后仍未化解，转街镇调委会调解 }
  - { id: xingzheng, when: 'case.kind == "dispute" && !case.resolved && case.category == "劳动"', after: 5 days, start: xingzheng,
      description: 劳动纠纷 5 天后仍未化解，转行政调解 }
  - { id: sifa, when: 'case.kind == "dispute" && !case.resolved && case.category == "合同"', after: 5 days, start: sifa,
      description: 合同纠纷 5 天后仍未化解，转司法调解 }

"""#),
        File(path: "workflows/shipin_tiaojie.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-workflow.schema.json
# 食品药品纠纷人民调解委员会：食品药品纠纷 — the specialised committee for food and drug disputes
version: 1
kind: workflow
id: shipin_tiaojie
name: 食品药品纠纷调解
type: panel                       # 由诊室提请（三调联动），没有排期
description: >-
  三调联动：行业性、专业性人民调解组织（全区 12 个）；接诊时未能化解的食品药品纠纷转南岸区食品药品纠纷人民调解委员会、南坪镇食品药品纠纷人民调解委员会，
  由其人民调解员在 15 天内调解，记入人民调解并按难易领取调解案件补贴。
sites: district
within: 15 days
panel:
  quorum:
    - { role: mediator, count: 1, organisations: [南岸区食品药品纠纷人民调解委员会, 南坪镇食品药品纠纷人民调解委员会] }
  exclude_case_staff: true
steps:
  - { id: mediate, for_each: escalation, record: 人民调解, subsidy: mediation_subsidy }

"""#),
        File(path: "workflows/sifa.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-workflow.schema.json
# 司法调解：诊室未能化解的合同纠纷，转区法院诉前调解 — judicial mediation by the district court
version: 1
kind: workflow
id: sifa
name: 司法调解
type: panel                       # 由诊室提请（三调联动），没有排期
description: >-
  三调联动：加强与区法院的沟通协调，接诊时未能化解的合同纠纷转南岸区人民法院诉前调解，
  由法院干警在 30 天内调解。
sites: district
within: 30 days
panel:
  quorum:
    - { role: official, count: 1, organisations: [南岸区人民法院] }
  exclude_case_staff: true
steps:
  - { id: mediate, for_each: escalation, record: 司法调解 }

"""#),
        File(path: "workflows/tiaowei.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-workflow.schema.json
# 调委会调解：诊室未能化解的邻里等民间纠纷，由所在街镇人民调解委员会再行调解 — people's mediation by the street or town committee
version: 1
kind: workflow
id: tiaowei
name: 调委会调解
type: panel                       # 由诊室提请（三调联动），没有排期
description: >-
  三调联动：民间矛盾纠纷属于私事，社区(村)人民调解委员会是第一道防线；接诊时未能化解的邻里纠纷和其他民间纠纷，
  由案件所在街镇的人民调解委员会的人民调解员在 15 天内再行调解，记入人民调解并按难易领取调解案件补贴。
sites: { tags: [community] }
within: 15 days
panel:
  quorum:
    - { role: mediator, count: 1, same_street: true, organisations: [铜元局街道人民调解委员会, 花园路街道人民调解委员会, 南坪街道人民调解委员会, 海棠溪街道人民调解委员会, 龙门浩街道人民调解委员会, 弹子石街道人民调解委员会, 南山街道人民调解委员会, 天文街道人民调解委员会, 南坪镇人民调解委员会, 涂山镇人民调解委员会, 鸡冠石镇人民调解委员会, 峡口镇人民调解委员会, 长生桥镇人民调解委员会, 迎龙镇人民调解委员会, 广阳镇人民调解委员会] }
  exclude_case_staff: true
steps:
  - { id: mediate, for_each: escalation, record: 人民调解, subsidy: mediation_subsidy }

"""#),
        File(path: "workflows/wuye_tiaojie.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-workflow.schema.json
# 物业纠纷人民调解委员会：物业纠纷 — the specialised committee for property disputes
version: 1
kind: workflow
id: wuye_tiaojie
name: 物业纠纷调解
type: panel                       # 由诊室提请（三调联动），没有排期
description: >-
  三调联动：行业性、专业性人民调解组织（全区 12 个）；接诊时未能化解的物业纠纷转南坪街道物业纠纷人民调解委员会、花园路街道物业纠纷人民调解委员会、海棠溪街道物业纠纷人民调解委员会、弹子石街道物业纠纷人民调解委员会，
  由其人民调解员在 15 天内调解，记入人民调解并按难易领取调解案件补贴。
sites: district
within: 15 days
panel:
  quorum:
    - { role: mediator, count: 1, organisations: [南坪街道物业纠纷人民调解委员会, 花园路街道物业纠纷人民调解委员会, 海棠溪街道物业纠纷人民调解委员会, 弹子石街道物业纠纷人民调解委员会] }
  exclude_case_staff: true
steps:
  - { id: mediate, for_each: escalation, record: 人民调解, subsidy: mediation_subsidy }

"""#),
        File(path: "workflows/xingzheng.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-workflow.schema.json
# 行政调解：诊室未能化解的劳动争议，转街镇行政调解（司法所承办） — administrative mediation by the street or town
version: 1
kind: workflow
id: xingzheng
name: 行政调解
type: panel                       # 由诊室提请（三调联动），没有排期
description: >-
  三调联动：接诊时未能化解的劳动争议转案件所在街镇的行政调解，由司法所工作人员在 15 天内承办，
  促进人民调解、行政调解和司法调解有机衔接。
sites: { tags: [community] }
within: 15 days
panel:
  quorum:
    - { role: justice_officer, count: 1, same_street: true }
  exclude_case_staff: true
steps:
  - { id: mediate, for_each: escalation, record: 行政调解 }

"""#),
        File(path: "workflows/xunzhen.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-workflow.schema.json
# 巡诊：社区工作人员定期入户走访，对出行困难的群众送法到家 — home rounds in every community
version: 1
kind: workflow
id: xunzhen
name: 巡诊
type: round                       # 入户走访：每发现一项需求一个案件
description: >-
  定点：全区 138 个社区(村)；定时：每月第一个周二下午入户走访，遇节假日顺延；
  定人：由本社区(村)的社区工作人员走访，了解居民真实的法律、生活需求；
  定责：针对个别出行困难又急需解决问题的群众，社区工作人员与结对律师或基层法律服务工作者
  在 3 个工作日内送法到家；重大疑难问题提请会诊。
sites: { tags: [community] }
schedule:
  name: 每月第一个周二下午入户走访
  rrule: FREQ=MONTHLY;BYDAY=1TU
  time: "14:00-17:30"
  on_holiday: next_workday
slots:
  visitor: { name: 巡诊人员, roles: [community_worker], count: 1, prefer: [paired, same_street, least_loaded] }
  lawyer: { name: 送法到家人员, roles: [lawyer, legal_worker], count: 1, prefer: [paired, same_street, least_loaded], on_demand: true }
steps:
  - { id: visit, for_each: household, record: 入户走访 }        # 每走访一户一条记录（巡诊报告的“人数”为走访户数）
  - { id: triage, decide: shishi_fenliu, assign: [visitor] }
  - { id: screen, decide: escalation_triage, assign: [visitor] }
  - { id: legal_aid, when: 'has(case.topics) && "法律援助" in case.topics', record: 法律援助 }       # 涉及的问题：法律援助
  - { id: counselling, when: 'has(case.topics) && "心理疏导" in case.topics', record: 心理疏导 }     # 涉及的问题：心理疏导
  - id: welfare                                                   # 涉及的问题：就业、低保、救助
    when: 'has(case.topics) && ("就业" in case.topics || "低保" in case.topics || "救助" in case.topics)'
    record: 推荐就业低保救助
  - { id: home_visit, when: 'case.resident.housebound', record: 送法到家, within: 3 workdays, assign: [visitor, lawyer] }
escalations:
  - { id: major, when: 'case.major || case.parties >= 5', start: huizhen, within: 5 workdays,
      description: 重大疑难或当事人 5 方以上的案件，提请会诊 }
  - id: risk
    description: 婚恋、家庭、邻里纠纷有“民转刑”风险，提请会诊
    when: 'case.risk_criminal && (case.category == "婚恋" || case.category == "家庭" || case.category == "邻里")'
    start: huizhen
    within: 3 workdays

"""#),
        File(path: "workflows/zhengdi_tiaojie.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-workflow.schema.json
# 征地拆迁纠纷人民调解委员会：征地纠纷 — the specialised committee for land requisition disputes
version: 1
kind: workflow
id: zhengdi_tiaojie
name: 征地拆迁纠纷调解
type: panel                       # 由诊室提请（三调联动），没有排期
description: >-
  三调联动：行业性、专业性人民调解组织（全区 12 个）；接诊时未能化解的征地纠纷转长生桥镇征地拆迁纠纷人民调解委员会、迎龙镇征地拆迁纠纷人民调解委员会、广阳镇征地拆迁纠纷人民调解委员会，
  由其人民调解员在 15 天内调解，记入人民调解并按难易领取调解案件补贴。
sites: district
within: 15 days
panel:
  quorum:
    - { role: mediator, count: 1, organisations: [长生桥镇征地拆迁纠纷人民调解委员会, 迎龙镇征地拆迁纠纷人民调解委员会, 广阳镇征地拆迁纠纷人民调解委员会] }
  exclude_case_staff: true
steps:
  - { id: mediate, for_each: escalation, record: 人民调解, subsidy: mediation_subsidy }

"""#),
        File(path: "workflows/zhuzhen.yaml", text: #"""
# yaml-language-server: $schema=../json-schema/sizhen-workflow.schema.json
# 助诊：在法治宣传月、国际禁毒日、国家宪法日等重要节点参加社区普法活动 — assistance at legal-education events
version: 1
kind: workflow
id: zhuzhen
name: 助诊
type: event                       # 活动：每场活动一个案件，现场咨询的群众各一个案件
description: >-
  定点：各法律服务诊室所在社区(村)；定时：“三月法治宣传月”、“6.26”国际禁毒日、国家宪法日（12 月 4 日）
  等重要节点，活动当天举办，节假日不顺延；定人：律师、基层法律服务工作者参加社区(村)普法宣传活动；
  定责：现场提供法律辅助服务，解答法律咨询，重大疑难问题提请会诊。
sites: { tags: [clinic] }
schedule:
  - { name: 三月法治宣传月, rrule: FREQ=YEARLY;BYMONTH=3;BYDAY=2SA, time: "09:00-11:30", on_holiday: keep }
  - { name: 6.26 国际禁毒日, rrule: FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=26, time: "09:00-11:30", on_holiday: keep }
  - { name: 12.4 国家宪法日, rrule: FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=4, time: "09:00-11:30", on_holiday: keep }
# 活动在当天举办，周末也不顺延（2027 年 6.26、12.4 均为周六）；由周六上午有空（availability 含 SA）的律师、
# 基层法律服务工作者参加：每个街镇周六有空的人数不少于其诊室数
slots:
  helper: { name: 助诊人员, roles: [lawyer, legal_worker], count: 1, prefer: [paired, same_street, least_loaded] }
steps:
  - { id: publicity, for_each: event, record: 法治宣传 }
  - { id: lecture, for_each: event, when: 'has(case.activities) && "讲座" in case.activities', record: 法治讲座 }     # 活动形式：讲座
  - { id: case_law, for_each: event, when: 'has(case.activities) && "以案释法" in case.activities', record: 以案释法 } # 活动形式：以案释法
  - { id: consult, for_each: visitor, record: 法律咨询 }
  - { id: legal_aid, when: 'has(case.topics) && "法律援助" in case.topics', record: 法律援助 }       # 涉及的问题：法律援助
  - { id: counselling, when: 'has(case.topics) && "心理疏导" in case.topics', record: 心理疏导 }     # 涉及的问题：心理疏导
  - id: welfare                                                   # 涉及的问题：就业、低保、救助
    when: 'has(case.topics) && ("就业" in case.topics || "低保" in case.topics || "救助" in case.topics)'
    record: 推荐就业低保救助
escalations:
  - { id: major, when: 'case.major || case.parties >= 5', start: huizhen, within: 5 workdays,
      description: 重大疑难或当事人 5 方以上的案件，提请会诊 }

"""#),
    ]
}
