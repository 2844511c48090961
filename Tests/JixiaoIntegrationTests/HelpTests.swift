import Foundation
import Testing

/// `jixiao --help` compared whole, as swift-argument-parser's MathExampleTests compare
/// theirs: a missing option, a wrong group or a help text that wraps into garbage shows in
/// the diff. Chinese by default; English with `LANG=C`.
@Suite struct HelpTests {
    private func help(_ arguments: [String], language: String) throws -> ClientRun {
        try ClientRun.jixiao(arguments, socket: nil, environment: ["LANG": language, "COLUMNS": "80"])
    }

    @Test func rootHelpInChineseListsTheCommandsByStage() throws {
        let run = try help(["--help"], language: "zh_CN.UTF-8")
        #expect(run.status == 0)
        #expect(run.errors == "")
        #expect(
            run.output == """
                概述：绩效管理客户端：单位、年度、预算、指标、付款、评分与官方表格，连接
                jixiaod。

                终端上输出对齐的中文表格，管道中输出带表头的制表符分隔行，--json 输出 JSON 行
                （键名为英文）。
                金额默认以万元两位小数显示（付款以元显示）；--unit 元|万元 与 --exact 可改。
                退出码：0 成功；1 守护进程拒绝了请求（ERR）；3 审核发现错误（check）；4 有红色预
                警（monitor）；64 用法错误；65 导入的文件无法读取（import）；69 连接不到守护进
                程；75 等待应答超时（--timeout）；76 连接中断或应答有误；77 无权连接套接字。

                用法：jixiao <subcommand>

                选项：
                  --version               显示版本。
                  -h, --help              显示帮助。

                子命令：
                  hello                   显示协议版本，以及守护进程认定的你的用户名和角色。
                  ping                    检查守护进程是否应答。
                  status                  显示守护进程的版本、运行时间、单位数、日志序号与大小、
                                          连接数、最近快照。
                  history                 查看对象的修改历史：何时、何人、修改前后的内容。
                  watch                   实时打印每一项已提交的修改（可限于某单位、年度或支
                                          出）。
                  batch                   执行文件（或标准输入 -）中的协议行。
                  raw                     发送一行协议原文并打印应答（调试用；日常操作都有对应的
                                          命令）。
                  backup                  把日志的一致在线备份存到文件（管理员）。
                  snapshot                立即写一份快照并开始新的日志段（管理员）。
                  resume                  存储故障排除后恢复写入（管理员）。
                  web-user                管理网页账户 (jixiao-web): 添加、列出、改密码、删除。

                目标：
                  unit                    单位：列出、查看、新建、修改、删除。
                  year                    财政年度及人员编制：列出、查看、新建、修改、删除。
                  dept                    部门整体支出：查看、填写“年度资金总额”行与报告所印结
                                          果。
                  project                 项目支出：列出、查看、新建、修改、删除。
                  funds                   资金来源与级次：查看（占比、执行率、待到位）或填写。
                  income                  部门收入（按收入性质分）：填写或查看。
                  spend                   部门支出（按支出性质分：基本支出、项目支出）：填写或查
                                          看。
                  class                   部门支出按经济分类（工资福利、商品和服务…）：填写或查
                                          看。
                  sangong                 “三公”经费（上年决算、本年预算、本年决算）：填写或查
                                          看。
                  public-funds            公用经费（办公、水电、差旅、会议、培训）：填写或查看。
                  building                楼堂馆所投资与厉行节约保障措施：填写或查看。
                  line                    科目行（任意代码）：列出、查看、填写、删除。
                  goal                    年度总体目标：预期目标与实际完成情况，逐条添加、列出、
                                          修改、删除。
                  group                   指标分组的分值（如“产出指标（50分）”“数量指标（20
                                          分）”）：填写、列出、删除。
                  indicator               绩效指标（三级指标）：列出、查看、新建、修改、删除、从
                                          表格导入。
                  allocation              按人均标准分担的资金（如 640元/人，中央、省、市、县各
                                          担比例）：填写、查看、删除。
                  vocab                   指标词表：一级、二级指标允许的名称（防止“数量指数”这类
                                          笔误拆开分组）。

                执行：
                  payment                 付款（支出/拨付）：添加、列出（默认以元显示）、修改、
                                          删除。
                  adjustment              预算调整（调整、追加、调减）：添加、列出、修改、删除。
                  monitor                 绩效运行监控：执行率对照序时进度，落后的排在前面。
                  monthly                 每月累计支付对照序时均衡线：表格、终端图、CSV、SVG 或
                                          PNG。
                  rollup                  汇总：本单位与下级单位（--parent）的部门整体支出逐行相
                                          加。
                  carryover               结转：把结余（全年预算数 − 全年执行数）记为下一年度的
                                          “上年结转资金”。
                  import                  从 Excel 导入：绩效指标表（填自评表的绩效指标栏）、支
                                          付明细（监控表的已支付由此汇总）。

                自评：
                  actual                  录入指标的实际完成值及偏差原因。
                  override                人工评分：以理由替代计算得分（须在完成情况的档次内）。
                  fact                    报告正文中的数据（参保人数、报销人次…）：填写、查看、
                                          列出、删除。
                  score                   绩效自评计分：每个指标、小计、总分和等级。
                  check                   审核：合计、占比、比率、分值、得分、单位、付款，逐项核
                                          算。
                  table                   打印官方表格：基础数据表、部门整体支出绩效自评表、项目
                                          支出绩效自评表、部门绩效自评结果公开汇总表。
                  report                  生成自评报告草稿（含数据与计算出的句子），供修改。
                  ruleset                 评分规则：列出、查看、新建、修改、删除，并为年度选用
                                          （use）。

                报送：
                  submit                  报送年度：锁定，此后录入员不能再修改（管理员可退回）。
                  reopen                  退回已报送的年度，允许再修改（管理员，须说明原因）。
                  export                  把全部、某单位或某年度导出为命令文件（.jx）。
                  export-forms            把一年的全部报表导出为 Excel 工作簿（.xlsx）：基础数据
                                          表、部门整体和各项目的自评表、汇总表、绩效运行监控表、
                                          绩效指标表、支付明细。

                  用 'jixiao help <子命令>' 查看子命令的详细帮助。

                """
        )
    }

    @Test func paymentAddHelpInChineseNamesEveryOption() throws {
        let run = try help(["payment", "add", "--help"], language: "zh_CN.UTF-8")
        #expect(run.status == 0)
        #expect(
            run.output == """
                概述：添加一笔付款；回复 id= 为其序号。

                例：jixiao payment add hongjiang 2024 jicha --date 2024-03-15 --amount 1234.56元
                --line source.current --note 凭证12号

                用法：jixiao payment add [<options>] <unit> <year> <owner>

                参数：
                  <unit>                  单位代码，如 hongjiang。
                  <year>                  财政年度，如 2024。
                  <owner>                 dept 表示部门整体支出，或项目代码（如 jicha）。

                选项：
                  --socket <path>         守护进程的套接字（环境变量 JIXIAO_SOCKET；默认
                                          /run/jixiao/jixiao.sock）。
                  --json                  每行输出一个 JSON 对象（供脚本使用）。
                  --table                 按中文表头对齐输出，即使输出到管道。
                  --at <time|seq>         查询过去某一时刻（2024-06-30T18:00 为北京时间，
                                          2024-06-30 为当天结束时，末尾加 Z 为 UTC）或某一日志序
                                          号（1234）时的数据。
                  --timeout <seconds>     等待守护进程应答的最长秒数（环境变量 JIXIAO_TIMEOUT；
                                          默认 60；0 为一直等待）。超时退出码为 75。
                  --lang <zh|en>          界面语言：zh（中文，默认）或 en（英文；LANG=C、en_* 时
                                          也为英文）。
                  --date <date>           支付日期 YYYY-MM-DD（须在本财政年度内）。
                  --amount <amount>       金额（如 1234.56元、0.5万元；退款为负数）。
                  --line <line>           资金来源科目（如 source.current 当年财政拨款；须是本支
                                          出已有的科目）。
                  --note <note>           摘要（凭证号、用途）。
                  --version               显示版本。
                  -h, --help              显示帮助。


                """
        )
    }

    @Test func indicatorUpdateHelpInEnglishWithLangC() throws {
        let run = try help(["indicator", "update", "--help"], language: "C")
        #expect(run.status == 0)
        #expect(
            run.output == """
                OVERVIEW: Change any column of an indicator; an empty value clears it.

                USAGE: jixiao indicator update [<options>] <unit> <year> <owner> <code>

                ARGUMENTS:
                  <unit>                  The unit's code, e.g. hongjiang.
                  <year>                  The fiscal year, e.g. 2024.
                  <owner>                 dept for the department's overall expenditure, or a
                                          project code.
                  <code>                  The code within the expenditure: lower-case letters,
                                          digits, - and _ (e.g. peixun).

                OPTIONS:
                  --socket <path>         The daemon's socket (env JIXIAO_SOCKET; default
                                          /run/jixiao/jixiao.sock).
                  --json                  Print rows as JSON lines.
                  --table                 Print an aligned table with Chinese headings even when
                                          piped.
                  --at <time|seq>         Ask as of a past moment (2024-06-30T18:00 China time,
                                          2024-06-30 for the end of that day, …Z for UTC) or
                                          journal sequence (1234).
                  --timeout <seconds>     The longest wait in seconds for the daemon to answer
                                          (env JIXIAO_TIMEOUT; default 60; 0 waits for ever).
                                          Exit code 75 on a timeout.
                  --lang <zh|en>          The language for people: zh (Chinese, the default) or
                                          en (English; also with LANG=C or en_*).
                  --level1 <level1>       Level-1 indicator (产出指标, 效益指标, 满意度指标…).
                  --level2 <level2>       Level-2 indicator (数量指标, 质量指标, 时效指标, 成本
                                          指标…).
                  --name <name>           The indicator's name (三级指标).
                  --target <target>       The year's target (年度指标值), e.g. ≥2次, ≤506.48万
                                          元, 100%, 效果明显.
                  --actual <value>        The actual value (实际完成值).
                  --weight <points>       The weight (分值).
                  --score <points>        The score the report printed (得分), checked against
                                          the computed one.
                  --deviation <deviation> The deviation reason and measures (偏差原因分析及改进
                  措施).
                  --not-applicable <yes|no>
                                          yes: not applicable; left out and the total rescaled.
                  --completion <completion>
                                          Completion: 达成, 部分达成 or 未达成 (for qualitative
                                          indicators).
                  --override-score <points>
                                          The operator's score (within its band; needs
                                          --override-reason).
                  --override-reason <override-reason>
                                          Why the operator's score.
                  --measure <measure>     A computed indicator (department only): staff_control,
                                          sangong_change, sangong_control, budget_adjustment,
                                          budget_completion.
                  --nature <nature>       指标性质: 正向, 反向, ≥, ≤, = or 定性 (the direction
                                          of a target printed without an operator).
                  --rev <n>               The revision you last saw (get/list show it): the
                                          change is refused (ERR CONFLICT) if the object changed
                                          since. Default: the revision read just before the
                                          change.
                  --force                 Change without checking the object's revision.
                  --version               Show the version.
                  -h, --help              Show help information.


                """
        )
    }

    @Test func usageErrorsAreInChineseWithExitCode64() throws {
        let run = try help(["payment", "add", "hongjiang", "2024"], language: "zh_CN.UTF-8")
        #expect(run.status == 64)
        #expect(run.errors.hasPrefix("错误：缺少参数 '<owner>'"), "\(run.errors)")
        let unknown = try help(["unit", "list", "--jsn"], language: "zh_CN.UTF-8")
        #expect(unknown.status == 64)
        #expect(unknown.errors.contains("没有这个选项 '--jsn'"), "\(unknown.errors)")
    }
}
