/**
 * How actuals are written (实际完成值): grades of a qualitative indicator, words in front of a number,
 * tick marks in check-box columns.
 */
import { CHANGE_ADVERBS, CHANGE_BASELINES, CHANGE_BASELINE_YEAR, CHANGE_WORDS } from "./notation";
import { alternation } from "../../regExp";

export type Grade = "achieved" | "partly" | "not";

/**
 * Short of what was expected (未达预期, 未能达到预期, 低于预期, 不及预期): 未达成 under a qualitative target (verdict68) and
 * under a number (verdict69: “应填写数值” before, while 未达到预期 was 未达成) — but for BELOW_EXPECTATION under a cap.
 */
export const SHORT_OF_EXPECTATION =
  /^(?:(?:未能|没能|未)(?:达成|达到|实现|达)|低于|不及|未及|不如)(?:预期(?:效果|目标)?)$/;
/** 低于预期 / 不如预期: below what was expected — under a cap (成本 ≤100万元) a cost below it is good, the words say both. */
export const BELOW_EXPECTATION = /^(?:低于|不如)/;
/**
 * Above what was expected (高于预期, 超出预期, 好于预期, 优于预期, 超预期: verdict70, “应填写数值” before, and beside a
 * number read as a forecast): the target reached and more, 达成 as 超额完成 is — under a number to reach (≥90%, 86人)
 * and a qualitative target. Under a cap (差错率 ≤1.8%) 高于 / 超出 / 超过 may say the number came out higher than
 * expected (bad there) as well as the result better: said, not judged; 好于 / 优于 (BETTER_THAN_EXPECTATION) say better.
 */
export const ABOVE_EXPECTATION = /^(?:远|大大)?(?:高于|超出|超过|好于|优于|超)预期(?:效果|目标)?$/;
export const BETTER_THAN_EXPECTATION = /^(?:远|大大)?(?:好于|优于)/;

/**
 * Grade words, most specific first (the long 自评 phrases before their short prefixes).
 * Text is normalised and stripped of trailing punctuation before matching.
 */
export const GRADE_PATTERNS: ReadonlyArray<readonly [RegExp, Grade]> = [
  [/^未达成预期指标/, "not"],
  [/^部分达成预期指标/, "partly"],
  [/^达成预期指标/, "achieved"],
  // 达成目标值 / 全部达成 (江西 整体支出绩效自评表, 蚕茶卫生院 2021): the grade said of the target it reached.
  // 达到预期 / 达到预期效果 (verdict67: “定性指标应填写达成情况” under any target but 达到预期 itself). Not 达到要求: of a
  // deadline it says nothing of when (review55).
  [/^(未|没有|尚未)(达成|达到|完成|实现)(目标值?|预期目标|年度目标|预期(?:效果)?)$/, "not"],
  // 目标未达成, 未达目标 (verdict70: beside a number read as a forecast, 目标 taken for a plan): the target's grade.
  [/^(?:(?:年度)?目标值?|指标值?)(?:未|没有|尚未)(?:达成|达到|完成|实现)$|^未达(?:年度)?目标值?$/, "not"],
  [/^(?:(?:年度)?目标值?|指标值?)(?:已|均已|全部)?(?:达成|达到|实现)$/, "achieved"],
  // 未能达到预期, 未达预期, 低于预期, 不及预期 (verdict68: “定性指标应填写达成情况” while 未达到预期 was 未达成): the same
  // shortfall; 未完全达到预期 is reached in part, as 部分达到.
  [SHORT_OF_EXPECTATION, "not"],
  [ABOVE_EXPECTATION, "achieved"],
  [/^(?:未完全|没有完全|尚未完全)(?:达成|达到|实现)(?:目标值?|预期目标|年度目标|预期(?:效果)?)$/, "partly"],
  [/^(部分|基本)(达成|达到|完成|实现)(目标值?|预期目标|年度目标|预期(?:效果)?)$/, "partly"],
  [/^(已?(达成|达到|完成|实现)(目标值?|预期目标|年度目标|预期(?:效果)?)|全部(达成|实现|达标))$/, "achieved"],
  [
    /^(未达成|未完成|未达标|未实现|未能?达到|没有达到|尚未达到|没有完成|尚未完成|未建成|尚未建成|未按期完成|未按时完成|未如期完成|逾期完成|延期完成|推迟完成|延迟完成|超期完成|滞后完成|否|差|较差)$/,
    "not",
  ],
  // 基本达到 / 基本达标 (verdict67): as 基本达成, partly.
  [/^(部分达成|部分完成|部分实现|基本达成|基本完成|基本实现|基本达到|基本达标|良|良好|较好|一般)$/, "partly"],
  [
    /^(已?达成|已?完成|已?实现|已?达标|已?达到|已?建成|全部完成|已?按时完成|已?按期完成|已?如期完成|已?按计划完成|已?提前完成|已?超额完成|圆满完成|是|优|优秀|好)$/,
    "achieved",
  ],
];

/**
 * The grade words a clerk types in English mode (verdict69b: `not achieved, 95%` was 95, met, green; `achieved` alone
 * “定性指标应填写达成情况”): each the Chinese word it stands for, so both read alike (inChinese). Matched on the text
 * lower-cased without spaces, whole.
 */
const ENGLISH_GRADE_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:not|notyet|un)(?:achieved|met|reached)$/, "未达成"],
  [/^(?:not|notyet)(?:completed|done)$|^(?:incomplete|uncompleted|unfinished)$/, "未完成"],
  [/^(?:partly|partially)(?:achieved|met|reached)$/, "部分达成"],
  [/^(?:basically|mostly|largely)(?:achieved|met|reached)$/, "基本达成"],
  [/^(?:partly|partially)(?:completed|done)$/, "部分完成"],
  [/^(?:fully)?(?:achieved|met|reached)$/, "达成"],
  [/^(?:completed|done|finished)$/, "已完成"],
  [/^(?:below|lowerthan)expectations?$/, "低于预期"],
  [/^(?:above|exceeded|beyond|exceeding|higherthan)(?:the)?expectations?$/, "超出预期"],
  [/^(?:betterthanexpect(?:ed|ations?))$/, "好于预期"],
  [/^(?:exceeded|overachieved|overfulfilled)$/, "超额完成"],
  [/^(?:shortofexpectations?|notasexpected|belowtarget)$/, "未达预期"],
  [/^(?:within|under)(?:the)?budget$/, "在预算范围内"],
  [/^overbudget$/, "超支"],
  [/^(?:excellent)$/, "优秀"],
  [/^(?:good|verygood)$/, "良好"],
];
/** The Chinese word an English grade word stands for (ENGLISH_GRADE_WORDS), or the text as it was. */
export function inChinese(text: string): string {
  if (!/^[A-Za-z ]+$/.test(text)) return text;
  // target not met, the target was achieved (verdict70: 95%, met, green beside a number before): the target's grade.
  const key = text
    .toLowerCase()
    .replace(/ /g, "")
    .replace(/^(?:the)?targets?(?:was|were|is|has been|havebeen|hasbeen)?/, "");
  return ENGLISH_GRADE_WORDS.find(([pattern]) => pattern.test(key))?.[1] ?? text;
}

