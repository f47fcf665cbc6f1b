/**
 * The Chinese vocabulary of target notation (指标值), as tables.
 * Modelled on date-fns' zh-CN match tables: every word the parser knows lives here, with what it means;
 * the parser code only walks these tables. Add a word here, not an `if` in the parser.
 *
 * All entries are matched against *compact* text: normalizeText() applied (full-width → ASCII,
 * ≧ → ≥ …) and every space removed.
 */
import type { Comparator } from "../../types";
import { table } from "./table";

/** A word (or symbol) and the comparator it writes. Longest entries are tried first. */
export type WordOp = readonly [word: string, op: Comparator];

/**
 * Comparators written before the number: `≥90%`, `不低于90%`, `控制在5%以内`.
 * 达到 / 等于 are "reach" words: they resolve to ≥ for a positive indicator and = otherwise (see REACH_WORDS).
 */
export const PREFIX_OPS: readonly WordOp[] = [
  ["≥", ">="],
  ["≤", "<="],
  [">", ">"],
  ["<", "<"],
  ["=", "="],
  // ≥
  ["大于或者等于", ">="],
  ["大于或等于", ">="],
  ["大于等于", ">="],
  ["高于或等于", ">="],
  ["高于等于", ">="],
  ["多于或等于", ">="],
  ["不低于", ">="],
  ["不少于", ">="],
  ["不小于", ">="],
  ["不得低于", ">="],
  ["不得少于", ">="],
  ["不得小于", ">="],
  ["不应低于", ">="],
  ["不应少于", ">="],
  ["达到或超过", ">="],
  ["至少", ">="],
  ["最少", ">="],
  ["最低", ">="],
  ["起码", ">="],
  // ≤
  ["小于或者等于", "<="],
  ["小于或等于", "<="],
  ["小于等于", "<="],
  ["低于或等于", "<="],
  ["低于等于", "<="],
  ["不高于", "<="],
  ["不超过", "<="],
  ["不超出", "<="],
  ["不大于", "<="],
  ["不多于", "<="],
  ["不得超过", "<="],
  ["不得高于", "<="],
  ["不得大于", "<="],
  ["不应超过", "<="],
  ["不应高于", "<="],
  ["未超过", "<="],
  ["控制在", "<="],
  ["控制于", "<="],
  ["最多", "<="],
  ["至多", "<="],
  ["最高", "<="],
  // >
  ["大于", ">"],
  ["高于", ">"],
  ["超过", ">"],
  ["多于", ">"],
  ["超出", ">"],
  ["优于", ">"],
  // <
  ["小于", "<"],
  ["低于", "<"],
  ["少于", "<"],
  ["不足", "<"],
  ["不到", "<"],
];

/**
 * "Reach" words: 达到 90% means "get to 90%". For a positive indicator reaching the number is the goal,
 * so it reads as ≥ (anything above is also reached); for a lower-is-better indicator it reads as =.
 */
export const REACH_WORDS: readonly string[] = ["达到", "等于", "达", "为", "是"];

/** Comparators written after the number: `70%以上`, `5%以内`, `7日内`. */
export const SUFFIX_OPS: readonly WordOp[] = [
  ["及以上", ">="],
  ["或以上", ">="],
  ["以上", ">="],
  ["之上", ">="],
  ["及以下", "<="],
  ["或以下", "<="],
  ["以下", "<="],
  ["之下", "<="],
  ["以内", "<="],
  ["之内", "<="],
  ["内", "<="],
];

/** `±3%以内`: a tolerance either way, judged as a cap on the size of the deviation; these may follow it. */
export const TOLERANCE_SIGN = "±";
export const TOLERANCE_SUFFIXES: readonly string[] = ["以内", "以下", "之内"];

/** Inclusion notes next to 以上 / 以下: `(含)` keeps the bound, `(不含)` makes it strict. */
export const STRICT_MARKS: readonly string[] = ["(不含)", "(不包含)", "(不含本数)"];
export const INCLUSIVE_MARKS: readonly string[] = ["(含)", "(包含)", "(含本数)"];
/** A mark naming its bound, `95%以上(含95%)`, `100人以上(不含100人)`: read as (含) / (不含). */
export const NAMED_INCLUSION_MARK = /\((不)?包?含\d+(?:\.\d+)?[^()\d]{0,4}\)/;

