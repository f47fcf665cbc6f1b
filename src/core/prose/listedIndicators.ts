/**
 * Indicators listed inside one text cell (some units publish a list of projects whose 绩效目标 cell holds every
 * indicator, e.g. 黄山市公安局 2025):
 *
 *   【总体目标】保障雪亮工程机房租赁延续……
 *   【产出指标-数量指标】
 *   指标1:机柜数量(≥77台)
 *   【产出指标-质量指标】指标1：视频监控在线率（≥0.97比例）；指标2：…
 *
 * A 【一级-二级】 heading sets the levels of the 指标N that follow it; an indicator's target is its last bracket
 * (（≥77台）) or, without one, what follows its last colon (机柜数量:≥77台) or starts at its comparator (满意度≥90%). Full- and half-width brackets and
 * colons, 指标1: / 指标一、, several per line or one per line.
 *
 * @example
 * listedIndicators("【产出指标-数量指标】\n指标1:机柜数量(≥77台)")
 * // { goal: "", items: [{ level1: "产出指标", level2: "数量指标", name: "机柜数量", text: "≥77台" }] }
 */

interface ListedIndicator {
  level1: string;
  level2: string;
  name: string;
  /** The target as written (normalised brackets and colons), "" when none is given. */
  text: string;
  /** The line it came from, as written. */
  line: string;
}

export interface ListedGoals {
  /** The 总体目标 / 年度目标 text before the first level heading, if labelled so. */
  goal: string;
  items: ListedIndicator[];
}

/** 【产出指标-数量指标】, [效益指标—社会效益指标], 【满意度指标】: a level-1 word ending in 指标, then an optional level 2. */
const LEVEL_HEADING = /[【[［]\s*([^【】[\]［］\-—–－_/]*?指标)\s*(?:[-—–－_/]\s*([^【】[\]［］]*?))?\s*[】\]］]/g;
/** 指标1: / 指标１： / 指标一、 / 指标 2. — the start of one indicator. */
const ITEM_START = /指标\s*(?:[0-9０-９]+|[一二三四五六七八九十]+)\s*[:：、.．]/g;
/** 【总体目标】 / 【年度目标】 / 【绩效目标】 label before the goal text. */
const GOAL_LABEL = /[【[［]\s*(?:总体|年度|绩效|年度总体)目标\s*[】\]］]\s*[:：]?/;
const TRAILING_PUNCTUATION = /[\s;；,，。、]+$/;
/** The last bracketed part of an item: its target. */
const LAST_BRACKET = /[（(]([^（）()]*)[）)]$/;
const LAST_COLON = /^(.*)[:：]([^:：]*)$/;
/** 群众满意度≥90%: the target starts at its comparator. */
const COMPARATOR = /[≥≤<>=＜＞＝]/;

function splitItem(body: string): { name: string; text: string } {
  const item = body.replace(TRAILING_PUNCTUATION, "").trim();
  const bracket = LAST_BRACKET.exec(item);
  if (bracket && bracket.index > 0) return { name: item.slice(0, bracket.index).trim(), text: bracket[1].trim() };
  const colon = LAST_COLON.exec(item);
  if (colon && colon[1].trim() && colon[2].trim()) return { name: colon[1].trim(), text: colon[2].trim() };
  const op = COMPARATOR.exec(item);
  if (op && op.index > 0) return { name: item.slice(0, op.index).trim(), text: item.slice(op.index).trim() };
  return { name: item, text: "" };
}

/** The indicators listed in a text, or null when it has no 【一级-二级】 heading followed by 指标N items. */
export function listedIndicators(text: string): ListedGoals | null {
  const headings = [...text.matchAll(LEVEL_HEADING)];
  if (headings.length === 0) return null;
  const items: ListedIndicator[] = [];
  headings.forEach((h, i) => {
    const start = h.index! + h[0].length;
    const section = text.slice(start, headings[i + 1]?.index ?? text.length);
    const starts = [...section.matchAll(ITEM_START)];
    starts.forEach((s, j) => {
      const body = section.slice(s.index! + s[0].length, starts[j + 1]?.index ?? section.length);
      const { name, text: target } = splitItem(body);
      if (!name) return;
      items.push({
        level1: h[1].trim(),
        level2: (h[2] ?? "").trim(),
        name,
        text: target,
        line: section.slice(s.index!, starts[j + 1]?.index ?? section.length).trim(),
      });
    });
  });
  if (items.length === 0) return null;
  const before = text.slice(0, headings[0].index);
  const label = GOAL_LABEL.exec(before);
  const goal = label
    ? before
        .slice(label.index + label[0].length)
        .replace(TRAILING_PUNCTUATION, "")
        .trim()
    : "";
  return { goal, items };
}
