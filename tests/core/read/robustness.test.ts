/**
 * Robustness of the whole pipeline on arbitrary snapshots (fast-check): readWorkbook, checkWorkbook and buildPlan
 * never throw, whatever the sheet holds (real header labels mixed with junk, error values, booleans, ragged rows,
 * overlapping or out-of-range merges, odd origins), and whatever the reader reports lies inside the sheet.
 */
import { sheetCell } from "../../../src/core/a1";
import fc from "fast-check";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { checkWorkbook } from "../../../src/core/check";
import { buildPlan } from "../../../src/core/plan/buildPlan";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";
import {
  DEFAULT_SETTINGS,
  type CellRange,
  type CellRef,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../../../src/core/types";

/** Labels and values seen in real tables: the reader keys on them, so random mixes of them reach deep code paths. */
const VOCABULARY = [
  "项目支出绩效目标表",
  "部门整体支出绩效目标表",
  "项目支出绩效自评表",
  "绩效监控",
  "项目名称",
  "预算单位",
  "主管部门",
  "实施单位",
  "金额单位:万元",
  "金额单位：元",
  "预算数",
  "预算金额",
  "年度资金总额",
  "其中:财政拨款",
  "其他资金",
  "全年预算数",
  "全年执行数",
  "执行率",
  "分值",
  "得分",
  "资金支出计划（%）",
  "资金支出计划",
  "3月底",
  "6月底",
  "9月底",
  "12月底",
  "第一季度",
  "年度目标",
  "总体目标",
  "年度主要任务",
  "绩效指标",
  "一级指标",
  "二级指标",
  "三级指标",
  "指标值",
  "指标性质",
  "度量单位",
  "权重",
  "年度指标值",
  "实际完成值",
  "全年预计完成情况",
  "偏差原因分析",
  "完成可能性",
  "产出指标",
  "效益指标",
  "满意度指标",
  "数量指标",
  "质量指标",
  "时效指标",
  "成本指标",
  "社会效益指标",
  "服务对象满意度",
  "合计",
  "总分",
  "45%",
  "≥90%",
  "≤5%",
  "86人",
  "100%",
  "≥",
  "=",
  "定性",
  "反向",
  "2024年12月31日",
  "年底前",
  "3个月以内",
  "90%-95%",
  "提高10%",
  "**人",
  "……",
  "(2024年度)",
  "",
  " ",
  "\n",
];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...VOCABULARY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.oneof(fc.integer({ min: -1000, max: 100000 }), fc.double({ noNaN: false })) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom("#VALUE!", "#N/A", "#REF!", "#DIV/0!").map((error) => ({ error })) },
  { weight: 3, arbitrary: fc.constant(null) },
);

const numberFormat = fc.constantFrom(
  null,
  "General",
  "0%",
  "0.00%",
  "yyyy-mm-dd",
  "@",
  "#,##0.00",
  '[$-804]yyyy"年"m"月"d"日"',
);

/** A merge anywhere near the sheet, possibly inverted, overlapping others or reaching outside the used range. */
const merge = fc
  .record({
    top: fc.integer({ min: -3, max: 30 }),
    left: fc.integer({ min: -3, max: 15 }),
    h: fc.integer({ min: -2, max: 8 }),
    w: fc.integer({ min: -2, max: 6 }),
  })
  .map(({ top, left, h, w }): CellRange => ({ top, left, bottom: top + h, right: left + w }));

const sheet: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    name: fc.constantFrom("Sheet1", "绩效目标表", "2024年", "_x", "部门整体绩效目标"),
    originRow: fc.integer({ min: 0, max: 6 }),
    originCol: fc.integer({ min: 0, max: 4 }),
    // Ragged rows: each row its own length (0 … 12).
    values: fc.array(fc.array(cellValue, { maxLength: 12 }), { maxLength: 26 }),
    formats: fc.option(fc.array(fc.array(numberFormat, { maxLength: 12 }), { maxLength: 26 }), { nil: undefined }),
    merges: fc.array(merge, { maxLength: 10 }),
    hidden: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ formats, ...s }) => (formats ? { ...s, numberFormats: formats } : s));