/** Approximation words: `约90%`, `90%左右` read as = with a note. */
export const APPROX_PREFIXES: readonly string[] = ["大约", "约为", "约"];
export const APPROX_SUFFIXES: readonly string[] = ["左右", "上下"];

/** Words around a range: `控制在90%-95%之间`, `介于85%~95%`. */
export const RANGE_PREFIXES: readonly string[] = ["控制在", "保持在", "维持在", "介于", "处于", "在"];
export const RANGE_SUFFIXES: readonly string[] = ["之间", "范围内", "区间内", "以内", "内"];
/**
 * Between the quantities of a target of several (`不少于3次，每次不少于2小时`, `≥95%且…`, `≥2000人次/≥10场`): punctuation
 * (full-width already folded) and these words; a `/` only before a comparator or a number after a unit (parseTarget).
 */
export const PART_SEPARATORS = ",;、";
export const PART_WORDS: readonly string[] = ["并且", "同时", "以及", "且"];
/** Range separators (after normalisation ～ is ~ and － is -). */
export const RANGE_SEPARATORS = "-~—–―−〜至到";

/**
 * Between the two terms of a ratio (配套比例 1:1, 资产负债 ≤3:1, 师生比 1∶15, 1比1; the full-width ： is half-width by
 * now): read as one number, its first term per its second (docs/domain.md#notation).
 */
export const RATIO_SEPARATORS = ":∶比";

/**
 * Names about electricity: a bare 度 there is 千瓦时 (用电量 ≤5000度), elsewhere it stays 度 (温度 18度) — also in a
 * temperature or an angle of something electric (电子机房温度 25度, 电缆弯曲角度 90度).
 */
export const ELECTRICITY_NAME = /^(?!.*[温角]).*(?:电|能耗)/;

/**
 * Names of a time of day (开馆时间 8:30, 每日上班时刻) or of opening hours not called a time (每日开放, 营业, 到岗):
 * `8:30` there is a time, not a ratio.
 */
export const TIME_OF_DAY_NAME = /时间|时刻|时点|上班|下班|开馆|闭馆|开放|营业|开门|关门|到岗|接诊|坐诊|值守/;

/** Names of a ratio (师生比, 配套比例, 床位配比): a clock's shape there (2:15) stays a ratio. */
export const RATIO_NAME = /比/;

/**
 * Names of a count of things the project makes or adds (新增就业岗位, 带动就业人数, 新建站点): a bare 0 there says the
 * project does not aim at them — a floor any number meets, not a cap that three new jobs would break. Not a new bad
 * thing (NEW_BAD_THING_NAME, or a name read lower-is-better): 新增隐性债务 0 stays a cap at none.
 */
export const NEW_THINGS_NAME = /新增|新建|新开|新设|新招|新引进|新培育|新发展|新认定|带动|创造|吸纳|增设/;
export const NEW_BAD_THING_NAME =
  /债|欠|违建|违章|违法|占用|污染|排放|隐患|病例|感染|失业|返贫|风险|事故|投诉|编制|建设用地|能耗|支出|费用|成本|经费/;
/**
 * Names of a share to reach (投资完成率, 群众满意度, 验收合格率, 覆盖率 …): a bare 0 there is no target anyone sets — the
 * template's 0 left unfilled — so it is not judged (neither a cap that 100% breaks nor a floor anything meets). Not
 * negated (未办结率, 不满意度, 资金未到位率): a share to keep at none, whose 0 is the target.
 */
export const SHARE_TO_REACH_NAME =
  /(?<![未不非无没])(?:完成|满意|合格|达标|覆盖|知晓|到位|及时|执行|参与|接种|普及|利用|完好|兑现|发放|支付|拨付|结案|办结|受理|验收|落实|处置|回复|响应|准确|正确|优良|成活|存活|合规|签约|建档)(?:率|度)/;

/**
 * Names of a change (增长率, 增幅, 增速, 降低率, 较上年提高 …) or of a balance (利润, 盈余): a bare 0 there is a floor (no
 * decline, no loss: ≥ 0), as either may be negative; a bare 0 of anything else is a cap (none of it: parseTarget).
 */
