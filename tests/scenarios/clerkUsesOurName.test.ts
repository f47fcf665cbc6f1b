/**
 * review38 — the clerk uses our name 监控时点 in a formula of their own, as the functions' help invites
 * (PERF.STATUS asOf: “日期、日期文本或名称“监控时点””; README: 公式通过名称“监控时点”读它), e.g. a cell of theirs
 * =DATE(2024,12,31)-监控时点 (days left) or =PERF.STATUS(D7,"86",监控时点). Then 清除标记: the name and the
 * summary it points at are deleted, silently (no message), and their formula shows #NAME? — in the CLI's copy and the
 * Excel add-in alike, in either mode, and in WPS. clearKeepsName.test.ts keeps the name while OUR formulas on a protected sheet
 * name it; a formula of the clerk's is not looked at (core/plan/definedNames.ts decides whose a name is, not who uses it).
 * Expected: Clear keeps 监控时点 (and the cell it reads) while a formula of the clerk's names it, and says so in one
 * line — or at least says that their formula will break.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { runCheck as wpsCheck, runClear as wpsClear } from "../../src/host/wps/actions";
import { FakeWps, modelFromSnapshot as wpsModel } from "../host/wps/fake";
import { AS_OF, excelDriver, xlsxDriver, type Driver } from "./drivers";
import type { FakeExcel } from "../host/excel/fake";

jest.setTimeout(180_000);

const S = "预算项目绩效目标";
const NAME = "监控时点";
const THEIRS = { sheet: S, row: 0, col: 12, type: `=DATE(2024,12,31)-${NAME}` }; // M1, right of their title

const namesOf = (driver: Driver<unknown>, w: unknown): string[] =>
  driver === (xlsxDriver as Driver<unknown>)
    ? [...strFromU8(unzipSync(w as Uint8Array)["xl/workbook.xml"]).matchAll(/<definedName [^>]*name="([^"]+)"/g)].map(
        (m) => m[1],
      )
    : [...(w as FakeExcel).model.names.keys()];

describe.each([xlsxDriver, excelDriver] as Driver<unknown>[])("$name", (driver) => {
  test.each([true, false])(
    "formulas %s: check, the clerk's =DATE(2024,12,31)-监控时点, Clear marks",
    async (formulas) => {
      const once = await driver.check(await driver.open(), formulas);
      const typed = await driver.edit(once.workbook, [THEIRS]);
      expect(namesOf(driver, typed)).toContain(NAME);
      const cleared = await driver.clear(typed);
      // Their formula is still there …
      expect((await driver.held(cleared.workbook)).cells.get(`${S}!M1`)).toBe(`f:${THEIRS.type.slice(1)}`);
      // … and still has the name it reads (else Excel shows #NAME?), or at the very least the Clear said so.
      const said = cleared.messages.some((m) => m.includes(NAME));
      expect({ kept: namesOf(driver, cleared.workbook).includes(NAME), said }).toEqual({ kept: true, said: true });
    },
  );
});

describe.each([xlsxDriver, excelDriver] as Driver<unknown>[])("$name", (driver) => {
  test("Clear twice with their formula there == once; their formula changed to a number, the next Clear takes the name and the summary", async () => {
    const once = await driver.check(await driver.open(), true);
    const typed = await driver.edit(once.workbook, [THEIRS]);
    const cleared = await driver.clear(typed);
    const twice = await driver.clear(cleared.workbook);
    expect(await driver.held(twice.workbook)).toEqual(await driver.held(cleared.workbook));
    expect(namesOf(driver, twice.workbook)).toContain(NAME);
    expect(twice.messages.filter((m) => m.includes(NAME))).toEqual(cleared.messages.filter((m) => m.includes(NAME)));
    expect(cleared.messages.filter((m) => m.includes(NAME)).join("\n")).toContain(`'${S}'!M1`);
    // The clerk no longer needs the name: M1 becomes a value of theirs (184); Clear marks now takes the name and the summary.
    const retyped = await driver.edit(twice.workbook, [{ ...THEIRS, type: "184" }]);
    const last = await driver.clear(retyped);
    expect(namesOf(driver, last.workbook)).not.toContain(NAME);
    const held = await driver.held(last.workbook);
    expect([...held.cells.keys()].filter((k) => k.startsWith("监控汇总!"))).toEqual([]);
    expect(held.cells.get(`${S}!M1`)).toMatch(/^v:"?184"?$/);
  });
});

test("WPS add-in (strict fake): the same, values mode", () => {
  const seed = path.join(__dirname, "../fixtures/seed-one-sheet.xlsx");
  const fake = new FakeWps(wpsModel(readWorkbookBytes(new Uint8Array(readFileSync(seed))).snapshot));
  wpsCheck(fake.app, { asOf: AS_OF }, AS_OF);
  expect([...fake.model.names.keys()]).toContain(NAME);
  fake.sheet(S).cells.set(`${THEIRS.row},${THEIRS.col}`, { value: 184, formula: THEIRS.type, numberFormat: "General" });
  const { plan } = wpsClear(fake.app);
  expect(fake.sheet(S).cells.get(`${THEIRS.row},${THEIRS.col}`)?.formula).toBe(THEIRS.type);
  const said = plan.messages.some((m) => m.includes(NAME));
  expect({ kept: [...fake.model.names.keys()].includes(NAME), said }).toEqual({ kept: true, said: true });
});