const workbook: fc.Arbitrary<WorkbookSnapshot> = fc.record({
  // Excel keeps sheet names unique.
  sheets: fc.uniqueArray(sheet, { minLength: 1, maxLength: 3, selector: (s) => s.name }),
  marks: fc.option(fc.constantFrom("{", '{"version":1}', "[]", "null"), { nil: null }),
  settings: fc.constant(null),
});

const SETTINGS = { ...DEFAULT_SETTINGS, asOf: "2024-07-31", budgetYear: 2024 };

/** The sheet's extent: rows/cols covered by the used range (ragged rows count their own length). */
function inside(snapshot: WorkbookSnapshot, ref: CellRef): boolean {
  const s = snapshot.sheets.find((x) => x.name === ref.sheet);
  if (!s) return false;
  const width = Math.max(0, ...s.values.map((r) => r.length));
  const withinValues =
    ref.row >= s.originRow &&
    ref.row < s.originRow + s.values.length &&
    ref.col >= s.originCol &&
    ref.col < s.originCol + width;
  // A cell the value of which is merged from elsewhere may sit in a merge that reaches past the used range.
  const withinMerge = s.merges.some(
    (m) => ref.row >= m.top && ref.row <= m.bottom && ref.col >= m.left && ref.col <= m.right,
  );
  return withinValues || withinMerge;
}

const RUNS = { numRuns: 150 };

describe("robustness on arbitrary snapshots (fast-check)", () => {
  test("readWorkbook never throws, and every indicator's cells lie inside its sheet", () => {
    fc.assert(
      fc.property(workbook, (snapshot) => {
        const read = readWorkbook(snapshot);
        for (const t of read.tables) {
          for (const ind of t.indicators) {
            for (const key of [
              ind.nameCell,
              ind.targetCell,
              ind.signCell,
              ind.unitCell,
              ind.actual?.cell,
              ind.score?.cell,
            ]) {
              if (key === undefined) continue;
              const ref = sheetCell(t.sheet, key);
              expect({ ref, inside: inside(snapshot, ref) }).toEqual({ ref, inside: true });
            }
          }
        }
      }),
      RUNS,
    );
  });

  test("checkWorkbook and buildPlan never throw", () => {
    fc.assert(
      fc.property(workbook, fc.constantFrom("zh" as const, "en" as const), fc.boolean(), (snapshot, lang, formulas) => {
        const check = checkWorkbook(snapshot, SETTINGS);
        for (const c of check.tables) expect(c.results.length).toBe(c.table.indicators.length);
        const plan = buildPlan(snapshot, check, { formulas, lang });
        expect(plan).toBeDefined();
      }),
      RUNS,
    );
  });

  test("a real header block with junk below it never throws", () => {
    // Anchored: a proper header row first, so the indicator reader (not just the detector) runs on junk rows.
    const header: CellValue[] = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "权重", "得分"];
    const top: CellValue[][] = [
      ["项目支出绩效目标表"],
      ["项目名称", "测试项目", "预算数", 100],
      ["资金支出计划（%）", "3月底", "45%", "6月底", 0.7],
      header,
    ];
    fc.assert(
      fc.property(
        fc.array(fc.array(cellValue, { maxLength: 9 }), { maxLength: 20 }),
        fc.array(merge, { maxLength: 8 }),
        (rows, merges) => {
          const snapshot: WorkbookSnapshot = {
            sheets: [{ name: "S", originRow: 0, originCol: 0, values: [...top, ...rows], merges }],
          };
          const check = checkWorkbook(snapshot, SETTINGS);
          buildPlan(snapshot, check, { formulas: false, lang: "zh" });
          for (const { table } of check.tables)
            for (const ind of table.indicators)
              expect(inside(snapshot, sheetCell(table.sheet, ind.targetCell))).toBe(true);
        },
      ),
      RUNS,
    );
  });

  test("a table of real labels in random order, with random bodies, never throws", () => {
    const headerLabel = fc.constantFrom(...HEADER_LABELS);
    const bodyCell: fc.Arbitrary<CellValue> = fc.oneof(cellValue, fc.constantFrom(...BODY_VALUES));
    fc.assert(
      fc.property(
        fc.array(fc.array(cellValue, { maxLength: 8 }), { maxLength: 6 }),
        fc.array(headerLabel, { minLength: 2, maxLength: 12 }),
        fc.array(fc.array(bodyCell, { maxLength: 12 }), { maxLength: 14 }),
        fc.array(merge, { maxLength: 8 }),
        fc.integer({ min: 0, max: 3 }),
        (info, header, body, merges, shift) => {
          const values = [...info, [...Array<CellValue>(shift).fill(null), ...header], ...body];
          const snapshot: WorkbookSnapshot = { sheets: [{ name: "S", originRow: 2, originCol: 1, values, merges }] };
          runAll(snapshot);
        },
      ),
      RUNS,
    );
  });

  describe("real fixtures, randomly damaged", () => {
    const REAL = join(__dirname, "..", "..", "fixtures", "real");
    let originals: WorkbookSnapshot[] = [];
    beforeAll(async () => {
      const files = readdirSync(REAL).filter((f) => f.endsWith(".xlsx"));
      originals = await Promise.all(
        files.map(async (f) => (await snapshotFromXlsx(readFileSync(join(REAL, f)))).snapshot),
      );
    }, 60_000); // 17 workbooks through ExcelJS: well over jest's 5 s default on a busy 2-core machine

    /** One damage: overwrite a cell, drop a row, truncate a row, add a merge or drop one. */
    const damage = fc.oneof(
      fc.record({ kind: fc.constant("set" as const), r: fc.nat(60), c: fc.nat(14), value: cellValue }),
      fc.record({ kind: fc.constant("dropRow" as const), r: fc.nat(60) }),
      fc.record({ kind: fc.constant("truncate" as const), r: fc.nat(60), len: fc.nat(6) }),
      fc.record({ kind: fc.constant("merge" as const), m: merge }),
      fc.record({ kind: fc.constant("unmerge" as const), i: fc.nat(40) }),
    );
    type Damage = typeof damage extends fc.Arbitrary<infer D> ? D : never;

    function apply(s: SheetSnapshot, d: Damage): SheetSnapshot {
      const values = s.values.map((row) => [...row]);
      const merges = [...s.merges];
      if (d.kind === "set") {
        while (values.length <= d.r) values.push([]);
        values[d.r][d.c] = d.value;
      } else if (d.kind === "dropRow") values.splice(d.r, 1);
      else if (d.kind === "truncate" && values[d.r]) values[d.r].length = Math.min(values[d.r].length, d.len);
      else if (d.kind === "merge") merges.push(d.m);
      else if (d.kind === "unmerge") merges.splice(d.i, 1);
      return { ...s, values, merges, numberFormats: undefined };
    }

    test("reading, checking and planning a damaged real table never throws", () => {
      fc.assert(
        fc.property(fc.nat(1000), fc.array(damage, { minLength: 1, maxLength: 12 }), (pick, damages) => {
          const original = originals[pick % originals.length];
          const sheets = original.sheets.map((s) => damages.reduce(apply, s));
          runAll({ ...original, sheets });
        }),
        RUNS,
      );
    });
  });
});

