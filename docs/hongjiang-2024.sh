#!/bin/sh
# 洪江市医疗保障局 2024: the year of Protocol/examples/002-hongjiang-2024.jx entered as an operator
# enters it, one typed jixiao command per cell of the forms; no protocol line, no `jixiao raw`.
# Run it against an empty daemon: JIXIAO_SOCKET=… sh docs/hongjiang-2024.sh
# (Tests/JixiaoIntegrationTests/TypedSeedTests.swift does, and compares the EXPORT with the seed's.)
set -eu

jixiao unit create hongjiang --name '洪江市医疗保障局' --level '市' --offices '办公室、规划财务室、待遇保障室、基金监管室'
# Line 9: "单位编制人数38人，年末实有人数35人，公益性岗位人数4人。本单位离退休人数20人。"
# Lines 74-82 (基础数据表): 编制数 38, 2024年实际在职人数 35, 控制率 92.1% (35/38 = 92.11%).
# The offices list of line 9 ends in "等"; the four named are entered.
jixiao year create hongjiang 2024 --staff-authorized 38 --staff-actual 35 --staff-public-welfare 4 --staff-retired 20 --printed-control-rate 92.1%

# ---------------------------------------------------------------------------------------------
# 部门整体支出绩效自评表 (lines 218-430)
# ---------------------------------------------------------------------------------------------

# Line 236-242: 年度资金总额 506.48万元 / 506.48万元 / 840.87万元, 分值 10, 执行率 100%, 得分 blank.
# Line 424-426: 总分 100 (分值) / 98 (得分). No grade is printed anywhere in the report.
jixiao dept update hongjiang 2024 --budget-initial '506.48万元' --budget-full '506.48万元' --executed '840.87万元' --execution-weight 10 --printed-rate 100% --printed-total 98

# Funds by nature, lines 244-262, under the 年度预算申请 heading: "其中：一般公共预算：506.48万元",
# "其中：基本支出：406.48万元", "项目支出：100万元" (政府性基金拨款, 纳入专户管理的非税收入拨款 and
# 其他资金 are blank). The block prints one amount per row and no column; as the heading says
# 预算申请 these are entered as 年初预算数 (initial), which equals 全年预算数 here anyway.
# 406.48 + 100 = 506.48.
# Income, line 27 (prose, the year's actuals): "本年度收入合计840.87万元，其中：公共财政拨款840.87万元，
# 政府基金拨款收入0万元" → executed. 公共财政拨款 is the report's word for 一般公共预算拨款.
jixiao income hongjiang 2024 --executed '840.87万元'
jixiao income hongjiang 2024 general --initial '506.48万元' --executed '840.87万元' --note '正文称公共财政拨款'
jixiao income hongjiang 2024 fund --executed '0万元' --note '政府基金拨款收入'

# The table's 按支出性质分 (年初预算数): 基本支出 406.48, 项目支出 100. No total is printed for
# the pair in that block (the 年度资金总额 above is 506.48).
jixiao spend hongjiang 2024 basic --initial '406.48万元'
jixiao spend hongjiang 2024 project --initial '100万元'
# Expenditure, line 27: "本年度支出合计840.87万元，其中：基本支出453.14万元（包含人员工资福利），占比53.89%；
# 商品服务支出291.87万元，占比34.71%；对个人和家庭的补助支出95.60万元，占比11.37%；对企业的补助支出
# 33.63万元，占比0.04%。" One total with four 其中 parts, each share printed against 840.87. Three
# parts are economic classes (class.goods, class.households, class.enterprises); the fourth is
# printed as 基本支出, which is not an economic class (it is a part of the by-nature split above).
# Entered as printed, as a fourth part of the same total under its own code class.basic, so
# that the total is checked against the parts the report lists: they sum to 874.24万元, not
# 840.87 (the printed shares sum to 100.01%), and 33.63 / 840.87 = 4.00%, not the printed 0.04%.
jixiao class hongjiang 2024 --label '支出合计' --executed '840.87万元'
jixiao class hongjiang 2024 basic --label '基本支出' --executed '453.14万元' --printed-share 53.89% --note '原文“基本支出（包含人员工资福利）”，列于经济分类各项之间'
jixiao class hongjiang 2024 goods --executed '291.87万元' --printed-share 34.71% --note '正文称商品服务支出'
jixiao class hongjiang 2024 households --executed '95.60万元' --printed-share 11.37%
jixiao class hongjiang 2024 enterprises --executed '33.63万元' --printed-share 0.04%

