/**
 * The reader's Chinese vocabulary, as data. Every pattern is matched against a normalised label
 * (read/text.ts: no spaces, no colons, bracketed parts removed, full-width → half-width), so "项目名称：",
 * "预算数（万元）" and "其中：财政    资金" meet "项目名称", "预算数" and "财政资金".
 * First matching entry wins: keep specific patterns above general ones.
 */
import type { GoalTable, IndicatorColumn, TableKind } from "../../types";
import { MONTH_PERIOD } from "./calendar";
import { LEVEL1_WORD } from "./levels";

/** Roles and the patterns that recognise them; the first matching entry wins (read/lookup.ts walks them). */
export type Vocabulary<R> = ReadonlyArray<readonly [R, RegExp]>;

// ───────────────────────────── Indicator block (one row of column headers) ─────────────────────────────

export const INDICATOR_COLUMNS: Vocabulary<IndicatorColumn> = [
  // 评价指标 | 评价内容 | 指标名称 | 指标说明 | 目标值 | 分值: an evaluation sheet's two levels. 一级 | 二级 | 三级 bare: the
  // 山东 项目支出目标申报表 (一级 | 二级 | 三级 | 年度数值 | 备注).
  // 指标 | 指标内容 | 指标值: the central departments' 项目支出绩效目标申报表 (产出指标 / 效益指标 under 指标).
  // 绩效指标分类 | 绩效指标 | 绩效指标描述 | 绩效指标评价标准: 河北 邯郸's 2019 target tables (产出指标 / 效果指标 under 分类).
  // 分解目标 | 自评权重 | 二级指标 | 三级指标: 江西's 整体支出绩效自评表 (蚕茶卫生院 2021), the 一级 and its weight.
  // 指标类型 | 指标名称 | 绩效目标 | 绩效标准: 海南's early 项目绩效目标表 (海口 2016), one level (产出 / 成效 / 效率指标).
  // 策略绩效目标 | 衡量指标 | 评估体制 | 评估方式 | 衡量标准 | 年度目标值: a 臺灣 city's 施政目标 table (臺中 2014, in traditional
  // characters, folded before matching): the strategic goal over its measures, each measure's formula and how it is assessed.
  // 一级目标 | 二级指标 | 三级指标: 广东's 专项 transfer form (乐昌 2018).
  ["level1", /^一级(指标|目标)?(名称)?$|^评价指标$|^指标$|^(绩效)?指标分类$|^分解目标$|^指标类型$|^策略绩效目标$/],
  ["level2", /^二级(指标)?(名称)?$|^评价内容$/],
  // 项目 | 指标值 | 绩效金额: the 宁夏 budget system's approval list, the levels and names in the 项目 column.
  // 绩效内容 | 绩效目标值 | 实际完成值 | 累计完成率: a 福建 evaluation report's table (宁德 2023).
  ["name", /^(三级(指标)?(名称|内容)?|指标名称|指标内容|绩效指标名称|绩效内容|具体指标|项目|衡量指标)$/],
  // 指标值内容: the 湖南 2025 项目支出绩效目标表 (南县) — what the indicator reflects, beside 目标值 | 度量单位.
  // 指标内容/计算公式: how the indicator is worked out, right of the 大庆 form's target (黑龙江 大庆).
  [
    "description",
    /^(绩效)?指标值?(描述|解释|说明|定义|内涵)$|^绩效标准$|^指标值内容$|^衡量标准$|^(指标(内容|解释|说明|定义)?[/、及和或]?)?计算(公式|方法)$/,
  ],
  // Last year's level beside this year's (大庆 部门预算项目支出绩效目标申报表: 上年度实际水平 | 本年度计划水平): before
  // "target", which 上年指标值 would match too.
  ["previous", /^(上年度?|上一年度?|去年)(实际)?(完成|执行|实现|达到)?(值|水平|情况|数|数值|指标值|目标值|完成值)$/],
  // Before "actual": 全年预计完成情况 also ends in 完成情况.
  ["forecast", /^(全年预计完成(值|情况|数)?|预计全年完成(值|情况)?|全年预计(值|数)?|预计完成(值|情况)?)$/],
  // 评价指标值: what the evaluation found for its 评价指标 (宜兴 2016, under 绩效目标完成情况 beside 标准值).
  [
    "actual",
    new RegExp(
      String.raw`^(全年|年度|年末|年终|年底|本年|半年度?|上半年|单项|项目)?(指标)?(实际完成(值|情况|数)?|完成值|实际值|(实际)?完成指标值|评价指标值|当前完成(值|情况)|完成情况|执行情况|` +
        String.raw`(${MONTH_PERIOD})(累计)?(执行情况|完成情况|完成值|实际完成值|执行数|完成数|实际值|指标完成值|完成))$`,
    ),
  ],
  // Any short qualifier: 年度指标值, 当年度指标值, 实施周期指标值, 当年预期实现值 (readers prefer the annual one);
  // 年度数值 in the 山东 项目支出目标申报表.
  // 本年度计划水平: the 大庆 form's target column (beside 上年度实际水平).
  // 绩效目标 as a column's caption beside 指标名称 (海口 2016); above the indicators the same word labels the goal text.
  // 全年绩效目标: the year's target beside 绩效标准 (福建 省直 2017 财政支出项目绩效目标表).
  [
    "target",
    /^(?!.*(完成|实际|执行)).{0,6}(指标值|目标值|预期值|实现值|计划值|标准值|数值|计划水平|目标水平)(及单位)?$|^(全年)?绩效目标$/,
  ],
  // 绩效指标性质 | 绩效指标值 | 绩效度量单位: the 海南 fund tables put 绩效 before each column's name.
  // 指标值类型: the 湖南 forms' column of ≤ / ≥ / 定性 / 定量 (南县 2025, 岳阳楼区 2023).
  ["sign", /^(绩效)?(指标性质|指标方向性?|符号|比较符|运算符|指标属性|计算符号|性质|指标值类型)$/],
  ["unit", /^(绩效)?(度量单位|计量单位|单位|指标单位|指标值单位)$/],
  // 评价标准 (及依据): how the row is scored (广水 2021 自评表), known and not read; 评分细则 the same (财政支出绩效目标申报表
  // 2021, beside 指标内容 | 指标值); 得分计算方法 the rule written beside each row (北京 海淀 2016 自评表: 完成值达到指标值，记满分…);
  // 目标值制订说明, how the target was set (`财政管理统一要求`, 2017 食品药品监管 专项's 表-2); 指标值设置依据 and 指标赋分规则,
  // the 新疆 自评表's (阜康 2023: 指标值 | 指标值设置依据 | 上年完成值 | 指标分值权重 | 指标赋分规则 | 佐证资料 | …); 指标标准或依据
  // (黄石 党校 2022).
  [
    "basis",
    /^(指标值|评价标准|评分标准|指标标准或)?(确定|设定|设置)?依据$|^(指标(值)?)?来源$|^指标确定依据$|^(评价|评分)标准(及依据)?$|^评分细则$|^评估(方式|体制)$|^(目标值|指标值)(制订|制定|设定|设置|确定)(说明|依据)$|^(指标)?(得分|计分|评分|赋分)(计算)?(方法|办法|规则)$/,
  ],
  // 指标分值权重: the 新疆 自评表's weight (阜康 2023).
  ["weight", /^(指标|参考|标准|评分|三级指标|自评)?(权重|分值|满分)(分值|权重)?$|^满分值$/],
  // 自评分 | 复核分 (广水 2021): the unit's own score, then the reviewer's (known, not read: computed below).
  ["score", /^(指标|自评)?得分$|^评分$|^自评分(值)?$/],
  [
    "reason",
    /^(偏差原因(分析)?|原因分析|未完成原因(分析)?|原因说明|偏差情况及原因)(及|和)?(拟采取的)?(改进措施)?$|^[^,;.。，；]{0,10}原因[^,;.。，；]{0,8}$|^理由$/,
  ],
  ["likelihood", /^(完成目标可能性|(目标|全年)?完成可能性)(分析)?$/],
  // 佐证资料: the evidence a 自评表 lists for each row (新疆 2023, 阜康), a remark.
  ["note", /^(备注|说明|佐证(资料|材料))$/],
  // Computed columns (ours from an earlier check, or a unit's own): known, not read as data.
  // 累计完成率 / 完成进度: the actual over the target, as the unit computed it (宁德 2023); 实施进度 the same statement of
  // progress beside the targets (大英 2020: `已完成100%` on every row), not a value to judge a target against.
  // 采集数据项 over 数据项1 | 数据项2 (海关 绩效评价表): the data the 指标值 is worked out from (DATA_ITEM_COLUMN).
  [
    "computed",
    /^(状态|预警灯|完成状态|监控状态|预警等级)$|预警$|^(累计|目标|指标)?完成(率|进度|比例)$|^实施进度$|^(复核|核定|审核)(得)?分$|^(采集)?数据项\d*$/,
  ],
];