export const CHANGE_NAME =
  /增长|增幅|增速|增加|提高|提升|上升|变化|变动|涨幅|增量|增收|下降|降低|降幅|减少|减幅|节约|节省|压减|压缩|缩减|利润|盈余|盈利|收益/;
/**
 * A ratio of profit (利润率, 收益率, 盈利率): a level, no change (verdict63: 利润率 ≥5% | 6%，较2022年提高1个百分点 was
 * “2 个数”, 较上年增长6% read as the margin): left out of a name before CHANGE_NAME is asked. 利润增长率 is still one.
 */
export const PROFIT_RATIO = /(?:利润|盈余|盈利|收益)率/g;
/**
 * The way a name of a change (or the target's own words, ≥5%（同比下降）) points: a fall (能耗下降率, 成本降低率, 节约资金)
 * or a rise (增长率, 提高率). Under a fall a change typed with its word is that fall: 下降6% is 6, 上升6% −6 (verdict56;
 * ParsedTarget.changeFall). Both or neither (变动率, 增收节支) point nowhere.
 */
export const FALL_NAME = /下降|降低|降幅|减少|减幅|节约|节省|压减|压缩|缩减/;
export const RISE_NAME = /增长|增幅|增速|增加|提高|提升|上升|涨幅|增量/;
/**
 * Names whose percentages may pass 100 % (growth against last year, multiples): the review lets such a target pass
 * 100 %, and an actual far above it is no slip (ParsedTarget.growth).
 */
export const GROWTH_NAME_WORDS: readonly string[] = ["增长", "增幅", "增速", "同比", "环比", "提高", "提升", "倍"];
/**
 * Names of a count that may fall below 0 (净增户数 -3, 人口自然增长 -3 人, 事故数下降): a change, not a count of things, so a
 * negative actual is a real fall, judged (red against ≥100户), not a slip (ParsedTarget.mayFall).
 */
export const MAY_FALL_NAME = new RegExp(`${CHANGE_NAME.source}|净[增减]|净流[入出]`);
/**
 * Names of a share of a whole (满意度, 合格率, 覆盖率 …): what part of the people, items or places counted, so never above
 * 100 % — a typed 950 is 95.0 mistyped, not 超额 (ParsedTarget.whole). Not 完成率 / 执行率 / 增长率 / 利用率, which a plan
 * beaten or a change may take past 100 %; a change of such a share (满意度提升率: CHANGE_NAME) is none either.
 */
export const SHARE_OF_WHOLE_NAME =
  /(?:满意|合格|达标|覆盖|知晓|普及|参保|接种|入学|巩固|优良|完好|准确|正确|成活|存活|合规|及时|办结|结案|回复|响应|建档|签约|到位|得分)(?:率|度)/;
/** An interval in brackets, `[90,100]`, `[90%,100%]`: its bounds, read as `90-100`. */
export const BRACKET_INTERVAL = /^\[([^,\]]+),([^,\]]+)\]$/;

/**
 * Verbs and fillers that may stand before a quantity without changing it:
 * `完成3项`, `累计培训2次`, `确保100%`. Tried only when the plain parse fails.
 */
export const FILLER_PREFIXES: readonly string[] = [
  "确保",
  "保证",
  "力争",
  "争取",
  "实现",
  "完成",
  "累计",
  "共计",
  "合计",
  "总计",
  "全年",
  "年度",
  "共",
  "开展",
  "举办",
  "组织",
  "培训",
  "召开",
  "发放",
  "购置",
  "采购",
  "覆盖",
  "惠及",
  "服务",
  "保障",
  "支持",
  "资助",
  "补助",
  "新增",
  "建成",
  "保持",
  "维持",
  // `各 1 次` (国家林业局 样例: 年度、半年趋势报告次数, one of each): the quantity per item.
  "各",
];
/**
 * Words after a percentage that name what it is a share of, adding nothing to the target: `≥90%比例`,
 * `≥95%的比例` (the name already says which share). Dropped only right after % or ‰.
 */
export const PERCENT_TAILS: readonly string[] = [
  "的比例",
  "比例",
  "的比率",
  "比率",
  "的比重",
  "比重",
  "的占比",
  "占比",
  // `100%覆盖`, `100%达标`, `100%兑现` (黄石 2022): the share reached, the verb after it adds nothing.
  "覆盖",
  "达标",
  "合格",
  "兑现",
  "发放",
  "拨付",
  "支付",
];

