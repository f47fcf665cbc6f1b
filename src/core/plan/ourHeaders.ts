/**
 * Our block headers as the reader sees them. The reader knows headers by their Chinese words, and reads the headers
 * of a block we wrote like the clerk's (our 实际完成值 column is where they type the actual; the 状态 column is ours to
 * compute). A header we wrote in English (the pane's or the CLI's English) is read as its Chinese words, so a check
 * after a check reads the same table whatever language either was in. Only a cell our record vouches for: the record
 * fingerprinted that very text on that sheet (wherever inserted rows or columns moved it since). A header the clerk
 * changed no longer prints as ours: it is theirs, read as they wrote it.
 */
import type { CellValue, SheetSnapshot } from "../types";
import { cellPrint, PRINT_WIDTH } from "./fingerprint";
import type { Marks } from "./types";
import { MONITOR_COLUMNS, SCHEDULE_COLUMNS } from "./words";

const UNIT = "{unit}";

/** English header → Chinese, for the headers without the money unit in them. */
const FIXED = new Map(
  [...MONITOR_COLUMNS, ...SCHEDULE_COLUMNS]
    .filter((c) => !c.header.en.includes(UNIT))
    .map((c) => [c.header.en, c.header.zh]),
);
/** "Spent ({unit})" → "执行数（{unit}）", split around the unit. */
const WITH_UNIT = SCHEDULE_COLUMNS.filter((c) => c.header.en.includes(UNIT)).map((c) => {
  const [before, after] = c.header.en.split(UNIT);
  return { before, after, zh: c.header.zh };
});

/** The Chinese words of one of our English headers, or null when the text is none. */
export function chineseHeader(text: string): string | null {
  const fixed = FIXED.get(text);
  if (fixed !== undefined) return fixed;
  for (const w of WITH_UNIT)
    if (text.length > w.before.length + w.after.length && text.startsWith(w.before) && text.endsWith(w.after))
      return w.zh.replace(UNIT, text.slice(w.before.length, text.length - w.after.length));
  return null;
}

/** The fingerprints the record holds for a sheet. */
function printsOf(prints: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + PRINT_WIDTH <= prints.length; i += PRINT_WIDTH) out.add(prints.slice(i, i + PRINT_WIDTH));
  return out;
}

/**
 * The sheet as the reader reads it: our English headers (the record vouching for them) in Chinese. The sheet itself
 * when there is none (the same object: a first run, a Chinese one, pays one look at each text cell).
 */
export function ourHeadersInChinese(sheet: SheetSnapshot, record: Marks | null): SheetSnapshot {
  const prints = record?.prints?.[sheet.name];
  if (!prints) return sheet;
  let ours: Set<string> | undefined;
  let values: CellValue[][] | undefined;
  const rows = sheet.values;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) {
      const text = row[c];
      if (typeof text !== "string") continue;
      const zh = chineseHeader(text);
      if (zh === null || sheet.formulas?.[r]?.[c]) continue;
      ours ??= printsOf(prints);
      if (!ours.has(cellPrint(text, null))) continue;
      values ??= rows.slice();
      if (values[r] === row) values[r] = row.slice();
      values[r][c] = zh;
    }
  }
  return values ? { ...sheet, values } : sheet;
}