/**
 * A target caption that heads the goal's categories (投入 / 产出 / 效益) when the year's target is another column right of
 * it: 绩效目标 | 评价指标 | 绩效内容 | 绩效标准 | 全年绩效目标 (福建 省直 2017). Read as the 一级 (indicatorHeader).
 */
export const GOAL_CATEGORY_COLUMN = /^绩效目标$/;
/**
 * A category under that column (投入, 产出, 满意度指标, 成本目标), as against the goal's text written there (绩效目标 | 指标名称 |
 * 指标值 with the goal merged down): a level's word, or a word ending in 指标 / 目标.
 */
export const GOAL_CATEGORY_TEXT = new RegExp(`${LEVEL1_WORD.source}|投入|(指标|目标)$`);

/** Sub-columns under 偏差原因分析 / 完成目标可能性 in the national monitoring template (tick boxes + text). */
export const GROUP_MEMBERS: Vocabulary<"reason" | "likelihood"> = [
  ["reason", /^(经费保障|制度保障|人员保障|硬件条件保障|其他|原因说明|其他原因)$/],
  ["likelihood", /^(确定能|有可能|完全不可能|不可能|能|不能)$/],
];

/**
 * A target given per grade: 绩效指标评价标准 merged over 优 | 良 | 中 | 差 (邯郸 2019), one standard per grade. The top
 * grade's standard is the target; the others are how the unit grades a shortfall.
 */