/** Words that may follow a quantity or a deadline without changing it: `100%完成`, `7日内办结`. */
export const FILLER_SUFFIXES: readonly string[] = [
  "完成",
  "办结",
  "办理完毕",
  "完毕",
  "到位",
  "答复",
  "响应",
  "处理",
  "结束",
  "落实",
];

// ───────────────────────────── Relative changes ─────────────────────────────

/** Baselines of a relative change: `较上年增长5%`, `同比下降3%`. */
export const CHANGE_BASELINES: readonly string[] = [
  "与上年同期相比",
  "与上年相比",
  "与去年相比",
  "较上一年度",
  "比上一年度",
  "较上一年",
  "比上一年",
  "较上年度",
  "比上年度",
  "较上年同期",
  "比上年同期",
  "较去年同期",
  "较上年",
  "比上年",
  "较去年",
  "比去年",
  "与上年",
  "与去年",
  "较往年",
  "较基期",
  "较上期",
  "同比",
  "环比",
];
/** A baseline written as a year: `较2023年增长5%`. */
export const CHANGE_BASELINE_YEAR = /^(?:较|比|与)(?:19|20)\d{2}年度?(?:相比)?/;
/** The year of a baseline written as one, anywhere in the words (`收入较2022年增长6%`): captured. */
export const BASELINE_YEAR = /(?:较|比|与)((?:19|20)\d{2})年/;
/**
 * Baselines that are no year before the table's (环比: last month; 较基期, 较往年: some other time): a change from a
 * year's baseline typed against them is not compared (verdict62).
 */
export const BASELINE_NOT_LAST_YEAR = /环比|上期|基期|往年/;
/**
 * Baselines of a month or a quarter (环比, 比上月, 较上季度): a change from one answers no year's (较上年增长5%: verdict63,
 * met on its number before). 上期 is left out: in a year's table the period before may be the year before.
 */
export const BASELINE_PERIOD = /环比|(?:较|比|与)上一?个?(?:月|季度?)|上月|上季度/;
/** Baselines naming the year before the table's (较上年, 同比, 比去年同期). */
export const BASELINE_LAST_YEAR = /上一?年|去年|同比/;
/**
 * A share of conformity with its rules (组织管理规范度, 资金使用合规性, 制度健全率): at 100% a yes / no in practice, so
 * a plain yes of conformity answers it (verdict62: 组织管理规范度 100% | 有, 宜兴 2016, “应填写数值” before). Not one
 * named as its failing (制度不健全率, 资金非合规率: review62, a yes there was green).
 */
export const CONFORMITY_NAME = /(?<![不非未违])(?:规范|合规|健全|完备|完善)(?:度|性|率)$/;

/** A share of items passing (验收合格率, 完成及时率, 达标率, 通过率): group 1 the passing word (PASS_CONCLUSION). */
export const PASS_SHARE_NAME = /(?<![不非未])(合格|及时|达标|通过)率$/;

/** Direction of a change word: +1 increase, -1 decrease. */
export const CHANGE_WORDS: readonly (readonly [word: string, sign: 1 | -1])[] = [
  ["提高", 1],
  ["提升", 1],
  ["增长", 1],
  ["增加", 1],
  ["上升", 1],
  ["增幅", 1],
  ["增速", 1],
  ["增", 1],
  ["下降", -1],
  ["降低", -1],
  ["减少", -1],
  ["压缩", -1],
  ["缩减", -1],
  ["压减", -1],
  ["降幅", -1],
  ["减幅", -1],
  ["节约", -1],
  ["降", -1],
  ["减", -1],
];
/** Adverbs between a baseline and its change word: `较上年有所提高`, `同比明显下降`. */
export const CHANGE_ADVERBS: readonly string[] = ["有所", "明显", "稳步", "进一步", "持续", "逐步"];
/** Words after a change word that do not change it: `增长率5%`, `下降幅度3%`, `提高了2%`. */
export const CHANGE_WORD_TAILS: readonly string[] = ["幅度", "比例", "了", "率"];
/** `提高至95%` / `降到3%` name a level, not a change: the word only gives the comparator. */
export const CHANGE_TO_MARKERS: readonly string[] = ["至", "到"];

