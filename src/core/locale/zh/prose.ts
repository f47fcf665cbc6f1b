/**
 * The vocabulary of thresholds written inside sentences (部门整体绩效目标 in prose), as tables.
 * Matched against text that went through normalizeText (half-width digits, `%`, `(`).
 */
import { alternation } from "../../regExp";
import { WITHIN_WORDS } from "./calendar";
import { LEVEL1_NAMES, LEVEL2_NAMES } from "./levels";
import { CHANGE_WORDS, PREFIX_OPS, REACH_WORDS, SUFFIX_OPS } from "./notation";
import { COUNT_UNITS, TIME_UNITS, UNIT_ALIASES, writtenForms } from "./units";

/** Comparator words before a number: the target notation's, plus the "reach" words of prose (not 为 / 是). */
export const PROSE_PREFIXES: readonly string[] = [
  ...PREFIX_OPS.map(([w]) => w),
  ...REACH_WORDS.filter((w) => w !== "为" && w !== "是"),
];

/** Comparator words after a number: 以上, 以下, 以内 … (bare 内 only for durations). */
export const PROSE_SUFFIXES: readonly string[] = SUFFIX_OPS.map(([w]) => w).filter((w) => w !== "内");
export const DURATION_SUFFIXES: readonly string[] = WITHIN_WORDS;

/** Words of a relative change: `提高10%` (the notation's change words of two characters or more). */
export const PROSE_CHANGE_WORDS: readonly string[] = CHANGE_WORDS.map(([w]) => w).filter((w) => w.length > 1);

export const PROSE_PERCENT_UNITS: readonly string[] = writtenForms(["%", "‰", "百分点"]);
/** Count units that make a threshold with a comparator: `不少于2次`, `3万元`. */
export const PROSE_COUNT_UNITS: readonly string[] = writtenForms([...COUNT_UNITS, "万元", "元"]);
/** Any unit as written (after the form's hint the number is the threshold, whatever its unit: `≥17600株`). */
export const PROSE_ANY_UNITS: readonly string[] = Object.keys(UNIT_ALIASES);
/** Time units of a duration: `3个月以内`, `10日内`. */
export const PROSE_TIME_UNITS: readonly string[] = writtenForms(TIME_UNITS);

/** Sentence and clause separators (normalised text). */
export const SENTENCE_SEPARATORS = /[。；;!?！？\n]+/;
export const CLAUSE_SEPARATORS = /[，,：:]+/;

/** Labels that open a paragraph and are not part of any indicator. */
export const PARAGRAPH_LABELS: readonly RegExp[] = [/^(?:绩效指标|绩效目标|整体绩效目标|年度目标|总体目标)$/];

/** Lead-ins stripped from the front of a name: `坚决完成高检院提出的…`, `不断提升…`, `力争在…`. */
export const NAME_LEAD_INS: readonly RegExp[] = [
  /^.*提出的/,
  /^(?:同时|坚持|不断|进一步|努力|力争|确保|全年|继续|持续)+/,
  /^(?:提升|提高|实现|做到|保持|在)/,
];
/** Trailing words stripped from a name. */
export const NAME_TAILS: readonly RegExp[] = [/(?:的|要|应|须|需)+$/];

/** A definition clause (`X占Y的比例`): the indicator's name is the clause before it. */
export const DEFINITION_CLAUSE = /占|^的?(?:比例|比率)$/;
/** Clause endings that make a clause an indicator name (`…采纳率`, `…满意度`). */
export const NAME_ENDINGS = /(?:率|度|比|数|量|次数)$/;
/** `在2023年X的基础上提高10%` → X. */
export const CHANGE_BASELINE = /(?:19|20)\d{2}年度?(.+?)的?基础上$/;
/** Verbs that end the text before `不少于2次的X`: the name is X. */
export const ACTION_VERBS: readonly string[] = [
  "开展",
  "组织",
  "举办",
  "召开",
  "完成",
  "实施",
  "进行",
  "发布",
  "报送",
  "制作",
];

/** Headings above a prose paragraph: `(一)做好检察监督工作`, `一、总体绩效目标`, `1.…`. */
export const HEADING = /^(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．])\s*\S/;
export const HEADING_NUMBER = /^(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．])\s*/;
export const HEADING_MAX_LENGTH = 40;

/** Where a name says which 一级 / 二级 it belongs to; otherwise the unit decides (see extractProse). */
export const NAME_LEVELS: readonly (readonly [word: string, level1: string, level2: string])[] = [
  ["满意", "满意度指标", "服务对象满意度指标"],
  ["效益", "效益指标", "社会效益指标"],
];

/**
 * A clause that only names a level (`数量指标:`, `经济效益指标:`, `社会效益目标:`, `服务对象满意度指标,`): the
 * thresholds after it, in the same text, are of that level (宁夏 同心 2023 writes its goals so).
 */
export const PROSE_LEVEL_LABEL = new RegExp(`^★*(${alternation([...LEVEL2_NAMES, ...LEVEL1_NAMES])})(?:指标|目标)$`);
/** The 一级 a stated 二级 belongs to (first match; 产出 for the rest: 数量, 质量, 时效, 成本). */
export const LEVEL2_PARENTS: readonly (readonly [word: string, level1: string])[] = [
  ["满意", "满意度指标"],
  ["效益", "效益指标"],
  ["可持续", "效益指标"],
];

// ───────────── Text that states figures but no target of the user's (the prose reader skips it) ─────────────