export const GRADED_STANDARD = /^(绩效)?(指标)?(评价|评分|考核)标准$/;
export const GRADE_LEVEL = /^(优|优秀|良|良好|中|中等|合格|及格|差|较差|不合格|不及格|一般)$/;

/** Progress columns beside a schedule (ours from an earlier check, or a monitoring form's): not checkpoints. */
export const PROGRESS_COLUMN = /^(执行率|计划进度|序时进度|进度状态|执行进度|进度预警|执行预警|滞后|偏差)/;

/**
 * A template row left unfilled: the name cell holds only "……" / "…" / "...", "指标1：", "指标1：/" (天长 2022 crosses a
 * 生态效益 row out with / in every cell), or a list number — the 大庆 form's "1." / "2." / "3." under each 二级 (no
 * indicator).
 */
export const PLACEHOLDER_NAME = /^(?:[….。、·]+|指标\d*[:：]?[/／\\\-—–]*|[(（]?\d{1,2}[)）.．、]?)$/;

/** A cell crossed out rather than left empty: "/", "-", "——" (a placeholder row's target and actual). */
export const CROSSED_OUT = /^[/／\\\-—–_~]+$/;

/** A placeholder row's target zero-filled rather than left empty (奉节 应急管理局 2025: `0 | 0.00% | 0` in each unused 成本指标 row). */
export const ZERO_FILLED = /^0+(?:\.0+)?[%％]?$/;

/**
 * The summary word 评价结果 alone (南开 2018's score block under the grid), which is also a 一级 some tables use: over a
 * 二级 naming an indicator kind it is the level of an indicator row, not the block's end (indicators.ts stopReason).
 */
export const RESULT_WORD = /^(预算)?(绩效)?评价结果$/;
/** A row whose first cell is one of these closes an indicator block: a summary, then a footer. */
export const SUMMARY_ROW = new RegExp(
  `^(合计|总计|小计|总分|得分合计|分值合计|综合得分|自评得分|总得分|综合评分|自评总分)|${RESULT_WORD.source}`,
);
export const FOOTER_ROW =
  /^(填报人|填表人|联系电话|联系人|单位负责人|负责人|财务负责人|审核人|经办人|填表日期|填报日期|注[:：]?|说明[:：]|其他需要说明的?(问题|事项)|其他说明的问题)/;
/**
 * A row of signatures under a form, on its cells without spaces (财政资金管理科室(盖章)年月日): a seal or signature
 * asked for, or a date left for the hand to fill (年 月 日 with no digits). It closes an indicator block as a footer does.
 */
export const SIGNATURE_ROW = /[(（](盖章|签章|签字|公章)[)）]|(^|\D)年月日$/;

