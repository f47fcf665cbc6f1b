import { readFileSync } from "node:fs";
import path from "node:path";
import { MARKS_SHEET, type WorkbookSnapshot } from "../../../src/core/types";
import { runCheck, runClear, runLoadSettings, runSaveSettings } from "../../../src/host/excel/actions";
import { readWorkbook } from "../../../src/host/excel/read";
import { snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";
import { FakeExcel, installExcelGlobals, modelFromSnapshot } from "./fake";

installExcelGlobals();
let seed: WorkbookSnapshot;
beforeAll(async () => {
  seed = (await snapshotFromXlsx(readFileSync(path.join(__dirname, "../../fixtures/seed-one-sheet.xlsx")))).snapshot;
});

const JSON_EN = JSON.stringify({ lang: "en", asOf: "2024-07-31" });

test("saved settings go to A2 of a very hidden marks sheet, and load back", async () => {
  const fake = new FakeExcel(modelFromSnapshot(seed));
  expect(await runLoadSettings(fake.context)).toBeNull();
  await runSaveSettings(fake.context, JSON_EN);
  const marks = fake.model.sheets.find((s) => s.name === MARKS_SHEET);
  expect(marks?.visibility).toBe("VeryHidden");
  expect(marks?.cells.get("1,0")?.value).toBe(JSON_EN);
  expect(await runLoadSettings(fake.context)).toBe(JSON_EN);
  // The snapshot every host reads sees them too (what the CLI reads from the saved file).
  expect((await readWorkbook(fake.context)).snapshot.settings).toBe(JSON_EN);
});

test("a check uses the saved settings, keeps them, and Clear marks keeps them too", async () => {
  const fake = new FakeExcel(modelFromSnapshot(seed));
  expect((await runCheck(new FakeExcel(modelFromSnapshot(seed)).context, {}, "2024-08-15", false)).lang).toBe("zh");
  await runSaveSettings(fake.context, JSON_EN);
  const report = await runCheck(fake.context, {}, "2024-08-15", false);
  expect(report.check?.asOf).toBe("2024-07-31");
  expect(report.lang).toBe("en"); // what the ribbon says its outcome in
  expect(report.plan.ops.some((o) => o.op === "setValue" && o.cell.sheet === MARKS_SHEET && o.cell.row === 1)).toBe(
    false,
  );
  expect(await runLoadSettings(fake.context)).toBe(JSON_EN);
  expect((await runClear(fake.context, false)).lang).toBe("en");
  const marks = fake.model.sheets.find((s) => s.name === MARKS_SHEET);
  expect(marks).toBeDefined();
  expect(marks?.cells.get("0,0")?.value ?? null).toBeNull();
  expect(await runLoadSettings(fake.context)).toBe(JSON_EN);
});

test("our record renamed (by code): the pane's settings are read from it and saved into it, and the check uses them", async () => {
  const fake = new FakeExcel(modelFromSnapshot(seed));
  await runSaveSettings(fake.context, JSON_EN);
  await runCheck(fake.context, {}, "2024-08-15", false);
  const record = fake.context.workbook.worksheets.getItem(MARKS_SHEET);
  record.name = "记录";
  await fake.context.sync();
  const sheets = fake.model.sheets.map((s) => s.name);

  // 设置 opens with what is stored in the record the check finds.
  expect(await runLoadSettings(fake.context)).toBe(JSON_EN);
  // 保存设置 writes there, and no second record sheet appears.
  const later = JSON.stringify({ lang: "zh", asOf: "2024-09-30" });
  await runSaveSettings(fake.context, later);
  expect(fake.model.sheets.map((s) => s.name)).toEqual(sheets);
  expect(fake.model.sheets.find((s) => s.name === "记录")?.cells.get("1,0")?.value).toBe(later);
  expect(await runLoadSettings(fake.context)).toBe(later);

  // The next check judges as of the saved date and finds its record: no second block, no second summary sheet.
  const report = await runCheck(fake.context, {}, "2024-10-15", false);
  expect(report.check?.asOf).toBe("2024-09-30");
  expect(fake.model.sheets.map((s) => s.name)).toEqual(sheets);
  expect(report.plan.messages.join("\n")).not.toMatch(/已有名为|已保留未改/);
});