/** Praise beside a number (95%，良好; 80%（良好）): says no target reached, the number read as typed (verdict69b). */
export const PRAISE = /^(?:优秀?|优良|良好?|较好|很好|好)$/;

/** 达到预期 / 达到预期效果 (GRADE_PATTERNS, verdict67): of an effect, not of a deadline — says nothing of when. */
export const EXPECTATION_GRADE = /预期(?:效果)?$/;

/**
 * 未达到 alone (没有达到, 尚未达到) under a cap (事故次数 ≤2次, 成本 ≤500万元: verdict67): the target not reached (未达标),
 * or the cap not reached (达标) — the words say both; asked for the number, not judged. 未达成 / 未达标 / 未完成 name
 * the target only and stay a grade.
 */
export const NOT_REACHED_ALONE = /^(?:未能?|没有|尚未|没)达到$/;

/**
 * A cap answered in words (未超过, 未超标, 在控制范围内: verdict67, “应填写数值” before): kept, as 达标 would say; 超标 /
 * 超出上限: passed, as 未达标. 超过 alone is left (超过 what: the target may be read as beaten). Under a cap of money
 * also the budget's words (在预算范围内, 控制在预算内, 未超支; 超支, 超出预算): BUDGET_KEPT / BUDGET_PASSED.
 */
const LIMIT_NAMED = "(?:指标值?|目标值?|上限|标准|限额|限值|规定)";
export const CAP_KEPT = new RegExp(
  `^(?:均|全部|已)?(?:(?:未|没有|无|不)(?:超过|超出|超标|突破)${LIMIT_NAMED}?|(?:控制)?在(?:控制|规定|目标|指标|限额|标准)范围(?:之|以)?内)$`,
);
export const CAP_PASSED = new RegExp(`^(?:已|有|存在)?(?:超标|(?:超过|超出|突破)${LIMIT_NAMED})$`);
export const BUDGET_KEPT =
  /^(?:均|全部|已)?(?:(?:控制)?在?(?:年度)?预算(?:范围|额度)?(?:之|以)?内|(?:未|没有|无|不)(?:超支|超预算|超出预算|超过预算|突破预算))$/;
export const BUDGET_PASSED = /^(?:已|有|存在)?(?:超支|超预算|超出预算|超过预算|突破预算)$/;

/**
 * A note that the actual is provisional (95%（暂定）, 初步统计96%, 96%（未审计）: verdict67): still the amount done as far
 * as known, judged as typed and said so; a forecast (预计, 预估) is no amount done (ACTUAL_FORECAST).
 */
export const PROVISIONAL = /暂定|暂估|初步|初核|快报|未审计|待审计|未经审计|待审核|待核实|待核定|待确认|未核实|未核定/;

/**
 * The works finished (已完工, 已竣工: verdict65): done under a completion date, as 已完成. Not a grade: they do not say a
 * quality, a satisfaction or a benefit is reached (review65), so a qualitative target keeps asking for 达成 / 未达成.
 */
export const WORKS_FINISHED = /^已?(?:完工|竣工)$/;

/**
 * Zero written as a word (零, 零起: verdict65, “应填写数值” before): the number 0, unless more numerals follow (零点五).
 */
export const ZERO_WORD = /^零(?![一二三四五六七八九十百千万点〇两])/;

/** Work under way (`进行中`, `正在推进`): against a completion date, part done — on track before the deadline. */
export const IN_PROGRESS =
  /^(?:正在|仍在|尚在|按计划|按进度)?(?:进行|推进|实施|建设|施工|开展|办理|采购|招标)中?$|^(?:进行中|实施中|推进中|建设中)$|^(?:正在)?(?:调查|评估|测评|统计)中$/;

/**
 * Work not begun (`未开始`, `尚未开始`, `未启动`, `未开工`): against a completion date or a number, nothing done yet
 * (judgeNotStarted).
 */
export const NOT_STARTED =
  /^(?:尚|还|仍|暂)?(?:未|没有?)(?:开始|启动|开工|实施|开展)$|^待(?:调查|评估|测评|统计|开展|实施)$/;

/**
 * Grade words that say how far a target was reached (达成 / 部分达成 / 未达成, 完成 …: the national monitoring template's
 * choice for 当前完成值; 已建成 / 未建成 for a count of things built, 1个平台): an answer to a number target too.
 * Praise (优 / 好 / 一般) and yes / no answer no number.
 */
export const REACHED_WORDS = /达成|完成|实现|达标|建成|达到/;
/**
 * Of REACHED_WORDS those saying the target is reached (达成, 达标, 达到, 实现), beside a number short of it a disagreement
 * (verdict69); 完成 / 建成 say the work is done and may mark the figure as final, not a forecast (85%（已完成）).
 */
export const TARGET_REACHED_WORDS = /达成|实现|达标|达到/;
export const WORK_DONE_WORDS = /完成|建成/;

/**
 * Yes / no answers (是否… / 有无… indicators, docs/domain.md#actual-values): 是 and 有 say yes; 否, 无 and 没有 say no.
 * Against such a target the same answer is achieved and the opposite not; against 否 / 无 a count of 0 is achieved.
 */
export const YES_NO: ReadonlyMap<string, boolean> = new Map([
  ["是", true],
  ["有", true],
  ["否", false],
  ["无", false],
  ["没有", false],
]);

/**
 * Answers that say something did not happen: against a target of 0 (安全事故 0起) they are the count 0. 否 is left
 * out: it answers a question (是否…), not a count.
 */
export const NONE_ANSWERS: ReadonlySet<string> = new Set(["无", "没有", "未发生", "没有发生", "无发生", "未出现"]);

/**
 * An answer naming what did not happen (无上访, 未发生安全事故, 没有投诉): the count 0 of a bad thing, as 无 alone is
 * (保山 2022: 小于5次 群体性事件, answered 无上访).
 */
export const NONE_OF_THING = /^(?:无|没有|未发生|未出现|零|杜绝|不发生|不出现|不存在|未有)(?:发生)?(.{1,10})$/u;

/**
 * Indicators under which a target 无 means none (安全事故 无, 违规违纪问题 无): bad things that should not happen, or a
 * 是否 / 有无 question. Elsewhere (工作完成率 无, 培训人数 无) 无 is the template's placeholder, not a target.
 */