/** A field's value that is only the seal's place (项目承担单位:(盖章), the 中央引导地方科技发展资金 自评表): left blank. */
export const SEAL_ONLY = /^[(（](盖章|签章|签字|公章)[)）]$/;

// ───────────────────────────── Header block (above the indicators) ─────────────────────────────

export type HeaderRole =
  | "code"
  | "name"
  | "unitName"
  | "department"
  | "budgetAdjusted"
  | "budgetFinal"
  | "budget"
  | "budgetStart"
  | "fiscal"
  | "other"
  | "carryover"
  | "spent"
  | "spentYear"
  | "rate"
  | "forecastSpent"
  | "execWeight"
  | "execScore"
  /** Why the budget was not spent as planned, beside the money (原因, 偏差原因分析 over the total row's cell). */
  | "execReason"
  /** The form's own total score written in its header (自评得分 98), not the budget row's 得分. */
  | "totalScore"
  | "schedule"
  | "goal"
  | "purpose"
  | "year"
  /** The project period (项目期 2022年3月-2023年11月): the years the project's targets may be dated in. */
  | "period"
  /**
   * The two ends of a project period in cells of their own (开始日期 | 2022年1月1日 | 结束日期 | 2022年12月31日, 重庆
   * 巴南's form; 开始时间 | 2024年 / 完成时间 | 2026年, 江苏's): read as one period when both have a value beside them.
   */
  | "periodStart"
  | "periodEnd"
  | "moneyBlock"
  /** Heads a list of a unit's tasks (年度主要任务 | 对应项目 | 预算金额): amounts under it are per task, not the budget. */
  | "taskList"
  /** Heads the money used (资金使用情况 | 合计:109.8万元): a total right of it is spent, not the budget. */
  | "spentBlock"
  | "known";

/**
 * The label of the goal for the whole implementation period (实施周期总目标, 中期滚动目标): with its years in brackets
 * (实施周期总目标(2022年--2024年), 东莞) it states the project's period too.
 */
export const LONG_TERM_GOAL = /^(实施周期|中期|中期滚动|长期)(总)?目标$/;

