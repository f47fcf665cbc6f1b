/**
 * Edits units make when they copy a published template into their own workbook, each on the workbook as edited so
 * far (layouts.property.test.ts draws them one to three at a time), and what a table is for the clerk (reading).
 */
import fc from "fast-check";
import { keyCol, keyRow } from "../../../../src/core/a1";
import { foldTraditional } from "../../../../src/core/locale/zh/traditional";
import type { CellKey, CellRange, GoalTable, SheetSnapshot, WorkbookSnapshot } from "../../../../src/core/types";
import {
  cellAt,
  pasteCopy,
  insertColumn,
  insertRow,
  mergeCells,
  moveContents,
  rewriteCells,
  typeInto,
  unchanged,
  unmerge,
  type Edited,
} from "./edits";

export interface Original {
  file: string;
  snapshot: WorkbookSnapshot;
  /** The tables read from the grid (not from sentences). */
  grid: GoalTable[];
}

const YUAN = { 元: 1, 万元: 10_000, 亿元: 100_000_000 };
const inYuanOf = (t: GoalTable, v: number | null) =>
  v === null ? null : Math.round(v * YUAN[t.moneyUnit] * 100) / 100;

/** What a table is, for the clerk: its project, money, schedule and indicators — no cell references. */
export function reading(t: GoalTable) {
  return {
    kind: t.kind,
    // A table named after a column quotes its label (项目（績效目標名稱）): in simplified characters here.
    name: foldTraditional(t.name),
    code: t.code,
    // The money in 元, whatever unit the table states it in (10000 万元 is 100000000 元).
    budget: inYuanOf(t, t.budget),
    funds: [t.funds.total, t.funds.fiscal, t.funds.other].map((v) => inYuanOf(t, v)),
    budgetYear: t.budgetYear,
    schedule: t.schedule.map((c) => [c.date, c.percent]),
    indicators: t.indicators.map((i) => ({
      level1: i.level1,
      level2: i.level2,
      name: i.name,
      target: [i.target.kind, i.target.op, i.target.value, i.target.high ?? null, i.target.unit],
    })),
  };
}

// ───────────────────────────── Edits, each on the workbook as edited so far ─────────────────────────────

/**
 * An edit of the workbook edited so far, given the original's tables (their cells moved by `e.map`); `expect`: the
 * tables the clerk then expects read, from those expected so far (the same unless given).
 */
export type Edit = {
  what: string;
  apply: (o: Original, e: Edited) => Edited | null;
  expect?: (tables: GoalTable[]) => GoalTable[];
};

const sheetIn = (e: Edited, name: string) => e.snapshot.sheets.find((s) => s.name === name)!;
const at = (e: Edited, t: GoalTable, row: number, col: number) => e.map(t.sheet, row, col);
const firstOfSheets = (o: Original) =>
  o.grid.filter((t, i) => o.grid.findIndex((u) => u.sheet === t.sheet) === i && t.indicators.length > 0);
/** Tables alone on their rows (no table beside them): a whole row or column may be inserted through them. */
const alone = (o: Original, t: GoalTable) =>
  !o.grid.some(
    (u) =>
      u !== t &&
      u.sheet === t.sheet &&
      u.range.top <= t.range.bottom &&
      u.range.bottom >= t.range.top &&
      (u.range.left !== t.range.left || u.range.right !== t.range.right),
  );