export const NONE_TARGET_NAMES =
  /事故|违规|违纪|违法|违反|投诉|问题|事件|差错|错误|纠纷|信访|上访|隐患|损失|处罚|通报|舆情|案件|伤亡|死亡|失误|故障|是否|有无|发生|截留|挪用|挤占|套取|骗取|虚报|冒领|侵占|贪污|浪费|拖欠|闲置|泄露|泄密|污染|逾期/;

/**
 * A target of none written with 零 (`零事故`, `零投诉`, `零差错`, `零发生`): the count 0 of a bad thing (NONE_TARGET_NAMES),
 * a cap at 0. Not 零容忍 (zero tolerance: a stance, no count).
 */
export const ZERO_OF_THING = /^零(.{1,8})$/u;

/**
 * Words in front of an actual number that do not change it: "约 30人", "已完成 86人", "累计 12次", "已建成1个平台",
 * "人民币2500万元" (as an amount is written on a voucher).
 */
export const ACTUAL_NUMBER_PREFIX =
  /^(约|大约|共|累计|实际|平均|已支付|已支出|已拨付|支付|支出|拨付|已完成|完成|已达到|达到|已建成|建成|已|人民币|[￥¥])\s*/;
/**
 * Words after an actual number that do not change it either: "1.2万左右" (about; read as the number, as 约 is);
 * 整 after an amount in 元 ("2500万元整": exactly, as a voucher writes it).
 */
export const ACTUAL_NUMBER_SUFFIX = /\s*(?:左右|上下|(?<=元)整)$/;

/**
 * A comparison written in an actual (95%以上, ＞95%, ≥95%, 不低于95%) states at least (or at most) that number: the
 * number is read, the words around it dropped (docs/domain.md#actual-values).
 */
export const ACTUAL_COMPARATOR_PREFIX =
  /^(?:[≥≤><=]+|大于等于|小于等于|不低于|不少于|不高于|不超过|高于|超过|低于|大于|小于|至少)\s*/;
export const ACTUAL_COMPARATOR_SUFFIX = /\s*(?:及以上|及以下|以上|以下|以内|之内|(?<=[\p{Script=Han}])内)$/u;
/** The comparator words of ACTUAL_COMPARATOR_PREFIX that say strictly more than the number (超过50万元 is over 50). */
export const ACTUAL_MORE_THAN_PREFIX = /^(?:>(?!=)|超过|高于|大于(?!等于))/;
/** The comparator words that say strictly less than the number (低于90% is under 90, never 90). */
export const ACTUAL_LESS_THAN_PREFIX = /^(?:<(?!=)|低于|小于(?!等于))/;
/**
 * “More than” written after the number or its magnitude (2000余人, 1.2万余, 1万多人次, 百余人) states at least that
 * number, as 以上 does: dropped, the number read (2000人, 1.2万, 1万人次).
 */
export const ACTUAL_ROUGHLY_MORE = /(?<=[\d十百千万亿])[余多](?=\p{Script=Han}|$)/u;
/**
 * “More than” in a count of time (3个多月, 2年多, 1个月余, 10天多): as ACTUAL_ROUGHLY_MORE, between 个 and its unit or
 * after the unit at the end.
 */
export const TIME_ROUGHLY_MORE =
  /(?<=[\d一二两三四五六七八九十]个)[余多](?=月|小时|工作日)|(?<=[\d一二两三四五六七八九十](?:年|个月|月|天|日|周|小时|个小时))[余多]$/u;
/**
 * A comparison written in an actual that leaves it unbounded upward (50万元以上, 不低于90%, 超过50万元) or downward
 * (90%以下, 不超过30天, 低于90%): against a cap (resp. floor) the value may lie on either side (docs/domain.md#actual-values).
 */
export const ACTUAL_UNBOUNDED_ABOVE = /^(?:≥|>|大于等于|不低于|不少于|至少|超过|高于|大于)|(?:及以上|以上)$/;
export const ACTUAL_UNBOUNDED_BELOW =
  /^(?:≤|<|小于等于|不高于|不超过|低于|小于)|(?:及以下|以下|以内|之内|(?<=[\p{Script=Han}])内)$/u;

/**
 * Clerks' shorthand for a value said from one side (verdict52, docs/domain.md#a-value-said-from-one-side), written as the
 * words the actual's own patterns read: 逾90% / 超90% are 超过90% (more than 90), 90%+ is 90%以上 (90 or more).
 */
export const ACTUAL_SHORT_MORE_THAN: readonly (readonly [RegExp, string])[] = [
  // Before digits or a Chinese numeral (逾一千人, 超五千元: verdict52b).
  [/^(?:逾|超)(?=[\d.零〇一二两三四五六七八九十])/, "超过"],
  [/(?<=[\d%‰\p{Script=Han}])\+$/u, "以上"],
];
/** 近90% / 将近90% / 接近90%: about the number and below it (`Claim.near`: nine tenths of it to just under it). */
export const ACTUAL_NEAR_PREFIX = /^(?:将近|接近|近)(?=[\d.零〇一二两三四五六七八九十])/;
/** How much of the whole a claim written with 近 allows at least: 近90% is 81 % to just under 90 %. */
export const NEAR_SHARE = 0.9;
/**
 * A share said in words (verdict52): 过半 / 超过半数 more than half, 半数以上 / 一半以上 half or more, 半数 / 一半 half;
 * each as the share typed (`>50%`, `50%以上`, `50%`).
 */
export const ACTUAL_HALF_WORDS: readonly (readonly [RegExp, string])[] = [
  [/^(?:过半数?|超过半数|超半数)$/, "超过50%"],
  [/^(?:半数|一半)(?=以上|以下|$)/, "50%"],
];

/**
 * 符合要求 / 达到要求 (verdict55): the work measured against the target's own requirement, as 达成 is — against a
 * qualitative target only. Of a deadline it says nothing of when (review55: 2024年12月底前 | 符合要求 was met in July).
 */
export const CONFORMS_PATTERNS: ReadonlyArray<readonly [RegExp, Grade]> = [
  [/^(?:不|未|没有)(?:符合|达到|满足)(?:相关|有关)?(?:要求|规定|标准)$/, "not"],
  [/^基本(?:符合|达到|满足)(?:相关|有关)?(?:要求|规定|标准)$/, "partly"],
  [/^(?:均|全部|已)?(?:符合|达到|满足)(?:相关|有关)?(?:要求|规定|标准)$/, "achieved"],
];

/**
 * A yes of conformity typed as the answer (有, 是, 规范, 按规定执行, 严格执行): under a share of conformity at 100%
 * (CONFORMITY_NAME) it is that share reached; under another share (完成率 100% | 按规定执行) no number of it, said
 * (verdict62: “应填写数值” before).
 */