/** The three entry points, and the inside-the-sheet check on what was read. */
function runAll(snapshot: WorkbookSnapshot): void {
  const check = checkWorkbook(snapshot, SETTINGS);
  buildPlan(snapshot, check, { formulas: false, lang: "zh" });
  for (const { table: t } of check.tables) {
    if (t.source === "prose") continue;
    for (const ind of t.indicators)
      for (const ref of [sheetCell(t.sheet, ind.nameCell), sheetCell(t.sheet, ind.targetCell)])
        expect({ ref, inside: inside(snapshot, ref) }).toEqual({ ref, inside: true });
  }
}

const HEADER_LABELS = [
  "一级指标",
  "二级指标",
  "三级指标",
  "指标名称",
  "指标值",
  "年度指标值",
  "指标性质",
  "度量单位",
  "计量单位",
  "权重",
  "分值",
  "得分",
  "实际完成值",
  "全年实际值",
  "1-7月执行情况",
  "全年预计完成情况",
  "偏差原因分析",
  "完成可能性",
  "指标解释",
  "备注",
  "绩效指标",
  "实施周期指标值",
  "当年度指标值",
];

const BODY_VALUES: CellValue[] = [
  "产出指标",
  "效益指标",
  "满意度指标",
  "数量指标",
  "质量指标",
  "时效指标",
  "成本指标",
  "≥",
  "≤",
  "=",
  "定性",
  "%",
  "人",
  "万元",
  0.9,
  95,
  "≥95%",
  "≤100万元",
  "12月底前",
  "及时",
];