# 基础数据表 (lines 84-117): 经费控制情况, columns 2023年决算数 (prior_actual), 2024年预算数 (budget),
# 2024年决算数 (actual). "三公"经费 2.38万元 / 3万元 / 2.36万; line 27 repeats "2024年“三公”经费支出2.36万元".
jixiao sangong hongjiang 2024 --prior-actual '2.38万元' --budget '3万元' --actual '2.36万'
jixiao sangong hongjiang 2024 vehicle --prior-actual '0万元' --budget '0万元' --actual '0万元'
jixiao sangong hongjiang 2024 vehicle.purchase --prior-actual '0万元' --budget '0万元' --actual '0万元'
jixiao sangong hongjiang 2024 vehicle.operation --prior-actual '0万元' --budget '0万元' --actual '0万元'
jixiao sangong hongjiang 2024 abroad --prior-actual '0万元' --budget '0万元' --actual '0万元'
jixiao sangong hongjiang 2024 reception --prior-actual '2.38万元' --budget '3万元' --actual '2.36万元'

# Lines 119-132: 项目支出 (row blank), 1.业务工作专项 1430.91 / 506.48 / 840.87 (printed without a
# unit; the table's other money is in 万元), 2.运行维护专项 (blank). These are the department's
# whole budget and spending, not a project's.
jixiao line set hongjiang 2024 dept projects.business --prior-actual '1430.91万元' --budget '506.48万元' --actual '840.87万元' --note '表中未注单位，按万元录入'

# Lines 134-162: 公用经费 (row blank); 1.办公经费 8.71 / — / 113.9; 2.水电费 2.32 / — / 0.78;
# 3.差旅费 18.94 / — / 11.07; 4.会议费 blank; 5.培训费 0.723 / — / 0.19 (no unit printed: 万元).
jixiao public-funds hongjiang 2024 office --prior-actual '8.71万元' --actual '113.9万元'
jixiao public-funds hongjiang 2024 utilities --prior-actual '2.32万元' --actual '0.78万元'
jixiao public-funds hongjiang 2024 travel --prior-actual '18.94万元' --actual '11.07万元'
jixiao public-funds hongjiang 2024 training --prior-actual '0.723万元' --actual '0.19万元'

# Lines 179-211: 楼堂馆所控制情况（2024年完工项目）: 批复规模 0㎡, 实际规模 0㎡, 规模控制率 0,
# 预算投资 0万元, 实际投资 0万元, 投资概算控制率 0. The investment columns go on the building
# line (budget / actual, printed_rate = 投资概算控制率; 0/0 is 不适用, the form prints 0); the areas
# and the 规模控制率 have no line columns and are kept as facts.
jixiao building hongjiang 2024 --budget '0万元' --actual '0万元' --printed-rate 0% --note 'printed_rate: 投资概算控制率'
jixiao fact set hongjiang 2024 dept building_area_approved --name '楼堂馆所批复规模' --value '0㎡'
jixiao fact set hongjiang 2024 dept building_area_actual --name '楼堂馆所实际规模' --value '0㎡'
jixiao fact set hongjiang 2024 dept building_area_rate --name '楼堂馆所规模控制率' --value 0 --note '表中印为0，未带%'

# 年度总体目标, lines 264-270 (the 预期目标 cell repeats section 一、(二), lines 15-21).
jixiao goal add hongjiang 2024 dept --kind expected '举全局之力争取先进单位'
jixiao goal add hongjiang 2024 dept --kind expected '多措并举推进乡村振兴'
jixiao goal add hongjiang 2024 dept --kind expected '医保信息化建设全面推进'
jixiao goal add hongjiang 2024 dept --kind expected '全面落实医疗保障待遇和医保基金的安全运行'
jixiao goal add hongjiang 2024 dept --kind achieved '全力推动乡村振兴工作和医保信息化建设工作；保障医保基金安全运行。'