/** Words of "no change" against a baseline: `与上年持平`. */
export const FLAT_WORDS: readonly string[] = ["持平", "基本持平", "保持稳定"];

/** 超 before a baseline (`超上年2%`): more than it, as 超过. Alone, not a comparator word (超标, 超时 are names). */
export const EXCEED = "超";

/** Baselines that, with a comparator and no number, make a change of 0: `不低于上年`, `高于去年`. */
export const COMPARE_TO_BASELINE: readonly string[] = [
  "上年同期水平",
  "上年同期",
  "上年度水平",
  "上年水平",
  "上一年度",
  "上年度",
  "上年",
  "去年同期",
  "去年",
  "往年",
  "同期",
];

/** Indicator levels or names that make an amount money: 成本指标, 资金, 经费, 预算 … */
export const MONEY_CONTEXT_WORDS: readonly string[] = [
  "成本",
  "资金",
  "经费",
  "预算",
  "费用",
  "费",
  "金额",
  "投资",
  "补助",
  "补贴",
  "奖励",
  "资助",
  "价格",
  "单价",
  "造价",
  "款",
  "收入",
  "支出",
  "税",
  // Rent, wages, pay for work (review59: 租金 | 100 under 成本 read as an activity's whole, ≥ 100%).
  "租金",
  "房租",
  "工资",
  "薪酬",
  "薪金",
  "报酬",
  "酬金",
];

// ───────────────────────────── Direction ─────────────────────────────

/** Indicator levels whose bare values are caps (≤): 成本指标 (二级, or 一级 in the 2021+ template). */
export const COST_LEVEL_WORDS: readonly string[] = ["成本"];

/** Names in which a cost-level indicator is still "higher is better" (预算执行率 under 成本指标). */
export const GOOD_IN_COST_WORDS: readonly string[] = [
  "执行率",
  // 县级储备粮库存成本核算率 (衡山 2020): how much of the cost is accounted for.
  "核算率",
  "完成率",
  "节约率",
  "节约",
  "节省",
  "降低率",
  "到位率",
  "支付率",
  "使用率",
  "达标率",
  "合格率",
  "覆盖率",
  "控制率",
  "兑现率",
  "发放率",
];

/**
 * A name of a share or a price (实际支出占预算比例, 决算数与预算数比率, 政府采购价格): under 成本 a bare 100% of it is the cap
 * it reads as, not the whole reached (review58b: read as ≥ on int58, so 110% over budget was met).
 */
export const SHARE_OR_PRICE_NAME = /(?:率|比|比例|比重|价格?)$/;

/** Names that are costs wherever they stand: 人均成本, 单价 … (lower is better). */
export const COST_NAME_WORDS: readonly string[] = ["成本", "单价", "造价", "开支标准", "费用标准", "能耗", "损耗"];

/** `发病` → 发病率; `病` alone also makes 发病率, 患病率, 罹病率. */
function badRates(stems: readonly string[]): string[] {
  return stems.map((stem) => `${stem}率`);
}

/**
 * Rates and counts of bad things: a bare value is a cap. Kept as stems so 差错率, 差错次数, 安全事故数
 * all match; GOOD_HANDLING_WORDS turn 投诉处理率 / 故障修复率 back into "higher is better".
 */