export const CONFORMS_YES =
  /^(?:均|全部|已经?)?(?:有|是|规范|合规|健全|完善|完备|执行到位|(?:按|依|严格按)(?:照)?(?:相关|有关)?(?:规定|要求|制度|程序)执行|严格执行(?:相关|有关)?(?:规定|制度)?)$/;

/**
 * An opinion in words typed for a number (满意, 较高, 差, 较多, 满意度较高, 效果明显: verdict63, “应填写数值” before): no
 * number is meant, none is guessed; said in the clerk's words. A degree word at the end, after a subject of at most six
 * characters and no comparison (比上年多 is a change: 比 / 较上年 left to the change rules).
 */
export const OPINION_WORDS =
  /^(?![^比]*比(?!较))(?!.*较(?:上|去|往))[\u4e00-\u9fff]{0,6}?(?:非常|十分|很|比较|较为?|基本|总体|普遍|均|都|相当|特别)?不?(?:满意|高|低|好|差|多|少|大|小|明显|显著|良好|一般|优秀|优良|突出|理想|有效|无效)$/u;

/**
 * Some values said to lie outside a range (存在18岁以下、54周岁以上 under 18—54周岁: 吕梁 2021, “2 个数” before): the
 * words before them, and what each bound is (a value below the low end or above the high one).
 */
export const SOME_OUTSIDE = /^(?:存在|有|仍有|部分|个别|少数|少量)/;

/** 优于 says better, not more: which way is better is the indicator's, so it makes no one-sided claim in an actual. */
export const ACTUAL_BETTER_THAN = "优于";
/**
 * 达到 negated right before the number (未达到90%, 没有达到, 达不到), perhaps with the target named between (尚未达到目标值90%,
 * 未达到预期目标90%: review56): the number is what was not reached, never the value (review55: 完成率未达到90% was read
 * as 90 %, met against ≥90%).
 */
export const ACTUAL_NEGATED_REACH =
  /(?:未能?|没有?|尚未|不能)达到?\s*(?:(?:年度|全年|预期|预定|既定|计划)?(?:目标|指标|任务)?值?的?)(?=[\d〇零一二两三四五六七八九十百千])|达不到/;
/**
 * Words before an actual's number (or in its closing brackets) saying it is not done yet (verdict55b): a forecast or a
 * plan (预计年底完成95%, 计划完成95%, 95%（预计）), a shortfall (尚缺0.5万人次, 还差10人, 差2个百分点).
 */
export const ACTUAL_FORECAST =
  // verdict57: 拟 / 应 / 将 / 可 before 完成, 目标 restated, 年底前 (拟完成120人, 目标120人, 应完成120人: read as done before).
  /预计|预期|预测|预估|估计|力争|有望|争取|计划|(?<!模)拟|目标(?!值?的)|年底前|年末前|(?:可|能|将|应)达|(?<![未不没])(?:应|将|可|能|要|需)$|^(?:应当?|需要?)(?![急用收付届聘对答求])/;
/** Words of work done: a plan after them is what the work was measured against (完成年度计划的95%), no forecast. */
export const ACTUAL_DONE_WORDS = /完成|已|实现|达到/;
/**
 * 计划 or 目标 that is no forecast (review56): a plan followed or beaten (按计划, 按年度计划, 超计划) or part of a name
 * restated before the number (计划完成率, 年度计划执行率, 计划内项目, 计划进度, 计划生育, 目标完成率).
 */
export const ACTUAL_PLAN_NAMED = /[按超][^，,；;]*?计划|(?:计划|目标)(?:内|外|生育|\p{Script=Han}*?(?:率|进度))/u;
/** The target a gap is counted from (目标, 年度任务, 指标值), and the plan (计划, 年度计划数: its number is not the table's). */
const TARGET_NAMED = "(?:年度|全年)?(?:目标|任务|指标)(?:值|数)?";
const PLAN_NAMED = `(?:${TARGET_NAMED}|(?:年度|全年)?计划(?:值|数)?)`;
/**
 * Right before the number: 缺陷率2%, 偏差2% are no shortfall. A gap to the target or the plan (距目标差10人, 比计划少10人,
 * 与目标相差, 低于计划2个百分点, 尚欠: verdict56, read as the amount done or as a forecast before) is one too, and so is
 * what is left (剩余10人, 待完成10人: verdict57, read as 10 done before).
 */
export const ACTUAL_SHORTFALL = new RegExp(
  `(?:(?:^|[尚还仍])(?:缺|差|欠)|缺口|差距)(?:约|了)?$|^(?:距离?|离|与|比|较)${PLAN_NAMED}(?:还|尚|仍)?相?(?:差|少|缺|低)(?:约|了)?$|^(?:低于|少于|不足)${PLAN_NAMED}$|^(?:尚|还|仍)?(?:剩余|剩下|余下|剩|待完成)(?:约)?$`,
);
/**
 * The words of a shortfall whose gap the target's name is (资金缺口 ≤10万元 | 缺口5万元: the value, verdict57), as
 * ACTUAL_SHORTFALL's first branch names it.
 */
export const GAP_WORDS = /缺口|差距|缺额|短缺/;
/**
 * A name that is the gap itself (资金缺口, 人才缺口, 缺口资金), not one of closing it (缺口填补率, 人才缺口弥补数,
 * 差距缩小率, 短缺药品保障率: review57b, 缺口5% read as 5 % done, red): only what is measured of it may follow.
 */
export const GAP_NAME = /(?:缺口|差距|缺额|短缺)(?:资金|金额|数额|规模|人数|额|数|量|值|率)?$/;
/** The number said not done after it (10人未完成, 还有10人未完成: verdict57, “应填写数值” before): what is left. */
export const ACTUAL_LEFT_AFTER =
  /^(?:尚|还|仍)?有?[\d.]+[^\d，,；;（）()]{0,4}?(?:尚|还|仍)?(?:未完成|没有?完成|待完成)$/;
/**
 * A number said to be under way (在建3个, 3个在建, 施工中2个: verdict67, “2 个数” beside 完成12个 before; 在建项目3个:
 * review68, met at 18 in 18个（含在建项目3个） before): not done.
 */
export const ACTUAL_UNDER_WAY_BEFORE =
  /(?:在建|在施|续建|正在(?:建设|施工|实施|推进)|建设中|施工中|推进中|实施中|未完工|未竣工)(?:项目|工程)?$/;
export const ACTUAL_UNDER_WAY_AFTER =
  /^(?:其中|含|包括|包含)?[\d.]+[^\d，,；;（）()]{0,3}?(?:在建|在施|续建|正在(?:建设|施工|实施|推进)|建设中|施工中|推进中|实施中|未完工|未竣工)$/;