# Group weights as printed: 产出指标（50分）: 数量指标（20分）, 质量指标（10分）, 时效指标（10分）,
# 成本指标（10分）; 效益指标（30分）: 社会效益指标（10分）, 可持续影响指标（10分）,
# 社会公众或服务对象满意度（10分）. The 满意度 row sits under 效益指标 in this table.
jixiao group set hongjiang 2024 dept --level1 '产出指标' --weight 50
jixiao group set hongjiang 2024 dept --level1 '产出指标' --level2 '数量指标' --weight 20
jixiao group set hongjiang 2024 dept --level1 '产出指标' --level2 '质量指标' --weight 10
jixiao group set hongjiang 2024 dept --level1 '产出指标' --level2 '时效指标' --weight 10
jixiao group set hongjiang 2024 dept --level1 '产出指标' --level2 '成本指标' --weight 10
jixiao group set hongjiang 2024 dept --level1 '效益指标' --weight 30
jixiao group set hongjiang 2024 dept --level1 '效益指标' --level2 '社会效益指标' --weight 10
jixiao group set hongjiang 2024 dept --level1 '效益指标' --level2 '可持续影响指标' --weight 10
jixiao group set hongjiang 2024 dept --level1 '效益指标' --level2 '社会公众或服务对象满意度' --weight 10

# Lines 292-422, one row each: 三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因.
jixiao indicator create hongjiang 2024 dept peixun --level1 '产出指标' --level2 '数量指标' --name '全年开展医保政策培训次数' --target '≥2次' --actual '3次' --weight 5 --score 5
# Line 311: the name ends in "。" as printed. 218 > 200 breaks the ≤ target, yet scored 5 of 5.
jixiao indicator create hongjiang 2024 dept daiban --level1 '产出指标' --level2 '数量指标' --name '村（社区）级医保代办服务点个数。' --target '≤200个' --actual '218个' --weight 5 --score 5
jixiao indicator create hongjiang 2024 dept banjian --level1 '产出指标' --level2 '数量指标' --name '医保业务承办次数' --target '≥50000次' --actual '50000余次' --weight 5 --score 5
jixiao indicator create hongjiang 2024 dept gongkai --level1 '产出指标' --level2 '数量指标' --name '推动医保政府信息公开次数' --target '≥10次' --actual '10次' --weight 5 --score 5
jixiao indicator create hongjiang 2024 dept dabiao --level1 '产出指标' --level2 '质量指标' --name '工作完成达标率' --target 100% --actual 100% --weight 10 --score 10
jixiao indicator create hongjiang 2024 dept jishi --level1 '产出指标' --level2 '时效指标' --name '工作完成及时率' --target 100% --actual 100% --weight 10 --score 10
jixiao indicator create hongjiang 2024 dept chengben --level1 '产出指标' --level2 '成本指标' --name '成本控制金额' --target '≤506.48万元' --actual '840.87万元' --weight 10 --score 8 --deviation '工作任务增加。'
# Line 397: the name is printed with a space, "职工及居民医保待遇 保障"; kept.
jixiao indicator create hongjiang 2024 dept daiyu --level1 '效益指标' --level2 '社会效益指标' --name '职工及居民医保待遇 保障' --target '效果明显' --actual '效果明显' --weight 10 --score 10
jixiao indicator create hongjiang 2024 dept jijin --level1 '效益指标' --level2 '可持续影响指标' --name '基金安全运行' --target '效果明显' --actual '效果明显' --weight 10 --score 10
jixiao indicator create hongjiang 2024 dept manyi --level1 '效益指标' --level2 '社会公众或服务对象满意度' --name '服务对象满意度' --target 90% --actual 90% --weight 10 --score 10

