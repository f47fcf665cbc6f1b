/** Walking the reader's vocabulary (locale/zh/reader.ts): a normalised label → its role. */
import { FORM_NAME_TITLE, NOTICE_TITLE, TITLE_END, TITLE_WORDS, type Vocabulary } from "../locale/zh/reader";

/** Labels repeat a lot (工作计划, 产出指标 …): remember each vocabulary's answers. */
const memo = new WeakMap<object, Map<string, unknown>>();
const MEMO_LIMIT = 20_000;

/** The role of the first entry whose pattern matches `key`, or null. */
export function lookup<R>(vocabulary: Vocabulary<R>, key: string): R | null {
  if (!key) return null;
  let answers = memo.get(vocabulary) as Map<string, R | null> | undefined;
  if (!answers) memo.set(vocabulary, (answers = new Map()));
  // One look-up: roles are never undefined, so undefined means "not asked yet".
  const known = answers.get(key);
  if (known !== undefined) return known;
  let found: R | null = null;
  // An index loop reading each pair by position: destructuring `[role, pattern]` in code not yet optimised walks an
  // iterator per entry (~1,000 instructions), and this runs on each label's first sight, mostly cold.
  for (let i = 0; i < vocabulary.length; i++) {
    if (vocabulary[i][1].test(key)) {
      found = vocabulary[i][0];
      break;
    }
  }
  if (answers.size >= MEMO_LIMIT) answers.clear();
  answers.set(key, found);
  return found;
}

/**
 * A title line: "1.办公用品采购绩效目标表", "2024年度项目支出绩效自评表", "部门整体支出绩效目标申报表"; `text` as written
 * (a label's value, 评价方式:…绩效自评, has a colon its key has not).
 */
export function isTitleText(key: string, text: string = key): boolean {
  if (key.length > 120 || !TITLE_WORDS.test(key)) return false;
  return TITLE_END.test(key) || isFormName(key, text);
}

/**
 * A title only by FORM_NAME_TITLE (…绩效目标自评, no 表): it is one only alone on its row, as a title stands; in a
 * table's first column beside targets it is an indicator (开展部门整体绩效目标自评 | 1次 | 1次), not the table's end.
 */
export function isFormName(key: string, text: string = key): boolean {
  return !TITLE_END.test(key) && FORM_NAME_TITLE.test(key) && !/[:：]/.test(text);
}

/**
 * The project a notice's heading names (关于“2018生物实验教学中心建设项目”预算绩效评价结果的公示 → 2018生物实验教学中心建设项目,
 * its quotes dropped), null for any other line.
 */
export function noticeName(title: string): string | null {
  const m = NOTICE_TITLE.exec(title.replace(/\s+/g, ""));
  if (!m) return null;
  const name = m[1].replace(/^[“"「『](.+)[”"」』]$/, "$1");
  // A notice of a year's goals or results (关于2024年度部门预算绩效目标的公示, 关于公布2023年度项目绩效自评结果的公示,
  // 关于XX县2024年预算绩效评价结果的公示) names no project: what it quotes ends in the year or the unit's own words.
  return NO_PROJECT_IN_NOTICE.test(name) ? "" : name;
}

/** What a notice of no one project says before its form's words: a year, then at most 部门 / 单位 (整体, 预算). */
const NO_PROJECT_IN_NOTICE = /(?:^|\d{4}年度?)(?:部门|单位)?(?:整体|预算)?$/;