export const HEADER_LABELS: Vocabulary<HeaderRole> = [
  ["taskList", /^(年度主要任务|任务名称|部门职能|年度目标任务|年度履职目标|(支出|对应)项目(名称)?)$/],
  ["code", /^(项目)?(编码|代码|编号)$|^项目ID$/i],
  [
    "name",
    /^(二级)?项目(支出)?(名称|全称)$|^(专项)?资金名称$|^专项(资金)?名称$|^转移支付(\(项目\)|（项目）|项目)?名称$|^(单位名称|部门名称)[、,/]?项目名称$|^项目名称[、,/]?(单位名称|部门名称)$/,
  ],
  // 区级预算单位名称 (零陵 部门整体支出绩效自评表), 一级预算单位: the budget unit with its level. 评价部门名称: the unit a
  // 整体支出绩效自评表 evaluates (江西, 蚕茶卫生院 2021). 资金使用单位: the unit spending a central transfer (广元 朝天 2023).
  // 单位信息: 324001-…局机关, the 四川 system's export (甘孜 市场监管). (项目)承担单位: the 中央引导地方科技发展资金 自评表.
  [
    "unitName",
    /^(单位|部门|评价(部门|单位)|部门单位|((一|二|三)级|(省|市|区|县)级)?预算单位|(项目)?实施(单位|部门)|申报单位|项目单位|填报单位|编制单位|预算部门|(项目)?执行单位|(项目)?承担单位|资金使用单位|用款单位)(名称)?$|^(单位|部门)信息$/,
  ],
  // 县级主管部门 / 市级主管部门 of the transfer tables sent down a level (the nearest to the indicators, the lowest, wins);
  // 地方主管部门 under 中央主管部门 (the central transfer's 区域自评表, 广元 朝天 2023); 主管预算部门 (天津 西青), also as its
  // self-evaluation form misprints it: 主管主管部门.
  // 归口管理部门: the 中央引导地方科技发展资金 区域自评表 (2022), the department in charge of a transfer.
  [
    "department",
    /^(中央|地方|省级?|市级?|区级?|县级?|区县)?(项目)?(主管)?主管(预算)?(部门|单位)(及代码|名称)?$|^归口(管理)?(部门|单位)$/,
  ],
  // The project period, as real tables label it: 项目期, 项目起止时间, 专项起止时间, 项目支出实施期, 建设周期, 实施期限.
  // Before "known": its 实施周期 prefix names the long-term goal (实施周期总目标), the bare label a period.
  [
    "period",
    /^(项目|专项|项目支出|项目实施|项目建设)(期|期限|周期|起止(时间|日期)|(实施|建设|执行)(期|期限|周期))$|^(实施|建设|执行)(期|期限|周期)$|^起止(时间|日期)$/,
  ],
  ["known", new RegExp(`${LONG_TERM_GOAL.source}|^(中期|实施周期)|^项目总投资$|^\\d{4}年实际执行数$`)],
  ["budgetAdjusted", /^调整后预算(数|金额)?$/],
  ["budgetFinal", /^(全年|调整)预算(数|金额)?$/],
  ["budgetStart", /^年初预算(数|金额)?$/],
  [
    "budget",
    /^(年度)?(本级)?(资金总额|预算数|预算金额|预算总额|预算资金)$|^(年度|本年|项目|年度项目)(总)?(预算|金额|总金额|资金总额)(数)?$|^(项目)?总(额|金额|预算)$|^(金额|资金)?合计$|^总计$|^金额$|^(项目)?预算(申报|申请)数$|^(本年度|年度|当年)?(申请)?(市|省|区|县)?(级)?财政预算资金$|^绩效金额$/,
  ],
  // The year's money labelled with the year (广东's 省级 special funds: 资金需求(万元) | 2021年金额 | 一般公共预算安排77300万元);
  // the label states the budget year (DATED_BUDGET_LABEL).
  ["budget", /^\d{4}年度?(金额|资金总额|预算(数|金额)?)$/],
  // The year's money under other names: 当年资金总额, 下达资金, 批复数, 安排资金, 下达中央预算内投资, 年度金额,
  // 年度资金申请总额 (beside 项目资金总额, the whole period's, in the central departments' form: nearer, so it wins),
  // 当年预算 (重庆's 一般性项目绩效目标表: 业务主管部门 | … | 当年预算 | 229.66, 潼南 五桂 2023), 区级支出预算总量 (its 整体
  // form: 部门(单位)名称 | … | 区级支出预算总量 | 3724.39, 巴南 一品 2022), 转移支付预算数(A) (四川's 区域绩效目标自评表 of
  // 2021: 转移支付预算数(A) | 5.8万 over 转移支付执行数(B), 遂宁 经开区) …
  [
    "budget",
    /^(当年|本年度?)(资金总额|预算数?|预算金额|预算资金)$|^(年度|本年度?|当年)(资金)?申请(资金)?(总额|数|金额)$|^(下达|安排|批复|到位|分配)(资金|金额|数)(总额|合计)?$|^(批复|下达)(数|金额)$|^下达(中央|省级?|市级?)?预算内投资$|^(年度|当年|项目)?(资金|预算)(金额|规模)$|^年度金额$|^项目预算金额$|^(本年度?|年度|当年)(预计)?投入(资金)?$|^([区县市省]级)?支出预算总量$|^转移支付(资金)?预算(数|金额)$/,
  ],
  [
    "fiscal",
    /^(当年|本年|本级|上级|中央|省级?|市级?|区级?|县级?)?财政(资金|拨款|拨款资金|性资金)?(数|额)?$|^(当年|本年)?一般公共预算(资金|拨款)?$|^(中央|省级|市级|本级)?(财政|补助)安排$|^(中央|省级?|市级?|上级)补助(资金)?$|^上级资金$|^地方(财政)?(资金|配套资金)$|^((中央|省级?|市级?)[、,]?)+补助(县级|本级)?资金$/,
  ],
  ["other", /^其[他它](来源)?资金$|^自筹资金$|^单位自有资金$/],
  ["carryover", /^(上年)?结转(结余)?(资金)?$/],
  ["forecastSpent", /^(全年)?预计(全年)?执行(数|金额)$/],
  ["spentYear", /^全年(实际)?(执行数|执行金额|支出数)$/],
  [
    "spent",
    new RegExp(
      String.raw`^(实际|累计|预算|当前|转移支付|(${MONTH_PERIOD}))?(执行数|执行金额|支出数|实际支出|已支出|支出金额)$`,
    ),
  ],
  ["rate", new RegExp(String.raw`^(全年|(${MONTH_PERIOD}))?(预算)?执行率$`)],
  // 分值权重: the 新疆 自评表's (阜康 2023: 年初预算数 | 全年预算数 | 全年执行数 | 分值权重 | 执行率 | 得分).
  ["execWeight", /^(分值|权重|分值权重)$/],
  ["execScore", /^得分$/],
  // 四川's 自评表 (青神, 大英: 原因 over a cell merged down the money rows) and the national monitoring table's
  // 偏差原因分析 beside 全年预计执行数.
  ["execReason", /^(偏差)?原因(分析|说明)?$|^(执行|预算执行)?偏差原因(分析|说明)?$|^未(完成|达到?)原因(分析|说明)?$/],
  ["totalScore", /^(自评得分|自评总分|自评总得分|总得分|综合得分)$/],
  [
    "schedule",
    /^(资金|预算|分月|分季度?|月度|季度)?(支出|使用|用款|执行)(进度)?计划$|^(分月|分季度?|月度|季度)?(资金)?(支出|用款)进度$|^用款计划$/,
  ],
  // 当年整体绩效目标: 重庆's 部门(单位)整体绩效目标表 (巴南 一品 2022); 年度主要目标和成果: 奉节's 项目支出绩效目标审批表
  // (2023), the goal above its 年度绩效目标(90分) caption.
  [
    "goal",
    /^(项目|年度|本年度|当年|年度总体|总体|年度绩效|整体|部门整体|当年整体|年度整体|项目年度|项目绩效)?(绩效)?目标(内容)?$|^(预期目标|年初设定目标|年度总体目标|绩效目标描述|年度绩效总目标)$|^(年度)?主要目标([和及与]成果)?$/,
  ],
  ["purpose", /^(预算规模及)?资金(使用)?用途$|^项目(概况|概述|内容|简介|主要内容)$|^用途$/],
  ["year", /^(预算)?年度$/],
  ["moneyBlock", /^(项目资金|预算规模|资金情况|(项目|专项)资金情况|资金来源|(项目)?预算成本构成|成本构成)$/],
  ["spentBlock", /^(资金|经费)使用情况$/],
  // The 江苏 form (镇江 2024): the fiscal money by fund (政府性基金 … 社保基金, beside 一般公共预算资金), the half-year's
  // planned execution beside the year's budget (半年(程)计划执行数), the project's level, dates and reasons — known, so the
  // labels above them still belong to the table.
  [
    "known",
    /^(政府性基金(预算)?(资金)?|财政专户管理资金|国有资本(经营预算)?(金|资金)?|社保基金|社会保险基金)$|^(上?半年|年中)(计划)?(执行数|支出数)$|^项目(级次|层级)$|^项目(必要性|可行性)(说明|分析|论证)?$/,
  ],
  // A period's two ends, each beside its value (a schedule's column headings over its rows read no value beside them).
  ["periodStart", /^(项目)?(开始|起始)(时间|日期)$/],
  ["periodEnd", /^(项目)?(完成|结束|截止)(时间|日期)$/],
  [
    "known",
    /^((目标)?实际完成情况|全年预计完成情况|(年度)?(总体)?目标完成情况(综述)?|偏差原因分析|年度主要任务|任务名称|绩效指标|年度绩效指标|项目属性|项目类型|主要内容)$/,
  ],
];