# Section 二、(二) (lines 31-37): the project list as the prose prints it.
jixiao fact set hongjiang 2024 dept project_count --name '2024年度预算项目个数' --value '3个'
jixiao fact set hongjiang 2024 dept project_total --name '2024年度预算项目合计' --value '100万元' --note '正文所列三项为15+50+50=115万元'

# Section 三 (lines 41-51): the figures of the prose, in the order printed.
# (1) 待遇保障
jixiao fact set hongjiang 2024 dept insured_residents --name '城乡居民医疗保险参保人数' --value '303517人'
jixiao fact set hongjiang 2024 dept insured_employees --name '城镇职工参保人数' --value '25254人'
jixiao fact set hongjiang 2024 dept insured_rate --name '常住人口参保率' --value 97.24%
jixiao fact set hongjiang 2024 dept special_insured --name '八类人群参保' --value 100% --note '在集中参保缴费期内'
jixiao fact set hongjiang 2024 dept special_subsidised --name '八类人群参保资助' --value 100%
jixiao fact set hongjiang 2024 dept subsidy_people --name '资助参保人数' --value '16429人'
jixiao fact set hongjiang 2024 dept subsidy_amount --name '资助参保金额' --value '449.81万元'
jixiao fact set hongjiang 2024 dept res_inpatient_visits --name '城乡居民住院报销人次' --value '9.84万人次'
jixiao fact set hongjiang 2024 dept res_inpatient_fund --name '城乡居民住院统筹基金报销' --value '24890.12万元'
jixiao fact set hongjiang 2024 dept res_inpatient_serious --name '城乡居民住院大病保险报销' --value '2041.02万元'
jixiao fact set hongjiang 2024 dept res_inpatient_aid --name '城乡居民住院医疗救助报销' --value '1354.53万元'
jixiao fact set hongjiang 2024 dept res_outpatient_visits --name '城乡居民门诊报销人次' --value '52.50万人次'
jixiao fact set hongjiang 2024 dept res_outpatient_fund --name '城乡居民门诊统筹基金报销' --value '4801.85万元'
jixiao fact set hongjiang 2024 dept res_outpatient_aid --name '城乡居民门诊医疗救助报销' --value '179.89万元'
jixiao fact set hongjiang 2024 dept emp_inpatient_visits --name '职工住院报销人次' --value '10350人次'
jixiao fact set hongjiang 2024 dept emp_special_outpatient --name '职工特殊门诊报销人次' --value '20043人次'
jixiao fact set hongjiang 2024 dept emp_outpatient_mutual --name '职工门诊共济人次' --value '12.66万人次'
jixiao fact set hongjiang 2024 dept offlist_level1 --name '一级及以下医疗机构目录外费用占比' --value 1.75%
jixiao fact set hongjiang 2024 dept offlist_level2 --name '二级医疗机构目录外费用占比' --value 5.82%
jixiao fact set hongjiang 2024 dept emp_reimb_rate --name '职工医保住院实际报销比例' --value 70.15%
jixiao fact set hongjiang 2024 dept emp_reimb_rate_l1 --name '职工医保住院实际报销比例（一级及以下医疗机构）' --value 74.95%
jixiao fact set hongjiang 2024 dept emp_reimb_rate_l2 --name '职工医保住院实际报销比例（二级医疗机构）' --value 68.95%
jixiao fact set hongjiang 2024 dept res_reimb_rate --name '居民医保住院实际报销比例' --value 64.37%
jixiao fact set hongjiang 2024 dept res_reimb_rate_l1 --name '居民医保住院实际报销比例（一级及以下医疗机构）' --value 68.63%
jixiao fact set hongjiang 2024 dept res_reimb_rate_l2 --name '居民医保住院实际报销比例（二级医疗机构）' --value 62.63%
# (2) 支付方式改革
jixiao fact set hongjiang 2024 dept dip_trained --name '参加DIP改革政策培训的定点医疗机构' --value '33家'
# (3) 集中带量采购
jixiao fact set hongjiang 2024 dept vbp_interviewed --name '集中约谈定点医疗机构' --value '23家' --note '分两批次'
jixiao fact set hongjiang 2024 dept vbp_watched --name '采用非中选高价药品被重点关注的医疗机构' --value '6家'
jixiao fact set hongjiang 2024 dept vbp_varieties --name '国家组织带量采购四、五、七批药品品种' --value '54个'
jixiao fact set hongjiang 2024 dept vbp_progress_4 --name '带量采购第四批实际采购进度' --value 158.63%
jixiao fact set hongjiang 2024 dept vbp_progress_5 --name '带量采购第五批实际采购进度' --value 210.31%
jixiao fact set hongjiang 2024 dept vbp_progress_7 --name '带量采购第七批实际采购进度' --value 184.93%
# (4) 打击欺诈骗保
jixiao fact set hongjiang 2024 dept cases_filed --name '行政立案' --value '12家次'
jixiao fact set hongjiang 2024 dept cases_joint --name '联合卫健共查' --value '3家次'
jixiao fact set hongjiang 2024 dept penalty_decisions --name '下达行政处罚决定书' --value '7家'
jixiao fact set hongjiang 2024 dept recovered_cases --name '立案处罚追回医保基金' --value '116.49万元'
jixiao fact set hongjiang 2024 dept fines --name '行政处罚' --value '88.97万元'
jixiao fact set hongjiang 2024 dept recovered_routine --name '日常监管、自查自纠并核查追回医保基金' --value '118.03万元'
jixiao fact set hongjiang 2024 dept recovered_smart --name '智能监管追回医保基金' --value '24.99万元'
jixiao fact set hongjiang 2024 dept referred_market --name '移送市市场监管局案件线索' --value '2例'
jixiao fact set hongjiang 2024 dept joint_health_checks --name '联合市卫生健康局检查' --value '3家'
jixiao fact set hongjiang 2024 dept referred_health --name '移送卫健部门案件线索' --value '2例'
jixiao fact set hongjiang 2024 dept referred_police --name '移送公安部门案件线索' --value '1例'
jixiao fact set hongjiang 2024 dept from_procuratorate --name '市检察院移交涉嫌违规使用医保基金案件' --value '3例' --note '参保人员'
# (5) 经办服务
jixiao fact set hongjiang 2024 dept cases_handled --name '湖南省医疗保障信息平台办件量' --value '6.48万'
jixiao fact set hongjiang 2024 dept cases_growth --name '办件量较去年同期增长' --value 14.89%
jixiao fact set hongjiang 2024 dept cases_online --name '线上经办总数量' --value '1.03万件'
jixiao fact set hongjiang 2024 dept cases_offline --name '线下经办总数量' --value '5.45万件'
jixiao fact set hongjiang 2024 dept filing_in_province --name '省内异地备案' --value '315人次'
jixiao fact set hongjiang 2024 dept filing_cross_province --name '跨省异地备案' --value '2174人次'
jixiao fact set hongjiang 2024 dept stations_township --name '乡镇医保经办服务站' --value '20个'
jixiao fact set hongjiang 2024 dept points_village --name '村经办服务点' --value '218个'
jixiao fact set hongjiang 2024 dept windows_hospital --name '医疗机构经办服务窗口' --value '24个'
jixiao fact set hongjiang 2024 dept bank_outlets --name '银行网点' --value '2个'
jixiao fact set hongjiang 2024 dept good_rating --name '湖南省一网通办系统好评率' --value 100%
jixiao fact set hongjiang 2024 dept maternity_days_before --name '生育津贴办结时限（原）' --value '10个工作日'
jixiao fact set hongjiang 2024 dept maternity_days_after --name '生育津贴办结时限（现）' --value '5个工作日'