/**
 * Beside a clause under way, the words of the clause read as the amount done (完成12个，在建3个: review67). A total
 * (共18个，其中在建3个, 建设18个，在建3个) holds those under way: it is no amount done.
 */
export const ACTUAL_DONE_BESIDE_UNDER_WAY = /实际|完成|建成|竣工|完工|投入使用|投用/;
/** A clause under way that is a part of the number before it (其中在建3个, 含在建3个: review67). */
export const ACTUAL_PART_OF_BEFORE = /^(?:其中|含|包括|包含)/;
/**
 * 未完成 right before the number (未完成10人): the number not done, or the only amount done — the words do not say
 * (verdict57: read as 10 done before). 未完成，仅完成40% says which.
 */
export const ACTUAL_NOT_DONE_BEFORE = /^(?:尚|还|仍)?(?:未|没有?)(?:完成|实现)(?:了|的)?$/;
/**
 * More than the target (超额20人, 超目标20人, 超出目标20人, 比目标多20人, 超额完成任务20%: verdict57, read as 20 done or
 * not judged before): the target's value and that much more. 超额完成 alone before the number may say the number done
 * too (超额完成120人): only a number short of the target is the excess.
 */
export const ACTUAL_OVER_TARGET = new RegExp(
  `^(?:已?超额(?:完成)?${TARGET_NAMED}|超额|超出?${TARGET_NAMED}|(?:超过|高于|多于)${TARGET_NAMED}|(?:比|较)${TARGET_NAMED}多(?:出|了)?)(?:约)?$`,
);
export const ACTUAL_OVER_DONE = /^已?超额完成(?:了)?$/;
/** More than the plan (比计划多10人, 超计划20人: verdict56, verdict57): its number is not the table's, so not judged. */
export const ACTUAL_OVER_PLAN = new RegExp(
  `^(?:比|较)(?:年度|全年)?计划(?:值|数)?多(?:出|了)?(?:约)?$|^(?:超出?|超过|高于|多于|超额完成)(?:年度|全年)?计划(?:值|数)?$`,
);
/**
 * Past a limit, before the number (超支20万元, 超标0.5个百分点, 超出预算20万元, 超编3人): how far over, not the value
 * (review57b: read as 20 万元 under ≤100万元, met). The money over it may be named (超出预算支出20万元, 超标准支出:
 * review68, met at 20 万元 before). Under a name of that excess (超支金额, 超标次数) the value.
 */
export const ACTUAL_OVER_LIMIT =
  /^(?:超支|超员|超编|(?:超标准?|超(?:出|过)?(?:预算|标准))(?:支出|资金|经费|开支)?)(?:了|约)?$/;
/**
 * Words before the number naming an amount other than the one done (verdict58: read as done before, 申报120人 under
 * 培训人数 ≥100人 超额): applied for or registered (申报, 申请, 报名, 登记, 预约), needed (需求), due (应收, 应缴, 应付: not
 * 应收尽收), a capacity (可容纳, 可服务, 可覆盖, 可提供, 可接待), money budgeted, issued or arrived, not spent (预算, 批复,
 * 下达, 到位: 已下达120万元 under 项目支出 ≤150万元 was met; not 预算执行 / 预算支出). Under a name of that amount (报名人数,
 * 申报项目数, 资金到位率) the value. Who gave it, which budget or when may come first (财政已下达, 年初预算, 资金到位, 目前报名:
 * review58b, met or 超额 on int58). verdict59: money arranged, a budget quota or matching funds (已安排资金, 指标, 县级配套:
 * budget, not spending; only before the number or a word of money: 安排就业, 配套设施 are other things) and cases
 * accepted (受理: not closed, 办结; 受理办结 / 受理并办结 are the closed ones: review59) — each read as done before; 到账 (arrived, as 到位: “应填写数值” before). 拨付 is
 * paying (NOT_PAID_WORDS, ACTUAL_NUMBER_PREFIX), read.
 */
export const ACTUAL_OTHER_AMOUNT =
  /^(?:财政|上级|中央|省级?|市级?|县级?|区级?|资金|指标|年初|全年|本年度?|今年|当年|目前|当前){0,2}(?:已|共|累计|实际)?(申报|申请|报名|登记|预约|需求|应收(?!尽)|应缴|应付|可容纳|可服务|可覆盖|可提供|可接待|容纳|预算(?!执行|支出|完成)|批复|下达|到位|到账|(?:安排|配套|指标)(?=资金|经费|金额|$)|受理(?![并及和]?(?:办结|办理|完成|处理|处置|解决|答复)))/;
/** A month typed in digits or numerals (7, 七, 十二). */
const MONTH_NUMBER = "\\d{1,2}|十[一二]?|[一二三四五六七八九]";
/** A day of the month after its number: 日, or 号 as it is said (12月31号). */
const DAY_WORD = "[日号]";
/**
 * “Up to” before a time: 截至 / 截止, and as clerks double it 截止到, 截至到, 至到 (review59: 截止到12月底完成120人 in July
 * read as done, blue). 至 / 到 alone are words of their own too (到位, 至少): each pattern says where they are a time.
 */
const UP_TO = "截[至止](?:至|到)?|至到";
/**
 * This year named before a part of it (本年1-7月, 今年上半年, 本年度前三季度: verdict60, “应填写数值” before, though
 * ACTUAL_COUNTED_TO reads the time).
 */
const THIS_YEAR = "[本今当]年度?(?=\\d|[上下前第一二三四五六七八九十])";
/** A time of the year (2024年6月底, 1-6月, 本年上半年, 前三季度), each part optional. */
const TIME_SOURCE = `(?:(?:19|20)\\d{2}年|${THIS_YEAR})?(?:\\d{1,2}(?:[-—~至到]\\d{1,2})?月(?:底|末|份|中旬|上旬|下旬|\\d{1,2}${DAY_WORD})?|[上下]半年|[第前]?[一二三四1-4]季度)?(?:末|底|止|前)?`;
/**
 * A time said before the quantity (截至6月底, 1-6月, 上半年, 2024年): when, not how much. 到 / 至 only before a time
 * (到位资金, 到会率, 至少 are words of the actual: verdict59, read as 位资金, 会率, 少 before).
 */