export const BAD_THING_WORDS: readonly string[] = [
  "差错率",
  "投诉率",
  "错捕率",
  "撤案率",
  "不起诉率",
  "无罪率",
  "事故率",
  "发生率",
  "失误率",
  "返工率",
  "故障率",
  "超支率",
  "退回率",
  "误差率",
  "漏检率",
  "漏报率",
  "误报率",
  "逾期率",
  "违约率",
  "不良率",
  "复发率",
  "死亡率",
  "延误率",
  "缺陷率",
  "流失率",
  "空置率",
  "损耗率",
  "争议率",
  "纠纷率",
  "偏差率",
  // Students per teacher (生师比 18:1, a ratio): the standards are maximums; 师生比 1:15 (its inverse) stays ≥.
  "生师比",
  // Money left unspent (资金结余率, 结转结余资金率): a bare value is a cap.
  "结余率",
  // The 部门整体 management indicators (在职人员控制率≤100%, 公用经费控制率, “三公”经费变动率, 预算调整率: 重庆 2021): staff
  // against the quota, spending against its budget, the share of the budget changed. Before GOOD_IN_COST_WORDS' 控制率.
  "人员控制率",
  "经费控制率",
  "经费变动率",
  "预算调整率",
  "结余资金率",
  "误差",
  "争议",
  "纠纷",
  "差错",
  "投诉",
  "事故",
  "失误",
  "故障",
  "违纪",
  "违规",
  "违法",
  "超支",
  "逾期",
  "返工",
  "退回",
  "信访",
  "上访",
  "错捕",
  "撤案",
  "不起诉",
  "无罪",
  "不合格",
  "延误",
  // 库存粮食明显变质比例 0, 粮食安全事件发生数 0起 (衡山 2020).
  "变质",
  "安全事件",
  // The rate of any bad thing below (发病率, 失业率, 闲置率 …): as a rate only, since the stem alone also names
  // good work on it (失业保险参保率, 闲置资产盘活率, 辍学学生劝返率).
  ...badRates([
    // health: illness, infection, death
    "病",
    "病死",
    "感染",
    "致残",
    "伤亡",
    "伤残",
    "再入院",
    "误诊",
    "漏诊",
    // things and money lost or idle
    "闲置",
    "破损",
    "损坏",
    "毁损",
    "报废",
    "丢失",
    "遗失",
    "霉变",
    "损失",
    "退货",
    "退换",
    "召回",
    "返修",
    "积压",
    "滞销",
    "亏损",
    "坏账",
    "拖欠",
    "欠费",
    // people falling out
    "辍学",
    "失学",
    "失业",
    "返贫",
    "致贫",
    "犯罪",
    "再犯",
    "发案",
    "缺勤",
    "离职",
    "脱落",
    // environment and quality; disasters (森林受灾率 1%: 巴南 一品 2022; 林业有害生物成灾率, 森林火灾受害率)
    "受灾",
    "成灾",
    "受害",
    "超标",
    "污染",
    "超载",
    "超限",
    "不达标",
    "不合规",
    "残留",
    // work gone wrong
    "错误",
    "出错",
    "失败",
    "中断",
    "停机",
    "宕机",
    "掉线",
    "驳回",
    "退件",
    "超时",
    "超期",
    "延期",
    "滞后",
    "误判",
    "改判",
    "发回",
    "重复",
  ]),
];

/** Handling of a bad thing is good: 投诉处理率, 故障修复率, 信访办结率, 事故处理及时率. */
export const GOOD_HANDLING_WORDS: readonly string[] = [
  "处理",
  "办结",
  "处置",
  "整改",
  "修复",
  "解决",
  "排除",
  "化解",
  "回访",
  "查处",
  // 违法案件查办率 (安居 2021): cases investigated, a share to reach.
  "查办",
  "结案",
  "调解",
  "答复",
  "响应",
  "及时",
  "满意",
  // fewer bad things is good: 发病率下降幅度, 事故减少率, 损失挽回率
  "下降",
  "降低",
  "减少",
  "挽回",
];

/**
 * Contents of a separate sign column (指标性质 / 指标方向) beyond the comparator symbols and words:
 * direction words give a comparator, 定性 makes the target qualitative.
 */
export const SIGN_DIRECTION_WORDS: Readonly<Record<string, Comparator>> = table({
  正向: ">=",
  正向指标: ">=",
  越大越好: ">=",
  越高越好: ">=",
  反向: "<=",
  反向指标: "<=",
  逆向: "<=",
  逆向指标: "<=",
  越小越好: "<=",
  越低越好: "<=",
  区间: "between",
});
export const QUALITATIVE_SIGNS: readonly string[] = ["定性", "定性指标"];
/** Everything a separate sign column (指标性质 / 指标方向) may hold: comparators, directions, 定性 / 定量. */
export const SIGN_CELL_WORDS: readonly string[] = [
  ...PREFIX_OPS.map(([w]) => w),
  ">=",
  "<=",
  "=>",
  "=<",
  "等于",
  ...Object.keys(SIGN_DIRECTION_WORDS),
  ...QUALITATIVE_SIGNS,
  "定量",
  "定量指标",
];
/** `定性：及时保障` (our own normalised form, or a user's). */
export const QUALITATIVE_PREFIX = /^定性[:：]/;

