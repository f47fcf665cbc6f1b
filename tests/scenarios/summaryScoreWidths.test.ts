/**
 * pane47: the self-evaluation score columns on 监控汇总 (自评得分, 自评等级) get widths like the summary's own columns,
 * in every host that writes the summary, and a width the clerk gave a column is never changed. Before, they had none:
 * only the summary's own 13 columns got widths, once, when the sheet was made, so 自评得分 showed cut off in a column of
 * the standard width, and columns the scores moved to on a summary made before got none either.
 * (layouts/national-self-eval.xlsx: one 绩效自评表; its scores go in N and O, 待填报数 and 无法识别数 in P and Q since
 * clerk68.) A width given once is not given again (the column is no longer of the standard width), so the columns'
 * widths follow where they were first put.
 */
import path from "node:path";
import { runCheck } from "../../src/host/wps/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { columnWidthPoints, fileColumnWidth } from "../../src/core/plan/columnWidth";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { BOTH_DRIVERS, excelDriver } from "./drivers";
import { promises as fs } from "node:fs";

jest.setTimeout(120_000);

const FILE = path.join(__dirname, "../fixtures/layouts/national-self-eval.xlsx");
const SUMMARY = "监控汇总";
const AT = "2024-12-31";
/** The widths the plan gives 自评得分 and 自评等级, in characters (core/plan/summary.ts SCORE_WIDTHS). */
const SCORE = 12;
const GRADE = 10;
/** The widths of 待填报数 and 无法识别数 (COUNT_WIDTHS). */
const [PENDING, UNKNOWN] = [10, 12];
/** The width the clerk gives column N after typing their own 备注 over its header. */
const THEIRS = 30;

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  // Widths as the driver holds them: the file's <col width> (the CLI), points (Excel).
  const unit = driver === excelDriver ? columnWidthPoints : fileColumnWidth;
  const widthsOf = async (workbook: unknown) => {
    const held = await driver.held(workbook);
    return ["M", "N", "O", "P", "Q", "R", "S"].map((col) => held.widths.get(`${SUMMARY}!${col}`) ?? null);
  };

  test("the score columns get widths; moved beside the clerk's column, the new one too; the clerk's width stays", async () => {
    const first = await driver.check(await driver.open(FILE), false, AT);
    expect(await widthsOf(first.workbook)).toEqual([
      unit(8),
      unit(SCORE),
      unit(GRADE),
      unit(PENDING),
      unit(UNKNOWN),
      null,
      null,
    ]);

    // The clerk's own 备注 over our 自评得分 header, and column N widened for it: the scores move to R and S (O alone is
    // free: our counts stay in P and Q).
    const typed = await driver.edit(first.workbook, [
      { sheet: SUMMARY, row: 5, col: 13, type: "备注" },
      { sheet: SUMMARY, col: 13, width: THEIRS },
    ]);
    const second = await driver.check(typed, false, AT);
    const held = await driver.held(second.workbook);
    expect([held.cells.get(`${SUMMARY}!R6`), held.cells.get(`${SUMMARY}!S6`)]).toEqual([
      'v:"自评得分"',
      'v:"自评等级"',
    ]);
    // N the clerk's width; O keeps the width it had (the grade's, given by the first check: not the standard width any
    // more, so it is not changed); P and Q keep the counts'; R and S, new, get the score's and the grade's.
    expect(await widthsOf(second.workbook)).toEqual([
      unit(8),
      unit(THEIRS),
      unit(GRADE),
      unit(PENDING),
      unit(UNKNOWN),
      unit(SCORE),
      unit(GRADE),
    ]);
    const third = await driver.check(second.workbook, false, AT);
    expect(await widthsOf(third.workbook)).toEqual(await widthsOf(second.workbook));
  });
});

describe("WPS", () => {
  test("the score columns get widths; moved beside the clerk's column, the new one too; the clerk's width stays", async () => {
    const fake = new FakeWps(modelFromSnapshot(readWorkbookBytes(await fs.readFile(FILE)).snapshot));
    const sheet = () => fake.app.ActiveWorkbook!.Worksheets.Item(SUMMARY);
    // WPS's ColumnWidth is in characters, as the plan gives them; null: never given a width.
    const widths = () => {
      const held = fake.model.sheets.find((s) => s.name === SUMMARY)!.widths;
      return [12, 13, 14, 15, 16, 17, 18].map((col) => held.get(col) ?? null);
    };
    runCheck(fake.app, { asOf: AT }, AT);
    expect(widths()).toEqual([8, SCORE, GRADE, PENDING, UNKNOWN, null, null]);
    sheet().Range("N6").Value2 = "备注";
    sheet().Range("N:N").ColumnWidth = THEIRS;
    runCheck(fake.app, { asOf: AT }, AT);
    expect([sheet().Range("R6").Value2, sheet().Range("S6").Value2]).toEqual(["自评得分", "自评等级"]);
    expect(widths()).toEqual([8, THEIRS, GRADE, PENDING, UNKNOWN, SCORE, GRADE]);
    runCheck(fake.app, { asOf: AT }, AT);
    expect(widths()).toEqual([8, THEIRS, GRADE, PENDING, UNKNOWN, SCORE, GRADE]);
  });
});