/**
 * A sentence that is a scoring rule (评分标准 / 评分规则 of an evaluation form: `≥70%得3分`, `每降低1%扣1分`,
 * `≠100%则不得分`, `计1分`, `扣完为止`): its thresholds say how points are given, not what the unit aims at.
 * `得分90分以上` (a score as the target) is not one: the rule words are `得3分`, not `得分`.
 */
export const SCORING_RULE = /[得扣计加减]\s*\d+(?:\.\d+)?\s*分|不得分|不计分|扣分|扣完为止|得满分|计满分/;

/**
 * A sentence that tells how to fill the form (填表说明, 备注: `指标值请填写≥90%等`, `如:≥90%`): its figures are
 * examples.
 */
export const INSTRUCTION =
  /请[填按参根]|应当?填[写报]|须填[写报]|填写为|如实填|例如|比如|举例|示例|样例|如[:：“"「≥≤<>]/;

/**
 * A sentence reporting money and changes already past (决算说明: `各下降23.51%`, `主要变动原因是…`, `与2021年相比`;
 * a self-evaluation report: `全年执行数2565万元,预算执行率100%`, `实际完成`; 湖北's 自评结果: `实际下达预算2596万元,全年度
 * 实际总支出2595.6208万元,项目预算执行率99%`, `全年执行300万元,执行率100%,自评分20分`): figures found, not targets.
 * `比上年增长6%` alone stays a target (a goal may be written so), and so do `全年执行率达到90%`, `全年执行进度达到100%`,
 * `实际支出率达到95%`: those words report money only when an amount in 元 follows them.
 */
export const REPORTED_FIGURES =
  /(?:主要|变动|增减)原因|原因(?:是|为|主要)|增减变动|与(?:上年度?|(?:19|20)\d{2}年度?)相比|执行数|决算数|实际完成|实际执行|完成值|实际值|已完成|(?:实际(?:总)?支出|实际下达(?:预算|资金)?|全年执行)[\d.\s]+万?元|自评(?:得)?分\d/;
/** A share without a comparator (`…收入3859.16万元,占93.54%`) is a part reported, not a threshold (`占30%以上` is one). */
export const SHARE_BEFORE = /占$/;

/**
 * A sentence giving what a cited document sets (政策依据: `《“十四五”规划》提出,到2025年覆盖率达到90%以上`): the
 * policy's figure, not the unit's own target for the year (its table states that); so is a horizon `到2025年`
 * stated as a plan's (…年末 / 年底 goals of the unit say 年底 or 全年).
 */
export const POLICY_CITATION =
  /》(?:[^，,。；;]{0,12})?(?:提出|要求|规定|明确|指出|强调|印发)|(?:提出|要求|规定|明确)(?:[^。；;]{0,6})?到(?:19|20)\d{2}年/;

/**
 * A sentence of meeting minutes (`会议指出,全年支出进度达到85%以上`): what was said, not the form's target
 * (`参会人数不少于200人次` is one: only the minutes' own verbs count).
 */
export const MEETING_MINUTES = /会议(?:指出|要求|强调|认为|决定|听取|研究|议定)/;

/**
 * A threshold inside a formula is none: after a multiplication (`…/辖区内常住居民数*100%`, `×100%`), or after the
 * `=` of a ratio (`儿童健康管理率=年度辖区内接受1次及以上随访的…儿童数/…`); `足额保障率=100%` is a target.
 */
export const FORMULA_BEFORE = /[*×xX✕]\s*$/;
export const FORMULA_RATIO = /=[^=]*[/÷]/;

/**
 * Labels of text that holds no goals (the cell's own `注:` / `说明:`, the label left of it, its column's header, the
 * heading or title above it): scoring (评分标准, 分值), notes (备注, 填表说明), the project's grounds (政策依据,
 * 立项依据, 必要性), formulas (计算公式, 指标解释), findings (存在问题, 原因, 整改措施) and minutes (会议纪要).
 * A label naming goals (`绩效目标说明`, `年度目标`) is not one (NOT_GOALS_EXCEPT).
 */
export const NOT_GOALS_LABEL =
  /评分|计分|扣分|得分|打分|分值|权重|评价标准|考核标准|备注|附注|^注\s*\d*$|说明|依据|背景|必要性|可行性|公式|计算方法|指标解释|口径|佐证|存在(?:的)?问题|原因|建议|整改|会议纪要|会议记录/;
export const NOT_GOALS_EXCEPT = /目标|指标值|任务/;
/** A label is the text before a colon opening the cell, at most this long (`填表说明:`, `注1:`). */
export const LEADING_LABEL = /^\s*([^:：，,。；;]{1,10})[:：]/;

/**
 * A sheet whose title or name says it holds no goals: financial statements (收入支出决算表, 资产负债表), minutes,
 * scoring tables and filling instructions — unless it names goals (绩效目标表 / 目标申报表).
 */
export const NOT_GOALS_SHEET =
  /决算|收支总表|收入支出|收入表|支出表|资产负债|收入费用|现金流量|会议纪要|会议记录|评分标准|评分细则|评分表|评分办法|填表说明|填报说明/;
export const GOALS_SHEET = /绩效目标|目标表|目标申报/;

/**
 * A list's name column headed by the places the money goes to (鎮 | 補助資金 (萬元) | 約束性任務, 惠安 2025; 鄉鎮名單,
 * 安溪 2025), folded to simplified characters: each row is that place's own goals, as a row of a list of projects is.
 */
export const PLACE_LIST_COLUMN =
  /^(?:乡镇|乡|镇|街道|乡镇[(（]街道[)）]|镇[(（]街道[)）]|县|区|县区|县[(（]市、区[)）]|市县|县市区|地区|区域)(?:名称|名单)?$/;