# ---------------------------------------------------------------------------------------------
# 项目支出绩效自评表 1 (lines 438-628): 全市医疗机构稽查稽核工作经费
# ---------------------------------------------------------------------------------------------

# Table at lines 438-481: 主管部门 洪江市财政局, 实施单位 洪江市医疗保障局; 年度资金总额
# 15万元 / 15万元 / 15万元, 分值 10, 执行率 100%, 得分 10; 其中：当年财政拨款 15 / 15 / 15;
# 上年结转资金 and 其他资金 blank. 总分 100 (分值), no 得分.
# Prose (line 33): "2024年全市医疗机构稽查稽核工作经费15万元".
jixiao project create hongjiang 2024 jicha --name '全市医疗机构稽查稽核工作经费' --supervisor '洪江市财政局' --implementer '洪江市医疗保障局' --budget-initial '15万元' --budget-full '15万元' --executed '15万元' --execution-weight 10 --printed-rate 100% --printed-score 10
jixiao funds set hongjiang 2024 jicha current --initial '15万元' --full '15万元' --executed '15万元'
jixiao fact set hongjiang 2024 jicha prose_amount --name '正文所列金额（二、（二）1）' --value '15万元'
jixiao goal add hongjiang 2024 jicha --kind expected '对全市医疗机构和定点药店进行稽查，保障医保基金安全运行'
jixiao goal add hongjiang 2024 jicha --kind achieved '采取定期和不定期的方式对全市的医药机构进行检查，保障了医保基金的安全运行。'
jixiao group set hongjiang 2024 jicha --level1 '产出指标' --weight 50
jixiao group set hongjiang 2024 jicha --level1 '产出指标' --level2 '数量指标' --weight 20
jixiao group set hongjiang 2024 jicha --level1 '产出指标' --level2 '质量指标' --weight 10
jixiao group set hongjiang 2024 jicha --level1 '产出指标' --level2 '时效指标' --weight 10
jixiao group set hongjiang 2024 jicha --level1 '产出指标' --level2 '成本指标' --weight 10
jixiao group set hongjiang 2024 jicha --level1 '效益指标' --weight 30
jixiao group set hongjiang 2024 jicha --level1 '效益指标' --level2 '社会效益指标' --weight 15
jixiao group set hongjiang 2024 jicha --level1 '满意度指标' --weight 20
jixiao indicator create hongjiang 2024 jicha jicha --level1 '产出指标' --level2 '数量指标' --name '医疗机构稽查工作次数' --target '≥20次' --actual '30余次' --weight 10 --score 10
jixiao indicator create hongjiang 2024 jicha xuanchuan --level1 '产出指标' --level2 '数量指标' --name '医保政策培训宣传次数' --target '≥30次' --actual '30余次' --weight 10 --score 10
jixiao indicator create hongjiang 2024 jicha dabiao --level1 '产出指标' --level2 '质量指标' --name '工作完成达标率' --target 100% --actual 100% --weight 10 --score 10
jixiao indicator create hongjiang 2024 jicha jishi --level1 '产出指标' --level2 '时效指标' --name '工作完成及时率' --target 100% --actual 100% --weight 10 --score 10
# Line 581: the 实际完成值 is printed as "≤15万元", a bound rather than an amount.
jixiao indicator create hongjiang 2024 jicha chengben --level1 '产出指标' --level2 '成本指标' --name '成本控制金额' --target '≤15万元' --actual '≤15万元' --weight 10 --score 10
jixiao indicator create hongjiang 2024 jicha yunxing --level1 '效益指标' --level2 '社会效益指标' --name '医保基金运行状况' --target '良好' --actual '良好' --weight 15 --score 15
# 可持续影响指标 and 服务对象满意度指标 print no group weight (lines 600, 614).
jixiao indicator create hongjiang 2024 jicha fengxian --level1 '效益指标' --level2 '可持续影响指标' --name '非法套取医疗资金风险率' --target '降低' --actual '降低' --weight 15 --score 15
jixiao indicator create hongjiang 2024 jicha manyi --level1 '满意度指标' --level2 '服务对象满意度指标' --name '服务对象满意率' --target 90% --actual 90% --weight 20 --score 20

