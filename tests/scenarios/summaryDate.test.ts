/**
 * The clerk types a date into 监控汇总's 监控时点 cell (B3) after a check. It is the workbook's monitoring date: the next
 * check given no date judges as of it — what a check as of that date from the start gives —, in values mode as the
 * formulas always did through the name 监控时点; a further check changes nothing. A check given a date (--as-of, the
 * pane's date) judges as of that one and says so in one line; a value there that is no date gets one clear line and
 * the check falls back to the date it would have taken. Their cell stays as they typed it throughout.
 * Before, the typed date was kept but not used: the summary showed their date beside figures judged as of another.
 * Through the CLI's checked copy and the add-in (strict Excel fake), both modes; WPS (values) on its fake.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { cellName } from "../../src/core/a1";
import { isoToSerial } from "../../src/core/dates";
import { runPipeline, settingsFor } from "../../src/core/pipeline";
import type { WorkbookSnapshot } from "../../src/core/types";
import { runCheck } from "../../src/host/wps/actions";
import { readWorkbook as readWps } from "../../src/host/wps/read";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { writeCheckedCopy } from "../../src/host/xlsx/write";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { editXlsx } from "./xlsxEdit";
import { AS_OF, BOTH_DRIVERS, BOTH_MODES, xlsxDriver, type Driver } from "./drivers";

jest.setTimeout(180_000);

const SUM = "监控汇总";
const B3 = { row: 2, col: 1 };
const TYPED = "2024-10-31";
const typedDate = { sheet: SUM, ...B3, type: isoToSerial(TYPED)! };
const notADate = { sheet: SUM, ...B3, type: "十月底" };
/** A date typed without its year (review36): the clerk means the budget year's (the seed's table is 2024's). */
const noYear = { sheet: SUM, ...B3, type: "10月31日" };

/** Every cell's value as the workbook holds it (a formula's cached value), our record sheet left out, B3 left out. */
function values(snapshot: WorkbookSnapshot): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const s of snapshot.sheets)
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const key = `${s.name}!${cellName(r + s.originRow, c + s.originCol)}`;
        if (v !== null && v !== "" && key !== `${SUM}!B3` && !s.name.startsWith("_")) out.set(key, v);
      }),
    );
  return out;
}

const b3 = (snapshot: WorkbookSnapshot) =>
  snapshot.sheets.find((s) => s.name === SUM)!.values[B3.row]?.[B3.col] ?? null;
const dateLines = (lines: string[] = []) => lines.filter((l) => l.includes("监控汇总中"));

describe.each(BOTH_DRIVERS)("$name", (driver: Driver<unknown>) => {
  describe.each(BOTH_MODES)("$mode: a date typed into the summary's 监控时点", ({ formulas }) => {
    const checkedAt = async (asOf: string) =>
      values(await driver.snapshot((await driver.check(await driver.open(), formulas, asOf)).workbook));
    /** Checked with no date given, the clerk's edit made, checked again (a date given or not). */
    const story = async (edit: typeof typedDate | typeof notADate, asOf: string | null) => {
      const once = (await driver.check(await driver.open(), formulas, null)).workbook;
      const again = await driver.check(await driver.edit(once, [edit]), formulas, asOf);
      const snapshot = await driver.snapshot(again.workbook);
      return { again, snapshot, values: values(snapshot) };
    };

    test("no date given: judged as of their date, as a check at that date gives; twice = once", async () => {
      const { again, snapshot, values: second } = await story(typedDate, null);
      expect(second).toEqual(await checkedAt(TYPED));
      expect(b3(snapshot)).toBe(typedDate.type);
      expect(dateLines(again.diagnostics)).toEqual([]);
      const third = await driver.check(again.workbook, formulas, null);
      expect(values(await driver.snapshot(third.workbook))).toEqual(second);
      expect(dateLines(third.diagnostics)).toEqual([]);
    });

    test("a date given: judged as of that date, their date kept, one line says so", async () => {
      const { again, snapshot, values: second } = await story(typedDate, AS_OF);
      expect(second).toEqual(await checkedAt(AS_OF));
      expect(b3(snapshot)).toBe(typedDate.type);
      expect(dateLines(again.diagnostics)).toEqual([
        `监控汇总中填写的监控时点 ${TYPED} 未采用：本次按指定的监控时点 ${AS_OF} 判断`,
      ]);
    });

    test("a date without its year (10月31日): read in the budget year, said in one line; twice = once", async () => {
      const { again, snapshot, values: second } = await story(noYear, null);
      expect(second).toEqual(await checkedAt(TYPED));
      expect(b3(snapshot)).toBe("10月31日");
      const said = [
        `监控汇总中的监控时点“10月31日”未写年份：按预算年度 2024 年读作 ${TYPED}（如指其他年份，请写明年份，如 ${TYPED}）`,
      ];
      expect(dateLines(again.diagnostics)).toEqual(said);
      const third = await driver.check(again.workbook, formulas, null);
      expect(values(await driver.snapshot(third.workbook))).toEqual(second);
      expect(dateLines(third.diagnostics)).toEqual(said);
    });

    test("no date there: one clear line, judged as of the date it would have taken", async () => {
      const { again, snapshot, values: second } = await story(notADate, null);
      expect(second).toEqual(await checkedAt(AS_OF));
      expect(b3(snapshot)).toBe("十月底");
      expect(dateLines(again.diagnostics)).toEqual([
        `监控汇总中的监控时点“十月底”不是可识别的日期（应如 2024-10-31），已按 ${AS_OF} 判断`,
      ]);
    });
  });
});

