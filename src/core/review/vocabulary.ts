/**
 * The Chinese vocabulary of target review (绩效目标审核, docs/domain.md#target-review), as tables.
 * Matching is by `includes` on compact text (no spaces, half-width); add a word here, not an `if` in a rule.
 */

import type { Level1Kind, OutputSubtype } from "../locale/messages";

export type { Level1Kind };

/** The three 一级 categories every project table must have, with a word that recognises each (named in the catalogues). */
export const LEVEL1_KINDS: readonly (readonly [word: string, kind: Level1Kind])[] = [
  ["产出", "output"],
  ["效益", "effect"],
  ["满意", "satisfaction"],
];

/**
 * Other templates' own 一级 names. A container holds 产出 and 效益 二级 under one name (the NDRC 中央预算内投资
 * template's 实施效果指标); a criterion is a scoring sheet's 项目决策 / 项目管理 / 项目过程 / 投入 row, not a target;
 * the rest name a category in their own words (效果指标, the 2021 template's 成本指标 beside 产出, 项目完成指标).
 */
export const LEVEL1_CONTAINERS: readonly string[] = ["实施效果"];
// 投入: the inputs of an evaluation framework (投入目标 → 预算完成率, 资金到位率: 宜兴 2016), scored like 预算执行.
export const LEVEL1_CRITERIA: readonly string[] = ["决策", "管理", "项目过程", "预算执行", "投入"];
export const LEVEL1_ALIASES: readonly (readonly [word: string, kind: Level1Kind])[] = [
  ["效果", "effect"],
  ["成本", "output"],
  // 四川 申报表 (广元 昭化 2021): 项目完成指标 over 数量 / 质量 / 时效 / 成本, beside 项目效益指标.
  ["项目完成", "output"],
  // 海南's early 项目绩效目标表 (海口 2016): 产出指标 / 成效指标 / 效率指标, 成效 the effect of the project.
  ["成效", "effect"],
];

/**
 * A category a 一级 may hold besides its own: the 2015 national 项目支出绩效目标申报表 lists 社会公众或服务对象满意度指标
 * among the 二级 of 效益指标 (湖南 湘潭 2023, 武汉 青山 2020 use it). Such a row counts for 满意度, no type error.
 */
export const NESTED_KINDS: readonly (readonly [parent: Level1Kind, child: Level1Kind])[] = [["effect", "satisfaction"]];

/** 二级指标 words and the 一级 category they belong to (checked in order; the first match wins). */
export const LEVEL2_KINDS: readonly (readonly [word: string, kind: Level1Kind])[] = [
  ["满意", "satisfaction"],
  ["效益", "effect"],
  ["可持续", "effect"],
  ["影响", "effect"],
  ["数量", "output"],
  ["质量", "output"],
  ["时效", "output"],
  ["成本", "output"],
  // Under a container (实施效果指标) the 二级 names the category itself.
  ["产出", "output"],
];

/** The four 产出 sub-categories a project table should cover. */
export const OUTPUT_SUBTYPES: readonly (readonly [word: string, kind: OutputSubtype])[] = [
  ["数量", "quantity"],
  ["质量", "quality"],
  ["时效", "timeliness"],
  ["成本", "cost"],
];

/** 二级指标 whose targets must be numbers: a qualitative target there is "not measurable". */
export const NUMBER_EXPECTED_LEVEL2: readonly string[] = ["数量", "质量", "成本"];

/** The cost category: a ≥ / > target there is a contradiction. */
export const COST_LEVEL2: readonly string[] = ["成本"];

/** Names of rates / shares: their target should be a percentage, not a count. */
export { RATE_NAME_WORDS } from "../locale/zh";

/** Names of counts: their target should be a count, not a percentage. */
export const COUNT_NAME_WORDS: readonly string[] = [
  "人数",
  "数量",
  "次数",
  "个数",
  "件数",
  "户数",
  "场次",
  "台数",
  "套数",
];

/** Count units (canonical) that do not fit a rate. */
export { COUNT_UNITS } from "../locale/zh";

/** Names whose percentages may pass 100 % (growth against last year, multiples). */
export { GROWTH_NAME_WORDS } from "../locale/zh";

/** Parenthesised units and the word 指标 are dropped before comparing a target with its indicator's name. */
export const NAME_NOISE: readonly RegExp[] = [/\([^()]{0,6}\)$/, /指标$/, /[。；;，,、.]+$/];