/** Indicator levels / names under which a bare 40000–60000 number is an Excel date serial. */
export const DATE_CONTEXT_WORDS: readonly string[] = [
  "时效",
  "时限",
  "日期",
  "期限",
  "截止",
  "完成时间",
  "时间节点",
  "时点",
];
/** Indicator levels / names under which a bare time quantity (`7天`) is a duration cap. */
export const DURATION_CONTEXT_WORDS: readonly string[] = [
  "时效",
  "时限",
  "时长",
  "用时",
  "周期",
  "期限",
  "办结时间",
  "响应时间",
  "办理时间",
];

/** Lengths to reach, not time limits, even when named 期限 / 年限 / 时长: 质保期限 3年 wants at least 3 years. */
export const LENGTH_TO_REACH_WORDS: readonly string[] = [
  "质保",
  "保修",
  "保质",
  "保固",
  "寿命",
  "使用年限",
  // Hours open or in use (开放时长 56小时, 每周开馆 56小时, 设备运行时长): more is the service, not a limit.
  "开放",
  "开馆",
  "使用时长",
  "运行时长",
  "在线时长",
  "培训时长",
  "学习时长",
];

/** A place or 建档立卡 before people named (全县, 农村, 建档立卡贫困人口), and who they are counted as after. */
const PLACE_BEFORE = "(?:全[县市区省镇乡]|辖区|农村|城[市镇乡]|城乡|建档立卡)*";
const PEOPLE_AFTER = "(?:人口|户|人员|对象|家庭|儿童|老人|群众)?(?:数量|总数|人数|户数|数)?";

/**
 * Headcounts and other stocks (保障办公人数 86人, 在编人数) hold all year long: judged against the full target,
 * not a pro-rated one, and so is their change against last year (evaluate/units.ts isStockIndicator). verdict56 added
 * what a unit holds rather than does in the year: people enrolled (在校学生人数, 参保人数), a balance (债务余额, 存款余额), a stock or reserve (存量, 库存,
 * 保有量, 存栏, 储备规模), beds (床位数, 开放床位), an area held or looked after (耕地保有面积, 公益林管护面积,
 * 物业服务面积). The name's end is the thing counted: 化解存量债务, 盘活存量资金 count work done.
 */
export const STOCK_NAMES: readonly RegExp[] = [
  /(保障|供养|在编|在职|在岗|编制|聘用|派遣|现有|实有|在校|在园|在读|在册|参保)\S*人数/,
  /(人员|职工|干警)(数量|人数)$/,
  /^(保障|在编|在职)人数$/,
  /(?:余额|存量|库存|保有量|存栏量?|存栏数|储备规模|床位|床位数|床位总数)$/,
  /(?:保有|现有|实有|管护|保护|服务|保洁|租用|租赁)\S{0,4}面积$/,
  // verdict60: people on a roll of support or living somewhere (低保对象, 特困人员, 常住人口 — 新增50人 under 贫困人口 was
  // read as the year's count); the name itself, a place or 建档立卡 before it. 帮扶 / 救助 / 脱贫 … before it count work
  // done (not anchored so). People in need named alone: NEED_NAMES.
  new RegExp(`^${PLACE_BEFORE}(?:低保|特困|五保|常住|户籍)${PEOPLE_AFTER}$`),
];
/**
 * People in need named alone (贫困户, 留守儿童, 低收入人口): a stock where the target holds it down (≤100人, 较上年减少),
 * but under a number to reach (≥100人, 100户) the people the work reaches — no unit aims at more poor households — so a
 * count of the year, as 帮扶贫困人口 / 受益人口 are (verdict61: judged whole in July and 新增 “not judged” before).
 */
export const NEED_NAMES = new RegExp(`^${PLACE_BEFORE}(?:贫困|低收入|留守|困境|困难)${PEOPLE_AFTER}$`);
/**
 * Words of a name counting what the year adds to a stock (新增床位数, 新建保鲜库面积, 清理库存): work done, pro-rated as any count
 * (isStockIndicator).
 */
