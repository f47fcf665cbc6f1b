/** Indicator levels (一级 / 二级指标) of the national framework, with and without the 指标 suffix. */

/** 一级指标 names. */
export const LEVEL1_NAMES: readonly string[] = ["产出", "效益", "满意度"];

/** 二级指标 names, including the cost categories of the 2021 national framework. */
export const LEVEL2_NAMES: readonly string[] = [
  "数量",
  "质量",
  "时效",
  "成本",
  "经济效益",
  "社会效益",
  "生态效益",
  "可持续影响",
  "服务对象满意度",
  "经济成本",
  "社会成本",
  "生态环境成本",
];

/** A whole level cell: `产出`, `产出指标`. */
export const LEVEL1 = new RegExp(`^(?:${LEVEL1_NAMES.join("|")})(?:指标)?$`);
export const LEVEL2 = new RegExp(`^(?:${LEVEL2_NAMES.join("|")})(?:指标)?$`);
/**
 * A 一级 cell holding only its points, `(50分)`: the vertical label lost (天长 2022, 宣城 2021 — a page's text keeps the
 * points under a label drawn down the cell). It names no category: its rows count for the one their 二级 names.
 */
export const POINTS_ONLY_LEVEL = /^[(（]?\d+(?:\.\d+)?分[)）]?$/;

/** A note after a level: 成本指标(必填硬性指标), 时效指标（必填）, 经济效益指标(选填). */
export const LEVEL_NOTE = /[(（][必选]填[^)）]*[)）]$/;

/**
 * A heading row over indicator rows, numbered as a list (一、投入目标 / 三、产出目标 over 1.数量目标, 宜兴 2016): the
 * level of the rows below it, in a table without a level column. 一级 names of evaluation frameworks too (投入 / 过程 /
 * 管理 / 决策 / 效果).
 */
export const LEVEL1_HEADING = new RegExp(
  `^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])(${[...LEVEL1_NAMES, "投入", "过程", "管理", "决策", "效果"].join("|")})(?:指标|目标)$`,
);
export const LEVEL2_HEADING = new RegExp(
  `^(?:[0-9]{1,2}[、.．]|[(（][0-9]{1,2}[)）])(${LEVEL2_NAMES.join("|")})(?:指标|目标)$`,
);

/** A word that makes a cell a 一级 label of some template (产出, 效益, 满意度, 成本 … and 自评's 决策 / 管理). */
export const LEVEL1_WORD = /(产出|效益|效果|满意度|成本|影响|管理|过程|决策)(指标)?/;

/**
 * A scoring sheet's budget execution row (项目管理 → 资金管理 → 预算执行率, or 产出 → 数量 → 预算执行率): scored by the
 * execution rule, not as a target (docs/domain.md#self-evaluation). Matched on the name without spaces.
 */
export const EXECUTION_RATE_NAME = /^(年度|全年|项目)?(预算|资金)(执行率|支出率|执行进度)(情况)?$/;

/**
 * A block's points written in its level label: 产出指标（50分）, 满意度指标(10分), or at the end without brackets as
 * 广水's 2021 form writes its levels (产出指标40分 over 数量指标15分).
 */
const LEVEL_WEIGHT = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]|(\d+(?:\.\d+)?)\s*分$/;

/** The points written in a level label (产出指标（50分）, 数量指标15分), or null. */
export function levelWeight(label: string): number | null {
  const m = LEVEL_WEIGHT.exec(label.trim());
  return m ? Number(m[1] ?? m[2]) : null;
}
