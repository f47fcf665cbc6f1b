/**
 * The shapes of our blocks: the columns of each kind and how their headers are recognised, as we write them or as the
 * clerk may have renamed them. Apart from the block planning (blocks.ts) so the reader can find our blocks too
 * (ourColumns.ts) without the plan's modules.
 */
import { cellTextOf } from "../read/cellText";
import { toHalfWidth } from "../read/text";
import type { BlockShape } from "./ownership";
import { MONITOR_COLUMNS, SCHEDULE_COLUMNS } from "./words";

const sameText = (words: { zh: string; en: string }) => (text: string) =>
  text.trim() === words.zh || text.trim() === words.en;

/** "执行数（万元）" / "Spent (元)": a header with the table's money unit in it. */
const withUnit = (words: { zh: string; en: string }) => (text: string) =>
  [words.zh, words.en].some((w) => {
    const [before, after = ""] = w.split("{unit}");
    const t = text.trim();
    return t.length > before.length + after.length && t.startsWith(before) && t.endsWith(after);
  });

/** Half-width, without spaces, lower case: header texts compared for the words they hold. */
const folded = (text: string) => toHalfWidth(text).replace(/\s+/g, "").toLowerCase();

/**
 * A header of ours the clerk renamed that still names our column: it holds our header's words (状态 → 完成状态,
 * 实际完成值 → 1-10月实际完成值, 执行数（万元） → 累计执行数（万元）), or the reader reads it as the column ours is (完成可能性
 * → 完成目标可能性, the national template's words). A header renamed to anything else (负责人) names a column of theirs.
 */
const stillNames = (words: { zh: string; en: string }) => {
  const stems = [words.zh, words.en].map((w) => folded(w.split("{unit}")[0].replace(/[（(\s]+$/, "")));
  const role = cellTextOf(words.zh).column;
  return (text: string) => {
    const t = folded(text);
    return stems.some((stem) => t.includes(stem)) || (role !== null && cellTextOf(text).column === role);
  };
};

export const INDICATOR_SHAPE: BlockShape = {
  kind: "indicators",
  columns: MONITOR_COLUMNS.map((c) => ({
    key: c.key,
    role: c.role,
    matches: sameText(c.header),
    renamed: stillNames(c.header),
  })),
};

/** Words for money spent or paid; not a rate, a plan or a forecast of it (执行率, 支出计划, 预计支出). */
const SPENT_WORDS = /支出|支付|付款|拨付|执行数|执行金额|spent|paid|expend/;
const NOT_SPENT = /率|计划|进度|预计|rate|plan|progress|forecast/;

/**
 * Our 执行数 header renamed by the clerk to their own words for the money spent (已支付金额, 累计支出（万元）,
 * 截至9月支出): still the column of the amount spent, read as ours (the reader: ourHeaders.ts). A header renamed to
 * anything else (负责人) is a column of theirs.
 */
export const namesSpent = (text: string): boolean => {
  const t = folded(text);
  return SPENT_WORDS.test(t) && !NOT_SPENT.test(t);
};

export const SCHEDULE_SHAPE: BlockShape = {
  kind: "schedule",
  columns: SCHEDULE_COLUMNS.map((c) => {
    const still = stillNames(c.header);
    return {
      key: c.key,
      role: c.role,
      matches: c.header.zh.includes("{unit}") ? withUnit(c.header) : sameText(c.header),
      renamed: c.key === "spent" ? (text: string) => still(text) || namesSpent(text) : still,
    };
  }),
};