export const FLOW_NAME = /新增|新建|新设|新开|增加|扩建|改造|建设|化解|盘活|消化|清理|处置|核销|压减|减少/;

/**
 * Names of an average (人均可支配收入, 户均增收, 亩均产值, 生均经费): a level of each one, whatever its unit (元) — what
 * the year added (新增1000元) is its change, not the level (verdict61: read as the year's count, 1000 元, red).
 */
export const AVERAGE_NAME = /人均|户均|亩均|生均|平均|年均|每人|每户|每亩/;

/** Names of rates and shares (覆盖率, 合格率, 占比, 比例): their target is a percentage. */
export const RATE_NAME_WORDS: readonly string[] = ["率", "比例", "比率", "占比", "比重"];
/**
 * A rate whose target leaves its % out (安全率 | 100, 执行率 | 95: verdict66): a share in per cent, so a bare 0.98 beside it
 * is 98 %, as under ≥95% — not a frequency (频率 | 4), a power, a multiple, an exchange rate, a speed, an efficiency or a
 * change (增长率: the change rules read it).
 */
export const PERCENT_RATE_NAME = /率/;
export const NOT_PERCENT_RATE_NAME = /(?:频|功|倍|汇|速|效|周转|容积|分辨|帧|增长|下降|降低|提高|提升|变化|变动)率/;

// ───────────────────────────── Qualitative and missing ─────────────────────────────

/** The form's hint of what to write (`(≥**%)`, `(≤**元/株)`, `(**人)`), left in a name or before a value. */
export const FORM_HINT_SOURCE = "\\((?:[≥≤><=]=?)?[*＊]+[^()*＊\\d]{0,6}\\)";

/**
 * Placeholders left in a template: the cell has no real target yet.
 * Matched against the whole compact text (case-insensitive).
 */
export const PLACEHOLDERS: readonly RegExp[] = [
  /^[*＊xX×?？]+(?:%|‰|[\u4e00-\u9fff]{1,3})?$/u, // **人, xx%, ××万元
  new RegExp(`^${FORM_HINT_SOURCE}$`), // the form's hint alone: (≥**%), (≤**元/株)
  /^指标(?:值)?\d*$/, // 指标2, 指标值
  /^(?:…|\.|。|、)+$/, // ……, ...
  /^[/\\\-—–_~]+$/, // /, -, ——
  /^(?:空|无|暂无|待定|待补充|待填|待填写|未填|略|不适用)$/,
  /^(?:n\/?a|na|null|none|tbd|todo)$/i,
];

/**
 * A form's own instruction left in a cell meant for the clerk's words (四川 自评表's 原因: "预算执行率未达到90%的需说明原因
 * (100字以内)…"): it asks for a reason, it gives none.
 */
export const FORM_INSTRUCTION = /(需|应|须|请)(要)?(说明|填写|注明|单独说明)|\d+字以内/;

/** Qualitative shapes that may contain digits: `按照…标准执行`, `按《XX办法》(2019)执行`. */
export const QUALITATIVE_SHAPES: readonly RegExp[] = [/^按(?:照)?.+(?:执行|发放|安排|规定|要求|标准|办理)$/];

/**
 * Digits that name something rather than count it: a title in 《》 (`宣传《2021年工作要点》`), an anniversary
 * (`庆祝中国共产党成立95周年`), a list's item numbers (`(1)成立管理组织;(2)季度督导…;(3)季度通报`, 宜兴 2016; `1.建立制度;2.按季督查`;
 * in a list opened by `(1)`, a bracketed one between words with no separator, `(1)专账核算(2)符合财务管理制度规定`, 2017 表-2).
 * A text whose only digits are these is a sentence (qualitative); digits outside them (`编印《画册》30本和《指南》1000`,
 * `(1)培训200人次`) are quantities still to read.
 */
export const NAMING_DIGITS =
  /《[^》]*》|\d+周年|(?:^|[;；,，。\s])(?:[(（]\d{1,2}[)）]|\d{1,2}[、.．](?!\d))|(?<=^[(（]1[)）].*\p{Script=Han})[(（]\d{1,2}[)）](?=\p{Script=Han})/gu;