/** The merged area a cell lies in, if any. */
const mergeAt = (s: SheetSnapshot, row: number, col: number): CellRange | undefined =>
  s.merges.find((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right);

/** Each sheet's contents cut and pasted `rows` down and `cols` right. */
const moved = (rows: number, cols: number): Edit => ({
  what: `moved ${rows} down, ${cols} right`,
  apply: (o, e) => o.snapshot.sheets.reduce((x, s) => moveContents(x, e.map(s.name, 0, 0).sheet, rows, cols), e),
});

/** Two lines inserted above each sheet's first table: who fills it in and the money's unit (a table in 万元). */
export const linesAbove: Edit = {
  what: "填报单位 and 单位：万元 lines above",
  apply: (o, e) => {
    let x: Edited | null = null;
    for (const t of firstOfSheets(o)) {
      if (t.moneyUnit !== "万元") continue;
      // Under the title when the table has one (the lines a form puts between its title and its body).
      const s0 = o.snapshot.sheets.find((s) => s.name === t.sheet)!;
      const titled = t.title !== "" && s0.values[t.range.top - s0.originRow]?.some((v) => v === t.title);
      const first = at(x ?? e, t, t.range.top, t.range.left);
      const top = { ...first, row: first.row + (titled ? 1 : 0) };
      // Above a header merged down from a row inserted over it (twoRowHeader), not inside it.
      const merges = sheetIn(x ?? e, top.sheet).merges;
      while (merges.some((m) => m.top === top.row - 1 && m.bottom >= top.row)) top.row--;
      let y = insertRow(insertRow(x ?? e, top.sheet, top.row), top.sheet, top.row);
      const right = at(y, t, t.range.top, t.range.right).col;
      y = typeInto(y, top.sheet, [
        { row: top.row, col: top.col, v: "填报单位（盖章）：" },
        { row: top.row + 1, col: right, v: "单位：万元" },
      ]);
      x = y;
    }
    return x;
  },
};

/** `count` blank rows inserted before the indicator at `where` (a fraction of the list) of each table alone. */
export const blankRows = (count: number, where: number): Edit => ({
  what: `${count} blank rows inside the indicators at ${where.toFixed(2)}`,
  apply: (o, e) => {
    let x: Edited | null = null;
    const done = new Set<string>(); // tables read over the same rows (宜兴's pair of targets) take the rows once
    for (const t of o.grid) {
      const i = Math.floor(where * t.indicators.length);
      if (i === 0 || i >= t.indicators.length || !alone(o, t)) continue;
      const row = t.indicators[i].row;
      if (row === t.indicators[i - 1].row || done.has(`${t.sheet}!${row}`)) continue;
      done.add(`${t.sheet}!${row}`);
      for (let k = 0; k < count; k++) {
        const p = at(x ?? e, t, row, 0);
        x = insertRow(x ?? e, p.sheet, p.row);
      }
    }
    return x;
  },
});

/** The 一级 / 二级 merged areas unmerged: the value left in the first cell, or repeated down every row. */
const levelsUnmerged = (fill: "first" | "repeat"): Edit => ({
  what: `一级/二级 unmerged (${fill})`,
  apply: (o, e) => {
    let x: Edited | null = null;
    for (const t of o.grid) {
      const cols = [t.header.columns.level1, t.header.columns.level2].filter((c): c is number => c !== undefined);
      const first = t.indicators[0]?.row;
      const last = t.indicators[t.indicators.length - 1]?.row;
      if (first === undefined || cols.length === 0) continue;
      const [f, l] = [at(e, t, first, 0), at(e, t, last, 0)];
      const moved = cols.map((c) => at(e, t, first, c).col);
      const which = (m: CellRange) =>
        m.top >= f.row &&
        m.top <= l.row &&
        m.bottom > m.top &&
        moved.includes(m.left) &&
        moved.includes(m.right) &&
        (fill === "repeat" || m.left === m.right);
      if (!sheetIn(x ?? e, f.sheet).merges.some(which)) continue;
      x = unmerge(x ?? e, f.sheet, which, fill);
    }
    return x;
  },
});

/** The cells of each table's indicator header labels (at the top-left of a merged label), each once. */
function headerLabels(o: Original, e: Edited) {
  const out = new Map<string, { sheet: string; row: number; col: number; text: string; field: string }>();
  for (const t of o.grid) {
    for (const [field, col] of Object.entries(t.header.columns)) {
      const p = at(e, t, t.header.row, col);
      const s = sheetIn(e, p.sheet);
      const m = mergeAt(s, p.row, p.col);
      const [row, c] = m ? [m.top, m.left] : [p.row, p.col];
      const v = cellAt(s, row, c).v;
      if (typeof v === "string" && v.trim())
        out.set(`${p.sheet}!${row},${c}`, { sheet: p.sheet, row, col: c, text: v, field });
    }
  }
  return [...out.values()];
}

const relabel = (what: string, rewrite: (text: string, i: number) => string): Edit => ({
  what,
  apply: (_o, e) => {
    const labels = headerLabels(_o, e).filter((l) => rewrite(l.text, 0) !== l.text);
    if (labels.length === 0) return null;
    return labels.reduce((x, l, i) => rewriteCells(x, l.sheet, [{ row: l.row, col: l.col, v: rewrite(l.text, i) }]), e);
  },
});

const spaced = relabel("header labels spaced out (指 标 值)", (t) =>
  t.includes("\n") ? t : Array.from(t.trim()).join(" "),
);
const fullWidthBrackets = relabel("header labels' brackets full-width", (t) =>
  t.replace(/\(/g, "（").replace(/\)/g, "）"),
);
const brokenLines = relabel("header labels over two lines (年度\\n指标值)", (t, i) => {
  const s = t.trim();
  if (s.length < 4 || /\s/.test(s)) return t;
  const half = Math.ceil(s.length / 2);
  return `${s.slice(0, half)}${i % 2 ? "\r\n" : "\n"}${s.slice(half)}`;
});

/** A 备注 column right of each sheet's first table, free text beside its indicators. */
const remarks: Edit = {
  what: "a trailing 备注 column",
  apply: (o, e) => {
    let x: Edited | null = null;
    for (const t of firstOfSheets(o)) {
      const h = at(e, t, t.header.row, t.range.right);
      const s = sheetIn(x ?? e, h.sheet);
      const col = h.col + 1;
      if (s.values.some((_, i) => cellAt(s, i + s.originRow, col).v !== null)) continue;
      const notes = ["已完成", "按计划推进中，预计年底完成", "见附件3"];
      x = typeInto(x ?? e, h.sheet, [
        { row: h.row, col, v: "备注" },
        ...t.indicators.map((ind, i) => ({ row: at(e, t, ind.row, 0).row, col, v: notes[i % notes.length] })),
      ]);
    }
    return x;
  },
};

/** A column of codes between 二级指标 and 三级指标 (指标编码: often hidden, read as any column). */
export const codes: Edit = {
  what: "a 指标编码 column between 二级 and 三级",
  apply: (o, e) => {
    let x: Edited | null = null;
    for (const t of firstOfSheets(o)) {
      const { level2, name } = t.header.columns;
      if (level2 === undefined || name === undefined || level2 >= name || !alone(o, t)) continue;
      const n = at(x ?? e, t, t.header.row, name);
      // Left of the 三级 label's merged area (绩效内容 over two columns: 福建 省直 2017), not inside it.
      const p = { ...n, col: mergeAt(sheetIn(x ?? e, n.sheet), n.row, n.col)?.left ?? n.col };
      if (p.col <= at(x ?? e, t, t.header.row, level2).col) continue;
      const y = insertColumn(x ?? e, p.sheet, p.col);
      x = typeInto(y, p.sheet, [
        { row: at(y, t, t.header.row, 0).row, col: p.col, v: "指标编码" },
        ...t.indicators.map((ind, i) => ({
          row: at(y, t, ind.row, 0).row,
          col: p.col,
          v: `A${String(i + 1).padStart(3, "0")}`,
        })),
      ]);
    }
    return x;
  },
};

/** Numeric target cells typed as the text they show ('90). */
const targetsAsText: Edit = {
  what: "numeric targets typed as text",
  apply: (o, e) => {
    const cells = o.grid.flatMap((t) =>
      t.indicators.flatMap((i) => {
        const p = at(e, t, keyRow(i.targetCell), keyCol(i.targetCell));
        return typeof cellAt(sheetIn(e, p.sheet), p.row, p.col).v === "number" ? [{ ...p, v: i.targetText }] : [];
      }),
    );
    if (cells.length === 0) return null;
    return cells.reduce((x, c) => rewriteCells(x, c.sheet, [c]), e);
  },
};

const SIGN = /^(≥|≤|>|<|＞|＜|=|＝)\s*(\d+(?:\.\d+)?)\s*([^\d\s]{0,4})$/;

/**
 * The target split over 符号 | 指标值 | 单位 columns (a column inserted each side of it), for each table alone that has
 * neither: a target written as a sign, a number and a unit (≥95%) goes into the three; any other stays whole.
 */
const splitTarget: Edit = {
  what: "指标值 split into 符号 | 指标值 | 单位",
  apply: (o, e) => {
    let x: Edited | null = null;
    for (const t of o.grid) {
      const { target, sign, unit } = t.header.columns;
      if (target === undefined || sign !== undefined || unit !== undefined || !alone(o, t)) continue;
      if (!t.indicators.some((i) => SIGN.test(i.targetText.trim()))) continue;
      const y0 = x ?? e;
      const h = at(y0, t, t.header.row, target);
      const label = mergeAt(sheetIn(y0, h.sheet), h.row, h.col);
      // The label merged over more than its column (or down from a row above): left alone.
      if (label && (label.left !== label.right || label.top !== h.row)) continue;
      let y = insertColumn(insertColumn(y0, h.sheet, h.col + 1), h.sheet, h.col);
      const hr = at(y, t, t.header.row, target);
      const cells: { row: number; col: number; v: string | number }[] = [
        { row: hr.row, col: hr.col - 1, v: "符号" },
        { row: hr.row, col: hr.col + 1, v: "单位" },
      ];
      for (const i of t.indicators) {
        const p = at(y, t, keyRow(i.targetCell), keyCol(i.targetCell));
        if (p.col !== hr.col) continue;
        const m = SIGN.exec(i.targetText.trim());
        if (!m) continue;
        cells.push({ row: p.row, col: p.col - 1, v: m[1] }, { row: p.row, col: p.col, v: Number(m[2]) });
        if (m[3]) cells.push({ row: p.row, col: p.col + 1, v: m[3] });
      }
      y = rewriteCells(y, hr.sheet, cells);
      x = y;
    }
    return x;
  },
};

/** The indicator header made two rows: 绩效指标 merged over the levels, every other label merged down both. */
export const twoRowHeader: Edit = {
  what: "header over two rows (绩效指标 merged over 一级/二级/三级)",
  apply: (o, e) => {
    let x: Edited | null = null;
    for (const t of o.grid) {
      const { level1, name } = t.header.columns;
      if (level1 === undefined || name === undefined || name <= level1 || !alone(o, t)) continue;
      if (t.indicators[0]?.row !== t.header.row + 1) continue;
      const y0 = x ?? e;
      const h = at(y0, t, t.header.row, 0);
      const s0 = sheetIn(y0, h.sheet);
      if (s0.merges.some((m) => m.top <= h.row && m.bottom >= h.row && m.bottom > m.top)) continue;
      let y = insertRow(y0, h.sheet, h.row);
      const hr = h.row + 1;
      const [l1, nm] = [at(y, t, t.header.row, level1).col, at(y, t, t.header.row, name).col];
      const right = mergeAt(sheetIn(y, h.sheet), hr, nm)?.right ?? nm;
      // To the header row's last label: columns inserted by an edit before (符号 | 单位) go up too.
      const labelled = sheetIn(y, h.sheet).values[hr - sheetIn(y, h.sheet).originRow] ?? [];
      const lastLabel = labelled.length - 1 + sheetIn(y, h.sheet).originCol;
      const [left, last] = [at(y, t, 0, t.range.left).col, Math.max(at(y, t, 0, t.range.right).col, lastLabel)];
      y = rewriteCells(y, h.sheet, [{ row: hr - 1, col: l1, v: "绩效指标" }]);
      y = mergeCells(y, h.sheet, { top: hr - 1, bottom: hr - 1, left: l1, right });
      for (let col = left; col <= last; col++) {
        if (col >= l1 && col <= right) continue;
        const s = sheetIn(y, h.sheet);
        const m = mergeAt(s, hr, col);
        if (m && m.left !== col) continue;
        const v = cellAt(s, hr, col).v;
        if (v === null) continue;
        y = rewriteCells(y, h.sheet, [
          { row: hr - 1, col, v },
          { row: hr, col, v: null },
        ]);
        y = {
          ...y,
          snapshot: {
            ...y.snapshot,
            sheets: y.snapshot.sheets.map((z) =>
              z.name === h.sheet ? { ...z, merges: z.merges.filter((n) => n !== m) } : z,
            ),
          },
        };
        y = mergeCells(y, h.sheet, { ...(m ?? { top: hr, bottom: hr, left: col, right: col }), top: hr - 1 });
      }
      x = y;
    }
    return x;
  },
};

/** The cells of each table's labels above its indicator header (项目名称, 资金总额, 其中：财政拨款 …). */
const BLOCK_LABEL =
  /^(项目名称|项目编码|主管部门|实施单位|预算单位|部门名称|单位名称|资金总额|年度资金总额|项目资金|其中：?财政拨款|财政拨款|其他资金|总体目标|年度总体目标|年度目标|实施期目标|绩效目标)$/;
function blockLabels(o: Original, e: Edited) {
  const out = new Map<string, { sheet: string; row: number; col: number; text: string }>();
  for (const t of o.grid) {
    for (let row = t.range.top; row < t.header.row; row++) {
      for (let col = t.range.left; col <= t.range.right; col++) {
        const p = at(e, t, row, col);
        const v = cellAt(sheetIn(e, p.sheet), p.row, p.col).v;
        if (typeof v === "string" && BLOCK_LABEL.test(v.replace(/\s/g, "")))
          out.set(`${p.sheet}!${p.row},${p.col}`, { sheet: p.sheet, row: p.row, col: p.col, text: v });
      }
    }
  }
  return [...out.values()];
}

/** Every label (the indicator header's and the block's above it) rewritten. */
const relabelAll = (what: string, rewrite: (text: string, i: number) => string): Edit => ({
  what,
  apply: (o, e) => {
    const labels = [...headerLabels(o, e), ...blockLabels(o, e)].filter((l) => rewrite(l.text, 0) !== l.text);
    if (labels.length === 0) return null;
    return labels.reduce((x, l, i) => rewriteCells(x, l.sheet, [{ row: l.row, col: l.col, v: rewrite(l.text, i) }]), e);
  },
});

/** Simplified → traditional, for the characters of the labels (臺灣, 香港 and units copying a traditional template). */
const TRADITIONAL: Record<string, string> = Object.fromEntries(
  [..."项称标级绩单资总额财拨实预门划进备编码内产数质时满会经济态调说计为议务据"].map((c, i) => [
    c,
    [..."項稱標級績單資總額財撥實預門劃進備編碼內產數質時滿會經濟態調說計為議務據"][i],
  ]),
);
export const traditional = relabelAll("labels in traditional characters (指標值, 項目名稱)", (t) =>
  Array.from(t, (c) => TRADITIONAL[c] ?? c).join(""),
);
export const colons = relabelAll("labels with a trailing colon (项目名称：)", (t, i) =>
  /[:：]\s*$/.test(t) ? t : `${t.trimEnd()}${i % 2 ? ":" : "："}`,
);

/** A 序号 column inserted left of each table alone, its indicators numbered 1, 2, 3 …. */
export const numbered: Edit = {
  what: "a 序号 column first",
  apply: (o, e) => {
    let x: Edited | null = null;
    for (const t of o.grid) {
      if (!alone(o, t) || t.indicators.length === 0) continue;
      const p = at(x ?? e, t, t.header.row, t.range.left);
      const y = insertColumn(x ?? e, p.sheet, p.col);
      const rows = [...new Set(t.indicators.map((i) => at(y, t, i.row, 0).row))];
      x = typeInto(y, p.sheet, [
        { row: at(y, t, t.header.row, 0).row, col: p.col, v: "序号" },
        ...rows.map((row, i) => ({ row, col: p.col, v: i + 1 })),
      ]);
    }
    return x;
  },
};

/** A blank row inserted inside each merged 一级 area over two indicators or more: the area spans the blank row. */
const blankInsideLevel: Edit = {
  what: "a blank row inside a merged 一级",
  apply: (o, e) => {
    let x: Edited | null = null;
    for (const t of o.grid) {
      const l1 = t.header.columns.level1;
      if (l1 === undefined || !alone(o, t)) continue;
      const i = t.indicators.findIndex(
        (ind, k) =>
          k > 0 &&
          ind.row !== t.indicators[k - 1].row &&
          (() => {
            const p = at(x ?? e, t, ind.row, l1);
            const m = mergeAt(sheetIn(x ?? e, p.sheet), p.row, p.col);
            return m !== undefined && m.top < p.row;
          })(),
      );
      if (i < 0) continue;
      const p = at(x ?? e, t, t.indicators[i].row, 0);
      x = insertRow(x ?? e, p.sheet, p.row);
    }
    return x;
  },
};

/** Each sheet's contents copied below themselves after `gap` blank rows: a second project's table from the template. */
const secondBelow = (gap: number): Edit => ({
  what: `a second table below after ${gap} blank rows`,
  apply: (o, e) => {
    let x: Edited | null = null;
    for (const name of new Set(o.grid.map((t) => t.sheet))) {
      // Only sheets of whole tables: a nameless piece (a page's rest above its table, 大英 2023) joins the table above.
      if (o.grid.some((t) => t.sheet === name && t.name === "")) continue;
      const sheet = at(
        x ?? e,
        o.grid.find((t) => t.sheet === name)!,
        0,
        0,
      ).sheet;
      const s = sheetIn(x ?? e, sheet);
      x = pasteCopy(x ?? e, sheet, s.values.length + gap, 0);
    }
    return x;
  },
  // Sheet by sheet, its tables and then their copies.
  expect: (tables) =>
    [...new Set(tables.map((t) => t.sheet))].flatMap((name) => {
      const own = tables.filter((t) => t.sheet === name);
      return [...own, ...own];
    }),
});

/** The label of an amount or a checkpoint: the nearest text left of it on its row, else above it in its column. */
function labelCell(s: SheetSnapshot, row: number, col: number): { row: number; col: number } | null {
  const text = (r: number, c: number) => typeof cellAt(s, r, c).v === "string";
  for (let c = col - 1; c >= Math.max(s.originCol, col - 4); c--) if (text(row, c)) return { row, col: c };
  for (let r = row - 1; r >= Math.max(s.originRow, row - 3); r--) if (text(r, col)) return { row: r, col };
  return null;
}

const cellOf = (key: CellKey) => ({ row: keyRow(key), col: keyCol(key) });

/** The 其中：财政拨款 and 其他资金 items (label and amount) of each table's money block written the other way round. */
const fundsSwapped: Edit = {
  what: "其他资金 before 财政拨款",
  apply: (o, e) => {
    let x: Edited | null = null;
    for (const t of o.grid) {
      const { fiscalCell, otherCell } = t.funds;
      if (fiscalCell === undefined || otherCell === undefined) continue;
      const y = x ?? e;
      const [f, oc] = [cellOf(fiscalCell), cellOf(otherCell)].map((c) => at(y, t, c.row, c.col));
      const s = sheetIn(y, f.sheet);
      const [lf, lo] = [labelCell(s, f.row, f.col), labelCell(s, oc.row, oc.col)];
      // Both written alike (each label left of its amount, or each above it), apart from the other's cells.
      if (!lf || !lo || lf.row - f.row !== lo.row - oc.row || lf.col - f.col !== lo.col - oc.col) continue;
      const swap = [
        [lf, lo],
        [f, oc],
      ].flatMap(([a, b]) => [
        { row: a.row, col: a.col, v: cellAt(s, b.row, b.col).v, f: cellAt(s, b.row, b.col).f },
        { row: b.row, col: b.col, v: cellAt(s, a.row, a.col).v, f: cellAt(s, a.row, a.col).f },
      ]);
      x = rewriteCells(y, f.sheet, swap);
    }
    return x;
  },
};

/** The schedule written as one line of text in its first label's cell (3月底0%，6月底45%，…), its cells emptied. */
const scheduleAsText: Edit = {
  what: "the schedule as a line of text (3月底25%，6月底50%…)",
  apply: (o, e) => {
    let x: Edited | null = null;
    for (const t of o.grid) {
      if (t.schedule.length < 2) continue;
      const y = x ?? e;
      const first = cellOf(t.schedule[0].labelCell);
      const p = at(y, t, first.row, first.col);
      const line = t.schedule.map((c) => `${c.label}${c.percent}%`).join("，");
      const emptied = t.schedule.flatMap((c) =>
        [c.labelCell, c.percentCell].map((k) => ({ ...at(y, t, keyRow(k), keyCol(k)), v: null })),
      );
      x = typeInto(y, p.sheet, [...emptied, { row: p.row, col: p.col, v: line }]);
    }
    return x;
  },
};

/**
 * The schedule written period by period (reader68): each checkpoint's own share, the running total's step
 * (一季度 20% | 二季度 30% … for 20 / 50 / …), as text with a % sign (General cells). Only a plan that ends with the
 * whole year (100 %) has its periods summed back.
 */
const schedulePerPeriod: Edit = {
  what: "the schedule written period by period (each checkpoint its own share)",
  apply: (o, e) => {
    let x: Edited | null = null;
    for (const t of o.grid) {
      const plan = t.schedule;
      if (plan.length < 2 || plan[plan.length - 1].percent !== 100) continue;
      const y = x ?? e;
      const cells = plan.map((c, i) => ({
        ...at(y, t, keyRow(c.percentCell), keyCol(c.percentCell)),
        v: `${Math.round((c.percent - (i > 0 ? plan[i - 1].percent : 0)) * 1e6) / 1e6}%`,
      }));
      x = rewriteCells(y, cells[0].sheet, cells);
    }
    return x;
  },
};

/** An edit as fast-check shows it in a counterexample: by what it does. */
export const shown = (edit: Edit): Edit => Object.assign({ [fc.toStringMethod]: () => edit.what }, edit);

export const EDIT: fc.Arbitrary<Edit> = fc
  .oneof(
    fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 4 })).map(([r, c]) => moved(r, c)),
    fc.constant(linesAbove),
    fc
      .tuple(fc.integer({ min: 1, max: 3 }), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([n, w]) => blankRows(n, w)),
    fc.constantFrom(levelsUnmerged("first"), levelsUnmerged("repeat")),
    fc.constantFrom(spaced, fullWidthBrackets, brokenLines),
    fc.constant(remarks),
    fc.constant(codes),
    fc.constant(targetsAsText),
    fc.constant(splitTarget),
    fc.constant(twoRowHeader),
    fc.constantFrom(traditional, colons),
    fc.constant(numbered),
    fc.constant(blankInsideLevel),
    fc.integer({ min: 1, max: 3 }).map(secondBelow),
    fc.constantFrom(fundsSwapped, scheduleAsText, schedulePerPeriod),
  )
  .map(shown);

/** Every edit once (the test checks each applies to some fixture). */
export const EACH: Edit[] = [
  moved(3, 1),
  linesAbove,
  blankRows(3, 0.5),
  blankRows(3, 0.2),
  blankRows(1, 0.8),
  levelsUnmerged("first"),
  levelsUnmerged("repeat"),
  spaced,
  fullWidthBrackets,
  brokenLines,
  remarks,
  codes,
  targetsAsText,
  splitTarget,
  twoRowHeader,
  traditional,
  colons,
  numbered,
  blankInsideLevel,
  secondBelow(2),
  fundsSwapped,
  scheduleAsText,
  schedulePerPeriod,
];

export { unchanged, schedulePerPeriod };
