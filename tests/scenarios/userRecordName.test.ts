/**
 * The user's workbook holds a visible sheet of their own named like our record sheet (_PerfTargets) — here a copy of
 * their table sheet (Move or Copy…), never checked. Through the CLI's checked copy, the add-in on the strict Excel
 * fake and WPS on its fake.
 * Before: the check took any sheet of that name for its record and wrote the record's JSON over their A1 (and the
 * settings over A2). Now a sheet of that name holding anything but our record is theirs: never written; the record
 * goes to a very hidden `_PerfTargets (2)`, found again by the next check (twice = once), and Clear marks takes only
 * that.
 */
import { MARKS_SHEET, type SheetSnapshot, type WorkbookSnapshot } from "../../src/core/types";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { runCheck, runClear } from "../../src/host/wps/actions";
import { readWorkbook as readWps } from "../../src/host/wps/read";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { AS_OF, BOTH_DRIVERS, heldOfWps, xlsxDriver, type Held } from "./drivers";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const SPARE = `${MARKS_SHEET} (2)`;

/** The user's sheet as they see it: every value and formula by address. */
const cellsOf = (snapshot: WorkbookSnapshot): Map<string, unknown> => {
  const sheet = snapshot.sheets.find((s) => s.name === MARKS_SHEET) as SheetSnapshot;
  expect(sheet).toBeDefined();
  const out = new Map<string, unknown>();
  sheet.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const f = sheet.formulas?.[r]?.[c];
      if (v !== null || f) out.set(`${r + sheet.originRow},${c + sheet.originCol}`, f ?? v);
    }),
  );
  return out;
};

/** Held without our spare record sheet: the record's text changes with each run. */
const withoutSpare = (held: Held) => ({
  ...held,
  cells: new Map([...held.cells].filter(([cell]) => !cell.startsWith(`${SPARE}!`))),
  rules: new Map([...held.rules].filter(([sheet]) => sheet !== SPARE)),
});

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  let mine: Map<string, unknown>;
  let seedSheets: string[];
  let first: { held: Held; snapshot: WorkbookSnapshot; messages: string[] };
  let second: { held: Held; snapshot: WorkbookSnapshot };
  let cleared: { held: Held; snapshot: WorkbookSnapshot };

  beforeAll(async () => {
    const seed = await driver.edit(await driver.open(), [{ sheet: S, copyTo: MARKS_SHEET }]);
    mine = cellsOf(await driver.snapshot(seed));
    seedSheets = (await driver.held(seed)).sheets;
    const once = await driver.check(seed, false);
    first = {
      held: await driver.held(once.workbook),
      snapshot: await driver.snapshot(once.workbook),
      messages: once.messages,
    };
    const twice = (await driver.check(once.workbook, false)).workbook;
    second = { held: await driver.held(twice), snapshot: await driver.snapshot(twice) };
    const gone = (await driver.clear(twice)).workbook;
    cleared = { held: await driver.held(gone), snapshot: await driver.snapshot(gone) };
  });

  test("their sheet keeps every cell; the record goes to a very hidden spare, and the check says so", () => {
    expect(cellsOf(first.snapshot)).toEqual(mine);
    expect(first.snapshot.marksSheet).toBe(SPARE);
    expect(first.snapshot.marks).toBeTruthy();
    expect(first.messages.join("\n")).toContain(`工作表「${MARKS_SHEET}」是您的，未写入`);
  });

  test("the next check finds its record in the spare: nothing changes, no third record sheet", () => {
    expect(cellsOf(second.snapshot)).toEqual(mine);
    expect(second.snapshot.marksSheet).toBe(SPARE);
    expect(withoutSpare(second.held)).toEqual(withoutSpare(first.held));
    expect(second.held.sheets).not.toContain(`${MARKS_SHEET} (3)`);
  });

  test("清除标记 takes our record and leaves their sheet as it was", () => {
    expect(cellsOf(cleared.snapshot)).toEqual(mine);
    expect(cleared.held.sheets).toEqual(seedSheets);
  });
});

describe("WPS (values): a sheet of the user's named _PerfTargets", () => {
  test("is never written, twice = once, Clear marks takes only our record", async () => {
    const seed = await xlsxDriver.edit(await xlsxDriver.open(), [{ sheet: S, copyTo: MARKS_SHEET }]);
    const fake = new FakeWps(modelFromSnapshot(readWorkbookBytes(seed).snapshot));
    const mine = cellsOf(readWps(fake.app).snapshot);
    const seedSheets = heldOfWps(fake.model).sheets;
    const report = runCheck(fake.app, { asOf: AS_OF }, AS_OF);
    expect(report.plan.messages.join("\n")).toContain(`工作表「${MARKS_SHEET}」是您的，未写入`);
    const once = heldOfWps(fake.model);
    expect(cellsOf(readWps(fake.app).snapshot)).toEqual(mine);
    expect(fake.model.sheets.find((s) => s.name === SPARE)?.visible).toBe(2); // xlSheetVeryHidden
    runCheck(fake.app, { asOf: AS_OF }, AS_OF);
    expect(withoutSpare(heldOfWps(fake.model))).toEqual(withoutSpare(once));
    expect(cellsOf(readWps(fake.app).snapshot)).toEqual(mine);
    runClear(fake.app);
    expect(cellsOf(readWps(fake.app).snapshot)).toEqual(mine);
    expect(heldOfWps(fake.model).sheets).toEqual(seedSheets);
  });
});