# ---------------------------------------------------------------------------------------------
# 项目支出绩效自评表 2 (lines 629-821): 医保基金征收管理经费
# ---------------------------------------------------------------------------------------------

# Table at lines 629-672: 年度资金总额 35万元 / 35万元 / 35万元, 分值 10, 执行率 100%, 得分 10;
# 当年财政拨款 35 / 35 / 35. 总分 100, no 得分.
# Prose (line 35) differs: "2024年医保基金征收管理工作经费50万元". The table is entered; the prose
# figure is kept as a fact.
jixiao project create hongjiang 2024 zhengjiao --name '医保基金征收管理经费' --supervisor '洪江市财政局' --implementer '洪江市医疗保障局' --budget-initial '35万元' --budget-full '35万元' --executed '35万元' --execution-weight 10 --printed-rate 100% --printed-score 10
jixiao funds set hongjiang 2024 zhengjiao current --initial '35万元' --full '35万元' --executed '35万元'
jixiao fact set hongjiang 2024 zhengjiao prose_amount --name '正文所列金额（二、（二）2，医保基金征收管理工作经费）' --value '50万元' --note '自评表为35万元'
jixiao goal add hongjiang 2024 zhengjiao --kind expected '按上级要求完成2024年医保征缴任务，确保医保基金正常运行。'
jixiao goal add hongjiang 2024 zhengjiao --kind achieved '按上级要求完成2024年医保征缴任务，确保医保基金正常运行。'
jixiao group set hongjiang 2024 zhengjiao --level1 '产出指标' --weight 50
jixiao group set hongjiang 2024 zhengjiao --level1 '产出指标' --level2 '数量指标' --weight 20
jixiao group set hongjiang 2024 zhengjiao --level1 '产出指标' --level2 '质量指标' --weight 10
jixiao group set hongjiang 2024 zhengjiao --level1 '产出指标' --level2 '时效指标' --weight 10
jixiao group set hongjiang 2024 zhengjiao --level1 '产出指标' --level2 '成本指标' --weight 10
jixiao group set hongjiang 2024 zhengjiao --level1 '效益指标' --weight 30
jixiao group set hongjiang 2024 zhengjiao --level1 '效益指标' --level2 '社会效益指标' --weight 15
jixiao group set hongjiang 2024 zhengjiao --level1 '满意度指标' --weight 20
# Lines 732-734: target in 万人次, actual in 万人 (as printed).
jixiao indicator create hongjiang 2024 zhengjiao zhengshou --level1 '产出指标' --level2 '数量指标' --name '参保征收服务数量' --target '≥24万人次' --actual '30.35万人' --weight 10 --score 10
jixiao indicator create hongjiang 2024 zhengjiao xuanchuan --level1 '产出指标' --level2 '数量指标' --name '征缴政策宣传次数' --target '≥10次' --actual '12次' --weight 10 --score 10
jixiao indicator create hongjiang 2024 zhengjiao dabiao --level1 '产出指标' --level2 '质量指标' --name '工作完成达标率' --target 95% --actual 95% --weight 10 --score 10
jixiao indicator create hongjiang 2024 zhengjiao jishi --level1 '产出指标' --level2 '时效指标' --name '工作完成及时率' --target 100% --actual 100% --weight 10 --score 10
jixiao indicator create hongjiang 2024 zhengjiao chengben --level1 '产出指标' --level2 '成本指标' --name '成本控制金额' --target '≤35万元' --actual '≤35万元' --weight 10 --score 10
jixiao indicator create hongjiang 2024 zhengjiao yujing --level1 '效益指标' --level2 '社会效益指标' --name '基金预警和风险防控能力' --target '有效提高' --actual '有效提高' --weight 15 --score 15
jixiao indicator create hongjiang 2024 zhengjiao baozhang --level1 '效益指标' --level2 '可持续影响指标' --name '参保群众住院保障度' --target '提升' --actual '提升' --weight 15 --score 15
jixiao indicator create hongjiang 2024 zhengjiao manyi --level1 '满意度指标' --level2 '服务对象满意度指标' --name '服务对象满意率' --target 95% --actual 95% --weight 20 --score 20