/** The year a budget label is dated by (2021年金额, 2024年度预算数): the budget year, when the table states none. */
export const DATED_BUDGET_LABEL = /^(\d{4})年/;

/**
 * The fund an amount comes from, written before it in the amount's cell (一般公共预算安排77300万元, 财政拨款:20万元):
 * the amount is the money (a money word after it is then required).
 */
export const FUND_BEFORE_AMOUNT =
  /^(?:其中[:：]?)?(?:一般公共预算|政府性基金(?:预算)?|国有资本经营预算|(?:中央|省级?|市级?|区级?|县级?|本级|上级)?财政)(?:资金|拨款)?(?:安排|下达|补助)?(?:资金)?[:：]?/;

/**
 * A form's people and contacts (项目负责人 | 张三, 联系电话, 部门联系人), and the finance office in charge (财政处室: the 重庆
 * 部门整体绩效自评表): labels of fields in a header block, never a value read
 * beside or under another label. Not header labels: a footer row of them above the next table stays the footer.
 */
export const FIELD_LABEL =
  /^(项目|单位|财务)?负责人([/、,]?联系(人|电话|方式))?$|^(部门|单位)?联系(人|电话|方式)$|^(填报|填表|经办|审核)人$|^财政(归口|业务)?处室$/;

/** Unit labels naming the table's owner (预算单位), preferred over the one carrying the project out (实施单位). */
export const OWNER_UNIT_LABEL =
  /^(((一|二|三)级|(省|市|区|县)级)?预算单位|填报单位|编制单位|申报单位|预算部门|单位名称|部门名称)/;