export const ACTUAL_LEADING_TIME = new RegExp(
  `^(?:${UP_TO}|(?:至|到)(?=(?:19|20)\\d{2}年|\\d{1,2}(?:[-—~至到]\\d{1,2})?月|[上下]半年|[第前]?[一二三四1-4]季度))?${TIME_SOURCE}[，,:：]?`,
);
/** A time anywhere in a sentence (6月底, 12月31号, 2024年): its digits are no quantity. */
export const ACTUAL_TIME_IN_SENTENCE = new RegExp(
  `(?:(?:19|20)\\d{2}年)|\\d{1,2}(?:[-—~至到]\\d{1,2})?月(?:底|末|份|\\d{1,2}${DAY_WORD})?|[第前]?[1-4]季度`,
  "g",
);
/** A time at the end of an actual, in brackets or after a comma: （截至6月30日）, ，截至6月底, (6月底). */
export const ACTUAL_TRAILING_TIME = new RegExp(
  `\\s*[（(，,]\\s*(?:${UP_TO}|至|到)?(?:(?:19|20)\\d{2}年)?\\d{1,2}月(?:底|末|份|\\d{1,2}${DAY_WORD})?(?:末|底|止|前)?[）)]?\\s*$`,
);

/**
 * A year typed first (2023年上半年完成120人, 截至2023年底完成120人, 2023年度…) or in the time after the amount (完成120人
 * （截至2023年12月31日）): group 1 or 2, the year the amount is of (verdict60: a year before the table's read as this
 * year's). A year in a baseline (较2023年增长5%) is no such time.
 */
export const ACTUAL_YEAR_TYPED = new RegExp(
  `^(?:${UP_TO}|至|到)?((?:19|20)\\d{2})年|[（(，,]\\s*(?:${UP_TO}|至|到)?((?:19|20)\\d{2})年[^（(，,]*$`,
);
/** Every year typed in an actual (2023年至2024年): the amount is of one before the table's only if all are. */
export const YEARS_TYPED = /(?:19|20)\d{2}(?=年)/g;

/** The end of the month the check falls in, said before the amount (截至本月底, 到当月末: review59, read as done on 7月20日). */
export const ACTUAL_THIS_MONTH_END = /^(?:截[至止]|至|到)*[本当]月[底末]/;

/** A part of the year from January, and its last month (上半年完成120人 in May: verdict59, read as done before). */
export const PART_FROM_JANUARY: Readonly<Record<string, number>> = {
  上半年: 6,
  前三季度: 9,
  前3季度: 9,
  第一季度: 3,
  一季度: 3,
  第1季度: 3,
  // review59: 前两季度 in May read as done (blue), as 上半年 was before verdict59.
  前两季度: 6,
  前二季度: 6,
  前2季度: 6,
};
/**
 * The time an amount is counted to, said before it (截至12月底完成120人, 1-12月, 全年完成120人: verdict58, read as done in
 * July): the typed year (2024年, or this year's 本年 / 今年), the month (十二月 too) and its day (7月15日: review58b,
 * 截至十二月底 and 截至2024年底 read as done in July, 截至7月15日 a forecast on 7月20日), or the year's end, or a part of the
 * year from January (上半年, 前三季度, 一季度, and its end: verdict59), or a quarter's end (截至二季度末: review59, read as
 * done in May; 二季度 alone is that quarter's amount, ACTUAL_PART_OF_YEAR). Groups: 1 year, 2 month, 3 its end, 4 day,
 * 5 the year's end, 6 the part, 7 its end, 8 the quarter ended. Before that time it is a forecast (judgeIndicator,
 * countedSoFarFrom).
 */
export const ACTUAL_COUNTED_TO = new RegExp(
  `^(?:${UP_TO}|至|到)?(?:((?:19|20)\\d{2})|[本今当])?(?:年度?(?=${MONTH_NUMBER}|[上前第]))?` +
    `(?:(?:(?:${MONTH_NUMBER})月?[-—~至到])?(${MONTH_NUMBER})月(?:([底末])|份|(\\d{1,2})${DAY_WORD})?|(全年|年?年[底末终])` +
    `|(${alternation(Object.keys(PART_FROM_JANUARY))})([底末])?|第?([一二三四1-4])季度[底末])`,
);
/**
 * Added this year before the number (新增50人, 净增50人) under a name of a stock (在册人数, 在校学生人数: isStockIndicator):
 * what was added, not the total held (verdict58: read as 50, red).
 */
export const ACTUAL_ADDED = /^(?:本年|今年|当年|年内|全年)?(?:新增加?|净增加?|新招收?|新进)/;
/** A month after January, in digits or numerals (七至十二月, 后半年: review58b, read as done). */
const LATER_MONTH = "[2-9]|1[0-2]|十[一二]?|[二三四五六七八九]";
/**
 * A part of the year before the number, not the months from January (下半年完成120人, 第三季度完成30人, 7-12月, 本月):
 * that part's amount, or a forecast of it, not the amount done so far (verdict58: read as done, in July too). 截至 or
 * 末 / 底 after it (第四季度末) is a time reached, read as before.
 */
export const ACTUAL_PART_OF_YEAR = new RegExp(
  `^(?:(?:19|20)\\d{2}年)?(?:[下后]半年|第?[二三四2-4]季度|(?:${LATER_MONTH})(?:月份?)?[-—~至到](?:${LATER_MONTH})月份?|本月|当月|本季度?|当季度?|本期|当期)(?![末底止前])`,
);
/**
 * The name of the amount done or spent before its number (实际完成数120人, 执行数95万元, 支出金额95万元, 完成值): not another
 * indicator's name (ACTUAL_MEASURE_NAME_END ends both).
 */
export const ACTUAL_DONE_NAME =
  /^(?:实际|累计|已)?(?:完成|执行|实现|达到|支出|支付|拨付|发放|使用)?(?:值|金额|数额|数量|总数|总额|总量|人数|数|量|额)$/;
/**
 * No change under a name of a change (持平, 与上年持平, 无变化: verdict58, “应填写数值” before): a change of 0. 基本持平 is
 * about 0, no number: not read.
 */
export const ACTUAL_NO_CHANGE = new RegExp(
  `^(?:${alternation(CHANGE_BASELINES)})?(?:持平|无变化|没有变化|未变化|不变)$`,
);
/** A change word negated (未下降, 没有降低, 并未减少): no change that way, perhaps the other way. */
export const ACTUAL_NOT_CHANGED = /^(?:并?未|没有?|尚未|未能)(?=\p{Script=Han})/u;
/** Percentage points (2个百分点): an excess of a % target added to it, as no % of it can be (超出目标5%: verdict57). */
export const ACTUAL_POINTS = /百分点$/;
/** Points said short (提高3个点) under a target in 百分点: the same points (verdict65, “单位“个点”…不一致” before). */
export const POINTS_SAID_SHORT = /^个?点$/;
/** A target counted in percentage points (较上年提高3个百分点), as written. */
export const IN_POINTS = /百分点/;
/** The end of a name of what is measured (差错率, 满意度, 培训人数), restated before a bare number (verdict57). */
export const ACTUAL_MEASURE_NAME_END = /(?:率|度|比例|占比|比重|数|量|额)$/;
/**
 * One share named several ways, typed one for another (到会率95% under 出席率: verdict60, “another indicator” before): a
 * meeting's attendance, those who came over those due. 满意率 / 满意度 and 知晓率 / 知晓度 are one by their stem already.
 * Narrow on purpose: 出勤率 (days at work), 参训率 and 到课率 (training, classes) count other things.
 */