# ---------------------------------------------------------------------------------------------
# 项目支出绩效自评表 3 (lines 822-1009): 离休干部医疗费
# ---------------------------------------------------------------------------------------------

# Table at lines 822-865: 年度资金总额 50万元 / 50万元 / 50万元, 分值 10, 执行率 100%, 得分 10;
# 当年财政拨款 50 / 50 / 50. 总分 100, no 得分.
# Prose (line 37): "离休老干部医疗费50万元".
jixiao project create hongjiang 2024 lixiu --name '离休干部医疗费' --supervisor '洪江市财政局' --implementer '洪江市医疗保障局' --budget-initial '50万元' --budget-full '50万元' --executed '50万元' --execution-weight 10 --printed-rate 100% --printed-score 10
jixiao funds set hongjiang 2024 lixiu current --initial '50万元' --full '50万元' --executed '50万元'
jixiao fact set hongjiang 2024 lixiu prose_amount --name '正文所列金额（二、（二）3，离休老干部医疗费）' --value '50万元'
# Lines 893-894: the same text as the 征收管理 project's goals (copied), as printed.
jixiao goal add hongjiang 2024 lixiu --kind expected '按上级要求完成2024年医保征缴任务，确保医保基金正常运行。'
jixiao goal add hongjiang 2024 lixiu --kind achieved '按上级要求完成2024年医保征缴任务，确保医保基金正常运行。'
jixiao group set hongjiang 2024 lixiu --level1 '产出指标' --weight 50
jixiao group set hongjiang 2024 lixiu --level1 '产出指标' --level2 '数量指标' --weight 20
jixiao group set hongjiang 2024 lixiu --level1 '产出指标' --level2 '质量指标' --weight 10
jixiao group set hongjiang 2024 lixiu --level1 '产出指标' --level2 '时效指标' --weight 10
jixiao group set hongjiang 2024 lixiu --level1 '产出指标' --level2 '成本指标' --weight 10
jixiao group set hongjiang 2024 lixiu --level1 '效益指标' --weight 30
jixiao group set hongjiang 2024 lixiu --level1 '效益指标' --level2 '社会效益指标' --weight 15
jixiao group set hongjiang 2024 lixiu --level1 '满意度指标' --weight 20
jixiao indicator create hongjiang 2024 lixiu renshu --level1 '产出指标' --level2 '数量指标' --name '离休干部服务人数' --target '≤4人次' --actual '4人' --weight 10 --score 10
# Lines 932-939, cell by cell: 三级指标 "征缴政策宣传次数", 年度指标值 "离休干部医疗保障覆盖率",
# 实际完成值 "100%", 分值 10分, 得分 10. The intended row is surely 离休干部医疗保障覆盖率 with no
# target printed; it is entered as printed for the checker to point out.
jixiao indicator create hongjiang 2024 lixiu fugai --level1 '产出指标' --level2 '数量指标' --name '征缴政策宣传次数' --target '离休干部医疗保障覆盖率' --actual 100% --weight 10 --score 10
jixiao indicator create hongjiang 2024 lixiu dabiao --level1 '产出指标' --level2 '质量指标' --name '工作完成达标率' --target 100% --actual 100% --weight 10 --score 10
jixiao indicator create hongjiang 2024 lixiu jishi --level1 '产出指标' --level2 '时效指标' --name '工作完成及时率' --target 100% --actual 100% --weight 10 --score 10
jixiao indicator create hongjiang 2024 lixiu chengben --level1 '产出指标' --level2 '成本指标' --name '成本控制金额' --target '≤50万元' --actual '≤50万元' --weight 10 --score 10
jixiao indicator create hongjiang 2024 lixiu zhixiao --level1 '效益指标' --level2 '社会效益指标' --name '离休老干政策知晓率' --target 90% --actual 90% --weight 15 --score 15
jixiao indicator create hongjiang 2024 lixiu daiyu --level1 '效益指标' --level2 '可持续影响指标' --name '离休老干医疗待遇保障率' --target 100% --actual 100% --weight 15 --score 15
jixiao indicator create hongjiang 2024 lixiu manyi --level1 '满意度指标' --level2 '服务对象满意度指标' --name '服务对象满意率' --target 95% --actual 95% --weight 20 --score 20