/** A target column for the whole implementation period (中期, 实施周期, 长期), not the budget year. */
export const LONG_TERM_COLUMN = /实施周期|中期|长期|周期|总体/;
/**
 * A target column as adjusted during the year (年初指标值 | 调整指标值: the 重庆 部门整体绩效自评表), beside the target set
 * at the start: left blank on the rows whose target was not changed.
 */
export const ADJUSTED_TARGET_COLUMN = /调整|变更|修正/;
/** A target column for the half year (江苏: 半年(程)指标值 beside 全年(程)指标值): not read, said. */
export const MID_YEAR_TARGET_COLUMN = /半年|年中/;

/**
 * A target column whose label names the target outright (目标值, 年度指标值, 计划值, 预期值, 本年度计划水平, 标准值), as
 * against the bare 指标值 (the indicator's value), which may be the value reached: see VALUE_REACHED_COLUMN.
 */
export const NAMED_TARGET_COLUMN = /目标|计划|预期|年度|当年|本年|标准/;

/**
 * A bare 指标值 right of a named target column is the value reached, not a second target: the 海关 (出入境检验检疫)
 * 绩效评价表 writes 计量单位 | 目标值(标准) | 分值 | 采集数据项 (数据项1 | 数据项2) | 指标值, the last worked out from the
 * data collected. Read as the actual.
 */
export const VALUE_REACHED_COLUMN = /^(指标值|指标数值|数值|指标)$/;

/**
 * A second indicator on each row, left of the indicator's own name (宜兴 2016: 目标名称 | 目标值 | 评价指标 | 标准值 |
 * 目标完成值 | 评价指标值 …): the name of the quantity aimed at, and (right of the indicator's target) what it reached.
 */
export const PAIR_NAME_COLUMN = /^(绩效)?目标(名称|内容)$/;
export const PAIR_ACTUAL_COLUMN = /^目标(实际)?(完成|实现|达成)(值|情况|数)?$/;

/**
 * One data item collected (数据项1 under 采集数据项, beside 理由: the 是/否 blocks of the 海关 绩效评价表) with no value
 * column: the item is the answer, read as the actual. Two (数据项1 | 数据项2) are the parts a value is worked out from.
 */
export const DATA_ITEM_COLUMN = /^数据项\d*$/;

/**
 * A column label under (or before) 指标值 that names a period, not a region: 2023年, 第一年, 长期, 一季度, 1-6月.
 * Target columns labelled otherwise (新罗区, 福州市, 全省) are one target per region (transfer-payment tables).
 */
export const NOT_A_REGION = /^\d|年|期|季|月|计划|预期|绩效|目标|标准|指标/;

/**
 * A column label that is a place and nothing else (笏石街道办, 埭头镇, 西坪镇尧山村, 永定区): in a header with no
 * target column, such columns right of the indicator's own columns are its targets, one per place.
 */
export const PLACE_NAME =
  /^[\u4e00-\u9fff]{1,12}(省|市|区|县|旗|盟|州|镇|乡|街道|街道办|办事处|村|社区|居委会|农场|林场)$/;

/**
 * A line naming goals or indicators (台中 2014's 施政目標 衡量指標 over its table): the table's caption, never the name of
 * the unit a table is filled in by (an unlabelled line above a blank 填报单位：). Nor a report's numbered heading, sentence
 * or lead-in (湖北 2021 自评结果: 一、自评结论 / 1、执行率情况。 / 详见下表 over the table; 南开 2018: …现将该项目预算绩效评价
 * 结果公示如下:).
 */
export const NOT_A_UNIT_NAME =
  /目标|指标|^([一二三四五六七八九十]+|\d+)[、.．]|^[(（][一二三四五六七八九十]+[)）]|。$|下表|如下[:：]?$/;