export const RATE_SYNONYMS: readonly (readonly string[])[] = [["出席率", "到会率", "参会率", "与会率"]];
/**
 * Words before a share restated that do not change what is measured (综合满意度96% or 调查满意度96% under 群众满意度:
 * verdict60, “another indicator” before): how it was worked out or surveyed, not another thing. Not before a count
 * (平均培训人数 is an average, not the count).
 */
export const MEASURE_QUALIFIER = /^(?:综合|总体|整体|平均|调查|问卷|测评|抽样|抽查)(?=\p{Script=Han}{2})/u;
/**
 * A clause saying the amount done (已完成120人, 实际完成95%, 目前已完成, 办结110件, 实到95人, 超额20人: verdict59), beside
 * one of a plan or a shortfall. 已 alone is not one: 已报名, 已安排, 已下达 say other things (review57b: 计划100人，已报名120人
 * read as 120 done, blue).
 */
export const ACTUAL_DONE_CLAUSE = /实际|累计|完成|实现|达到|办结|实到|实参|^超额/;
/**
 * 应到100人，实到95人 under a rate of attendance (到会率, 出席率, 参训率: verdict59, “预计或计划” before): who should come and
 * who came, the rate being the second over the first; 出勤率's 应出勤 / 实际出勤, in people or days, alike (review59).
 */
export const ATTENDANCE_RATE_NAME = /(?:到会|出席|参会|到场|出勤|到课|参训|参学)率$/;
export const ACTUAL_DUE_TO_ATTEND = /^应(?:到|出席|出勤|参会|参加|参训|参学)(?:会|场)?(?:人数|人次|天数)?$/;
export const ACTUAL_ATTENDED = /^(?:实际?|已)(?:到|出席|出勤|参会|参加|参训|参学)(?:会|场)?(?:人数|人次|天数)?$/;
/**
 * 应到…实到… typed without a comma between (应到20人实到20人: verdict61, “预计或计划” before): the two clauses, parted
 * where the second begins (group 1, group 2).
 */
export const ACTUAL_DUE_THEN_ATTENDED =
  /(应(?:到|出席|出勤|参会|参加|参训|参学)[^，,；;。]*?\d[^，,；;。]*?)((?:实际?|已)(?:到|出席|出勤|参会|参加|参训|参学))/;
/**
 * A share of the target said done (100%完成, 完成100%, 完成率100%, 已完成全年任务的95%): group 1 or 2, the share. The
 * target's own share, not the schedule's (按进度完成, 序时) nor a share of something else (合格率).
 */
export const ACTUAL_SHARE_DONE =
  /^(?:已经?|均已|全部|共)?(?:(?:完成|达成)了?(?:(?:全年|年度|本年度?|今年)?(?:目标|任务|计划|指标)值?的)?|(?:任务|目标)?完成率(?:为|达到?)?)(\d+(?:\.\d+)?)%$|^(\d+(?:\.\d+)?)%(?:完成|达成)(?:(?:全年|年度)?(?:目标|任务|计划))?$/;
/** The suffixes an actual's own patterns read as open upward / downward (ACTUAL_UNBOUNDED_ABOVE / _BELOW). */
export const ACTUAL_OPEN_SUFFIX = { above: "以上", below: "以下" } as const;

/**
 * Words of a change only actuals use, with their sign: a turn the other way (不降反升6% under 能耗下降率 is a rise:
 * verdict57, read as a fall of 6, met, before), a rebound or a slide (反弹, 回升, 上涨, 回落, 下滑), a saving (节省).
 */
const ACTUAL_ONLY_CHANGE_WORDS: readonly (readonly [word: string, sign: 1 | -1])[] = [
  ["不降反升", 1],
  ["不降反增", 1],
  ["不减反增", 1],
  ["不减反升", 1],
  ["反弹", 1],
  ["回升", 1],
  ["反升", 1],
  ["反增", 1],
  ["上涨", 1],
  ["升高", 1],
  ["增高", 1],
  ["不升反降", -1],
  ["不增反降", -1],
  ["不增反减", -1],
  ["不升反减", -1],
  ["回落", -1],
  ["下滑", -1],
  ["反降", -1],
  ["下跌", -1],
  ["节省", -1],
];
const LONG_CHANGE_WORDS = [...CHANGE_WORDS.filter(([w]) => w.length > 1), ...ACTUAL_ONLY_CHANGE_WORDS];

// A one-character change word only right before its number (增372人次, 降5%), perhaps with what changed (增收27万元,
// 减支3万元: income up, spending down; verdict54): 增值, 减免 stay words. 多 / 少 only after a baseline (比上年少10人:
// verdict56, read as 10 done before); 了 after a word of two (下降了6%: verdict56, “应填写数值” before).
const changeActual = (sign: 1 | -1) =>
  new RegExp(
    `^(?:${BASELINES})?\\s*(?:(?:${alternation(
      LONG_CHANGE_WORDS.filter(([, s]) => s === sign).map(([w]) => w),
    )})了?\\s*|(?:${alternation(
      CHANGE_WORDS.filter(([w, s]) => s === sign && w.length === 1).map(([w]) => w),
    )})[${CHANGED_WHAT}]?(?=[\\d.]))|^(?:${BASELINES})${sign > 0 ? "多" : "少"}(?:了|[${MORE_OR_LESS_WHAT}])?(?=[\\d.])`,
  );
/** A baseline in words or as a year (较2023年增长6%: verdict61, “应填写数值” before; the target's CHANGE_BASELINE_YEAR). */
const BASELINES = `${alternation(CHANGE_BASELINES)}|${CHANGE_BASELINE_YEAR.source.slice(1)}`;
/** What is more or less after a baseline (比上年多用6%, 少收6%: verdict57, read as 6 under any name before). */
const MORE_OR_LESS_WHAT = "用耗收支花出";
/** What changed, written between a one-character change word and its number: 增收 (income), 增产, 减支 (spending). */
const CHANGED_WHAT = "收产支";

/** Signed words of a change actual: "提高12%" = +12, "同比下降4%" = −4 (the change words of notation.ts). */
export const ACTUAL_CHANGE_WORDS: ReadonlyArray<readonly [RegExp, 1 | -1]> = [
  [changeActual(1), 1],
  [changeActual(-1), -1],
];