describe("WPS (values): a date typed into the summary's 监控时点", () => {
  const seed = async () => new FakeWps(modelFromSnapshot(readWorkbookBytes(await xlsxDriver.open()).snapshot));
  const typed = async (value: number | string) => {
    const fake = await seed();
    runCheck(fake.app, {}, AS_OF);
    fake.app.ActiveWorkbook!.Worksheets.Item(SUM).Range("B3").Value2 = value;
    return fake;
  };
  const checkedAt = async (asOf: string) => {
    const fake = await seed();
    runCheck(fake.app, { asOf }, AS_OF);
    return values(readWps(fake.app).snapshot);
  };

  test("no date given: judged as of their date; twice = once", async () => {
    const fake = await typed(typedDate.type);
    expect(runCheck(fake.app, {}, AS_OF).check!.asOf).toBe(TYPED);
    const second = values(readWps(fake.app).snapshot);
    expect(second).toEqual(await checkedAt(TYPED));
    runCheck(fake.app, {}, AS_OF);
    expect(values(readWps(fake.app).snapshot)).toEqual(second);
  });

  test("a date without its year (10月31日): judged in the budget year, said in one line", async () => {
    const fake = await typed("10月31日");
    const check = runCheck(fake.app, {}, AS_OF).check!;
    expect(check.asOf).toBe(TYPED);
    expect(dateLines(check.diagnostics.map((d) => d.message))).toEqual([
      `监控汇总中的监控时点“10月31日”未写年份：按预算年度 2024 年读作 ${TYPED}（如指其他年份，请写明年份，如 ${TYPED}）`,
    ]);
    expect(values(readWps(fake.app).snapshot)).toEqual(await checkedAt(TYPED));
  });

  test("a date given wins, said in one line; no date there: one line, the default date", async () => {
    const given = runCheck((await typed(typedDate.type)).app, { asOf: AS_OF }, AS_OF).check!;
    expect(given.asOf).toBe(AS_OF);
    expect(dateLines(given.diagnostics.map((d) => d.message))).toHaveLength(1);
    const bad = runCheck((await typed("十月底")).app, {}, AS_OF).check!;
    expect(bad.asOf).toBe(AS_OF);
    expect(dateLines(bad.diagnostics.map((d) => d.message))).toEqual([
      `监控汇总中的监控时点“十月底”不是可识别的日期（应如 2024-10-31），已按 ${AS_OF} 判断`,
    ]);
  });
});

describe("the sample (a date saved in its settings, 2024-07-31): a date typed into the summary", () => {
  test("no date given: the saved date wins, and the line says it was saved, not specified", () => {
    const first = readWorkbookBytes(new Uint8Array(readFileSync(path.join(__dirname, "../../assets/sample.xlsx"))));
    const run1 = runPipeline(first.snapshot, settingsFor(first.snapshot, {}, "2024-07-31"), { formulas: false });
    if (run1.outcome !== "planned") throw new Error("the sample has tables");
    const typed = editXlsx(writeCheckedCopy(first.pkg, run1.plan), [typedDate]);
    const { snapshot } = readWorkbookBytes(typed);
    const saved = runPipeline(snapshot, settingsFor(snapshot, {}, "2024-11-20"), { formulas: false });
    expect(dateLines(saved.check.diagnostics.map((d) => d.message))).toEqual([
      `监控汇总中填写的监控时点 ${TYPED} 未采用：本次按工作簿设置中保存的监控时点 2024-07-31 判断`,
    ]);
    const given = runPipeline(snapshot, settingsFor(snapshot, { asOf: AS_OF }, "2024-11-20"), { formulas: false });
    expect(dateLines(given.check.diagnostics.map((d) => d.message))).toEqual([
      `监控汇总中填写的监控时点 ${TYPED} 未采用：本次按指定的监控时点 ${AS_OF} 判断`,
    ]);
  });
});