/** "单位：万元", "金额单位：元", "（单位：万元）" — the money unit line. */
export const MONEY_UNIT_LINE = /^[(（]?(?:金额|资金)?单位[:：]\s*(万元|元|亿元)[)）]?$/;
/** The money units a table states for its amounts (a unit line, a label hint). */
export type MoneyUnit = GoalTable["moneyUnit"];

/**
 * A title line: "1.办公用品采购绩效目标表", "2024年度项目支出绩效自评表", "部门整体支出绩效目标申报表"; a disclosure page's
 * heading over its tables: "2023年慈溪市重大政策和项目绩效目标情况"; the 江苏 form's "2024年度镇江博物馆…项目绩效公开";
 * 湖北's "2021年度本专科生奖助学金项目自评结果" (a project's name before it). A sentence leading into the table
 * ("…具体完成情况如下表:", "详见下表") ends in 表 and is none. A notice's heading (关于…绩效评价结果的公示); its second
 * line alone, when printed over two, is a form's name (FORM_NAME_TITLE).
 */
export const TITLE_END =
  /(?<!下)表$|绩效目标情况$|项目绩效公开$|绩效(?:自评|评价|监控)(?:工作)?报告$|.项目自评结果$|^关于.+公示$/;
/**
 * A notice's heading over its table (南开 2018: 关于“2018生物实验教学中心建设项目”预算绩效评价结果的公示; 同心 下马关镇 2023:
 * 关于…种植项目绩效目标设定的公示): the project's name between 关于 and the form's words, in its quotes when quoted.
 */
export const NOTICE_TITLE = /^关于(.+?)(?:项目)?(?:预算)?绩效(?:目标|评价|自评)?(?:设定)?(?:结果)?的?公示$/;
/**
 * The heading's second line when printed over two (关于“…” / 预算绩效评价结果的公示): alone it names no project; the
 * 关于 line right above it (NOTICE_LEAD: no sentence, not a heading itself) is the heading's beginning.
 */
export const NOTICE_TAIL = /^(?:项目)?(?:预算)?绩效(?:目标|评价|自评)?(?:设定)?(?:结果)?的公示$/;
/** The heading's 关于 line: no sentence (，。；:), not ending as a heading itself (…表, …公示). */
export const NOTICE_LEAD = /^关于[^，。；,;:：]+(?<![表示])$/;
/**
 * A form's name without 表 (阆中 2021: "车辆购置税收入补助地方资金(普通省道公路建设)绩效目标自评"; a notice's second line,
 * 预算绩效评价结果的公示): a title too, unless written as a label's value (评价方式:部门(单位)绩效自评; the colon is not in
 * a label's key) or beside targets (an indicator so named).
 */
export const FORM_NAME_TITLE = new RegExp(`绩效(?:目标)?自评$|${NOTICE_TAIL.source}`);

/**
 * A report's heading over its table (丰都 2022: “丰都县公安局2022年度辅警人员经费绩效自评工作报告”): the unit and year
 * before the project's name, the kind of report after it.
 */
export const REPORT_TITLE =
  /^(?:[^\d]{0,30}?20\d{2}\s*年度?)?(.+?)(?:项目)?(?:支出)?绩效(?:自评|评价|监控)(?:工作)?报告$/;
export const TITLE_WORDS = /绩效|目标|自评|监控/;

/** Table kind a title announces, if any. */
export const TITLE_KINDS: Vocabulary<TableKind> = [
  ["self-evaluation", /自评/],
  ["monitoring", /监控|执行情况表|运行跟踪/],
  ["unit", /整体/],
  // A goal table stays a goal table when monitoring columns are added beside it (e.g. by our own check).
  ["project", /绩效目标(申报|批复)?表$/],
];

/** Budget year written in a title or a year line: "2024年度", "（2024年）", "2024年项目支出…". */
export const YEAR_IN_TITLE =
  /(20\d{2})\s*年度|^[(（]?(20\d{2})\s*年[)）]?$|^(?:\d+[.、])?(20\d{2})年(?!\d)|(20\d{2})年(?=项目|部门|预算|绩效|单位|整体|市直|省直|区直|县直)/;
/** A year anywhere in a title ("天津市…2023年安全隐患维修绩效目标表"), unless the title quotes a document (关于…的通知). */
export const YEAR_ANYWHERE = /(20\d{2})\s*年(?![\d—\-~至])/;
export const DOCUMENT_NAME = /关于|通知|《|文件|决定|批复/;