/**
 * What changed, named before the change word of an actual (`体检率下降1%`, `签约率提高1%`: 蚕茶卫生院 2021, written as
 * its target `签约率提高1%、体检率提高2%` is): the words dropped against a change target, the change read. Never a
 * word that turns the change round (负增长6%, 不增加: review56b, read as a rise of 6, met, before).
 */
export const CHANGE_SUBJECT = new RegExp(
  `^[\\p{Script=Han}]{1,10}?(?<![负不未没])(?=(?:${alternation(LONG_CHANGE_WORDS.map(([w]) => w))}))`,
  "u",
);

/** Marks users put into tick-box columns (偏差原因 经费保障 √, 完成目标可能性 确定能 √). */
export const CHECK_MARKS = /^(√|✓|✔|☑|■|●|是|Y|y|1)$/;

/** Words before an actual that restates the target and say it is done: 已按计划实施, 均及时. */
export const RESTATE_PREFIXES: readonly string[] = ["已经", "均已", "全部", "已", "均"];
/** Words before an actual that restate the target negated: 未及时, 未按计划实施, 没有完成. */
export const NEGATION_PREFIXES: readonly string[] = ["尚未", "没有", "未能", "未", "不", "没"];
/** Words before an actual that restates the target and say it is partly done: 基本达到 (against 达到预期), 部分保障. */
export const PARTLY_PREFIXES: readonly string[] = ["大部分", "基本上", "基本", "部分"];
/**
 * A target's words that negate what follows (未发生, 不超标, 无事故, 零投诉): an actual restating only what follows them
 * (发生 against 未发生) says the opposite, so it is no restatement.
 */
export const NEGATING_WORDS = /[未不没无零非]/;

/**
 * The sign of a target that only names a direction (增加, 有所提升, 逐步提高, 下降: qualitative, no baseline, no amount),
 * or null: a change typed in that direction answers it (增372人次 against 增加, verdict54).
 */
export function directionOf(target: string): 1 | -1 | null {
  const word = DIRECTION_TARGET.exec(target)?.[1];
  return CHANGE_WORDS.find(([w]) => w === word)?.[1] ?? null;
}
/** Not 增幅 / 降幅 (a size, not a direction) nor 增 alone. */
const DIRECTION_TARGET = new RegExp(
  `^(?:${CHANGE_ADVERBS.join("|")})?(${CHANGE_WORDS.map(([w]) => w)
    .filter((w) => w.length > 1 && !/[幅速]$/.test(w))
    .join("|")})$`,
);

/**
 * A conclusion of passing typed under a share of it (合格 / 验收合格 / 不合格 under 验收合格率 100%, 及时 under 完成及时率:
 * verdict64, “应填写数值” before): group 1 says every one passed (全部, 均, 都), group 2 the passing word, matched with the
 * indicator's name (PASS_SHARE_NAME). Without 全部 it is no share (one item, or the work as a whole), said.
 */
export const PASS_CONCLUSION = /^(全部|均|都|全部均)?(?:验收|检验|检查|考核)?(不?(?:合格|及时|达标|通过))$/;

/**
 * A note in brackets saying the work is done (2024年11月（已完成）, 2024.11（已验收）: verdict64, “时限指标应填写完成日期”
 * before): the time before it is when it was done. Not a plan's (（计划）) nor a negation (（未验收）).
 */
export const DONE_ASIDE = /^(?:已经?|均已|全部)(?:完成|验收|竣工|完工|交付|办结|实施)(?:验收)?$/;

/**
 * The same note typed after the number without brackets (95% 已完成, 95%，已完成, 120人已完成: verdict71, “应填写数值”
 * before): read as 95%（已完成）, the figure marked final. Group 1 the number as typed, group 2 the note.
 */
export const DONE_AFTER_NUMBER =
  /^(.*\d[^\d]*?)[\s，,、]*((?:已经?|均已|全部)(?:完成|验收|竣工|完工|交付|办结|实施)(?:验收)?)[。.]?$/;

/**
 * Funds said all in place (已全部到位, 资金已足额到位, 均已到位: verdict71, “应填写数值” before): under a rate of arrival
 * (资金到位率) the whole, 100 %. Not 未全部到位, 部分到位, nor 已到位 alone (how much is not said).
 */
export const ALL_IN_PLACE = /^(?:资金)?(?:已经?)?(?:全部|全额|足额|均已?)(?:已经?)?到位$/;

/**
 * A count of sessions, then the count the target asks for (共3期120人, 举办3期培训120人: verdict71, “应填写数值”
 * before): group 3 the unit of the second; read only where it is the target's (120 of 人), never the sessions'.
 */
export const SESSIONS_THEN_COUNT =
  /^(?:共|累计|合计|全年)?(?:举办|开展|组织)?(\d+)(?:期|批|班|场|轮|个班)(?:培训)?[，,、]?(?:共|累计|合计)?(?:培训)?(\d+(?:\.\d+)?)([^\d，,、]+)$/;

/** A note that the work was done late (2024年12月完成（延期）: verdict65): done at the time before it, late or not. */
export const LATE_ASIDE = /^(?:已经?)?(?:延期|逾期|推迟|延迟|超期)(?:完成|竣工|完工)?$/;

/** A done word with the value in brackets after it (已完成（95%）, 完成（18500人）: verdict64, “应填写数值” before). */
export const DONE_THEN_ASIDE = /^(?:已经?|均已|全部)?(?:完成|实现|达到)[（(]([^（）()]+)[）)]$/;

/** On time, alone, under a deadline (按时, 如期: verdict64, “时限指标应填写完成日期” before): done by it, as 按时完成. */
export const ON_TIME = /^已?(?:按时|按期|如期)$/;

/**
 * A rise word before a range typed under a rise to reach (增长5%-8% under 较上年增长5%: verdict64), a baseline perhaps
 * before it (同比增长5%-8%, 环比增长5%-8%: verdict65 — the baseline is compared after reading, countedTimeSaid).
 */
export const RISE_BEFORE_RANGE = /^(?:同比|环比|较上年|比上年|较去年)?(?:增长|提高|增加|上升|提升)/;

/** A fall word before a range typed under a fall to reach (下降5%-8% under 较上年下降5%: verdict65, “2 个数” before). */
export const FALL_BEFORE_RANGE = /^(?:同比|环比|较上年|比上年|较去年)?(?:下降|降低|减少|下滑|压减|缩减)/;

/**
 * Not applicable typed as the actual (不适用, N/A, 不涉及, 本年度不涉及, 无此项: verdict65, “应填写数值” before): a claim
 * that the indicator does not apply, which needs a reason — not judged, not scored, said so.
 */
export const NOT_APPLICABLE =
  /^(?:本年度?|本期|本项目|该项目?|此项|该指标|本指标)?(?:不适用|不涉及|无此项|无此指标|无该项)(?:本项目)?$|^n\/?a$/i;
