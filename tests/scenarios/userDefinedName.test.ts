/**
 * The clerk's own defined name 监控时点 (公式 → 名称管理器: 监控时点 = 封面!$B$2, their date, read by their formula
 * 封面!B3 = DATE(2024,12,31)-监控时点), at the workbook's scope or their 封面 sheet's, through every host: the CLI's checked
 * copy, the Excel add-in (strict fake) in formulas and values mode, WPS (strict fake). Also the clerk who, after a first
 * check, points 监控时点 at their own cell (名称管理器 → 编辑) before checking again.
 * Their name stays exactly as it was after a check, a second check and Clear marks; ours is 监控时点_2 (pointing at our
 * summary's date, read by our formulas), the check says so in one line, twice is once, and Clear takes only ours.
 * Before (review36): the check re-pointed their name at 监控汇总!B3 and Clear deleted it — their formula then read our
 * date, and after Clear gave #NAME?.
 */
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { runCheck as wpsCheck, runClear as wpsClear } from "../../src/host/wps/actions";
import { FakeWps, modelFromSnapshot as wpsModel } from "../host/wps/fake";
import type { FakeExcel } from "../host/excel/fake";
import { AS_OF, excelDriver, heldOfWps, xlsxDriver, type Driver, type Held } from "./drivers";

jest.setTimeout(180_000);

const SEED = path.join(__dirname, "../fixtures/seed-one-sheet.xlsx");
const COVER = "封面";
const NAME = "监控时点";
const OURS = `${NAME}_2`;
/** Their name as the name manager shows it: where it points (quotes and "=" aside, as hosts differ in them). */
const THEIRS = "封面!$B$2";
const SUMMARY_DATE = "监控汇总!$B$3";

/** One defined name: "监控时点" (the workbook's) or "封面!监控时点" (the sheet's) → where it points. */
type Names = Record<string, string>;
const plain = (refersTo: string) => refersTo.replace(/^=/, "").replace(/'/g, "");

/** The seed with the clerk's 封面 (their date, their formula reading it) and their name, at `scope`. */
type Scope = "workbook" | "sheet" | "none";

async function clerkFile(scope: Scope): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(SEED) as unknown as ExcelJS.Buffer);
  const cover = wb.addWorksheet(COVER);
  cover.getCell("A2").value = NAME;
  cover.getCell("B2").value = new Date(Date.UTC(2024, 5, 30));
  cover.getCell("B2").numFmt = "yyyy-mm-dd";
  cover.getCell("A3").value = "距年底天数";
  if (scope !== "none") {
    cover.getCell("B3").value = { formula: `DATE(2024,12,31)-${NAME}`, result: 184 } as ExcelJS.CellFormulaValue;
    wb.definedNames.add(`'${COVER}'!$B$2`, NAME);
  }
  let bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  if (scope === "sheet") {
    // ExcelJS writes workbook names only: the sheet's scope is the name's localSheetId (ECMA-376 18.2.5), 封面's index.
    const parts = unzipSync(bytes);
    const xml = strFromU8(parts["xl/workbook.xml"]);
    const index = [...xml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].findIndex((m) => m[1] === COVER);
    const next = xml.replace(`<definedName name="${NAME}"`, `<definedName name="${NAME}" localSheetId="${index}"`);
    expect(next).not.toBe(xml);
    bytes = zipSync({ ...parts, "xl/workbook.xml": strToU8(next) });
  }
  const file = path.join(os.tmpdir(), `user-name-${scope}-${process.pid}.xlsx`);
  writeFileSync(file, bytes);
  return file;
}

// ───── the hosts: a check, Clear marks, what they hold, their names, the clerk re-pointing 监控时点 ─────

interface Host<W> {
  name: string;
  modes: boolean[];
  /** The clerk's workbook as this host holds it, their name in `scope` (the file has it already). */
  open(file: string, scope: Scope): Promise<W>;
  check(w: W, formulas: boolean): Promise<{ workbook: W; messages: string[] }>;
  clear(w: W): Promise<{ workbook: W; messages: string[] }>;
  held(w: W): Promise<Held>;
  names(w: W): Names;
  /** 名称管理器 → 监控时点 → 编辑: it now points at 封面!$B$2. */
  repoint(w: W): Promise<W>;
}

const xlsxNames = (bytes: Uint8Array): Names => {
  const xml = strFromU8(unzipSync(bytes)["xl/workbook.xml"]);
  const sheets = [...xml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  const names: Names = {};
  for (const m of xml.matchAll(/<definedName ([^>]*)>([^<]*)<\/definedName>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[1])![1];
    const local = /\blocalSheetId="(\d+)"/.exec(m[1])?.[1];
    names[local === undefined ? name : `${sheets[Number(local)]}!${name}`] = plain(m[2].replace(/&apos;/g, "'"));
  }
  return names;
};

const fromDriver = <W>(
  driver: Driver<W>,
  names: (w: W) => Names,
  repoint: (w: W) => Promise<W>,
  give: (w: W, scope: Scope) => void = () => {},
): Host<W> => ({
  name: driver.name,
  modes: [true, false],
  open: async (file, scope) => {
    const w = await driver.open(file);
    give(w, scope);
    return w;
  },
  check: (w, formulas) => driver.check(w, formulas),
  clear: (w) => driver.clear(w),
  held: (w) => driver.held(w),
  names,
  repoint,
});

const xlsxHost = fromDriver(xlsxDriver, xlsxNames, async (bytes) => {
  const parts = unzipSync(bytes);
  const xml = strFromU8(parts["xl/workbook.xml"]);
  const next = xml.replace(/(<definedName name="监控时点">)[^<]*/, `$1'${COVER}'!$B$2`);
  expect(next).not.toBe(xml);
  return zipSync({ ...parts, "xl/workbook.xml": strToU8(next) });
});

const excelHost = fromDriver(
  excelDriver,
  (fake: FakeExcel) => {
    const names: Names = {};
    const where = (t: { sheet: string; address: string }) =>
      t.address === "#REF!" ? "#REF!" : `${t.sheet}!${t.address.replace(/^([A-Z]+)(\d+)(:\1\2)?$/, "$$$1$$$2")}`;
    for (const [name, target] of fake.model.names) names[name] = where(target);
    for (const s of fake.model.sheets)
      for (const [name, target] of s.names ?? []) names[`${s.name}!${name}`] = where(target);
    return names;
  },
  async (fake) => {
    fake.model.names.set(NAME, { sheet: COVER, address: "B2" });
    return fake;
  },
  // Their name as Excel holds it (RULES: NAMES), set here rather than carried from the file by the fake.
  (fake, scope) => {
    const cover = fake.model.sheets.find((s) => s.name === COVER)!;
    if (scope === "workbook") fake.model.names.set(NAME, { sheet: COVER, address: "B2" });
    if (scope === "sheet") (cover.names ??= new Map()).set(NAME, { sheet: COVER, address: "B2" });
  },
);

const wpsHost: Host<FakeWps> = {
  name: "WPS (strict fake)",
  modes: [false], // WPS writes values (no custom functions)
  async open(file, scope) {
    const fake = new FakeWps(wpsModel(readWorkbookBytes(new Uint8Array(readFileSync(file))).snapshot));
    // Their name as Workbook.Names lists it, set here rather than carried from the file by the fake.
    if (scope !== "none") fake.model.names.set(scope === "sheet" ? `${COVER}!${NAME}` : NAME, `='${COVER}'!$B$2`);
    return fake;
  },
  async check(fake) {
    const report = wpsCheck(fake.app, { asOf: AS_OF }, AS_OF);
    return { workbook: fake, messages: report.plan.messages };
  },
  async clear(fake) {
    return { workbook: fake, messages: wpsClear(fake.app).plan.messages };
  },
  async held(fake) {
    return heldOfWps(fake.model);
  },
  names(fake) {
    const names: Names = {};
    for (const [name, refersTo] of fake.model.names) names[name.replace(/'/g, "")] = plain(refersTo);
    return names;
  },
  async repoint(fake) {
    fake.model.names.set(NAME, `='${COVER}'!$B$2`);
    return fake;
  },
};

const HOSTS = [xlsxHost, excelHost, wpsHost] as Host<unknown>[];

/** Our formulas: every formula cell the check wrote outside 封面 (theirs: 封面!B3). */
const ourFormulas = (held: Held) =>
  [...held.cells].filter(([k, v]) => !k.startsWith(`${COVER}!`) && v.startsWith("f:")).map(([, v]) => v);
/** 监控时点 itself in a formula (not 监控时点_2). */
const BARE = new RegExp(`${NAME}(?![_\\w])`);

const runs = HOSTS.flatMap((host) => host.modes.map((formulas) => ({ host, formulas })));

describe.each(["workbook", "sheet"] as const)("their 监控时点 at the %s's scope", (scope) => {
  let file: string;
  beforeAll(async () => {
    file = await clerkFile(scope);
  });
  const theirKey = scope === "workbook" ? NAME : `${COVER}!${NAME}`;

  test.each(runs)(
    "$host.name (formulas $formulas): kept through check, check, Clear; ours is 监控时点_2",
    async ({ host, formulas }) => {
      const original = await host.open(file, scope);
      const before = host.names(original);
      expect(before[theirKey]).toBe(THEIRS);
      const theirCell = (await host.held(original)).cells.get(`${COVER}!B3`);

      const once = await host.check(original, formulas);
      const onceHeld = await host.held(once.workbook);
      const onceNames = host.names(once.workbook);
      expect(onceNames).toEqual({ ...before, [OURS]: SUMMARY_DATE });
      expect(onceHeld.cells.get(`${COVER}!B3`)).toBe(theirCell);
      expect(once.messages.filter((m) => m.includes(`“${NAME}”`))).toEqual([
        expect.stringMatching(new RegExp(`是您定义的，未改动；本工具的公式改用名称“${OURS}”`)),
      ]);
      const formulasNow = ourFormulas(onceHeld);
      if (formulas) {
        expect(formulasNow.some((f) => f.includes(OURS))).toBe(true);
        expect(formulasNow.filter((f) => BARE.test(f))).toEqual([]);
      }

      const twice = await host.check(once.workbook, formulas);
      expect(host.names(twice.workbook)).toEqual(onceNames);
      expect(await host.held(twice.workbook)).toEqual(onceHeld);
      expect(twice.messages).toEqual(once.messages);

      const cleared = await host.clear(twice.workbook);
      expect(host.names(cleared.workbook)).toEqual(before);
      expect((await host.held(cleared.workbook)).cells.get(`${COVER}!B3`)).toBe(theirCell);
    },
  );
});

describe("the clerk points 监控时点 at their own date after a first check", () => {
  let file: string;
  beforeAll(async () => {
    file = await clerkFile("none");
  });

  test.each(runs)(
    "$host.name (formulas $formulas): their name stays theirs from then on",
    async ({ host, formulas }) => {
      const once = await host.check(await host.open(file, "none"), formulas);
      const onceNames = host.names(once.workbook);
      // A workbook checked before (by this version or an earlier one): 监控时点 is ours, on our summary's date.
      expect(onceNames[NAME]).toBe(SUMMARY_DATE);
      expect(onceNames[OURS]).toBeUndefined();
      const again = await host.check(once.workbook, formulas);
      expect(host.names(again.workbook)).toEqual(onceNames);
      expect(await host.held(again.workbook)).toEqual(await host.held(once.workbook));

      const repointed = await host.repoint(again.workbook);
      const second = await host.check(repointed, formulas);
      const secondNames = host.names(second.workbook);
      expect(secondNames).toEqual({ ...onceNames, [NAME]: THEIRS, [OURS]: SUMMARY_DATE });
      const secondHeld = await host.held(second.workbook);
      if (formulas) expect(ourFormulas(secondHeld).filter((f) => BARE.test(f))).toEqual([]);
      expect(second.messages.join("\n")).toContain(`本工具的公式改用名称“${OURS}”`);

      const third = await host.check(second.workbook, formulas);
      expect(host.names(third.workbook)).toEqual(secondNames);
      expect(await host.held(third.workbook)).toEqual(secondHeld);

      const cleared = await host.clear(third.workbook);
      const left = host.names(cleared.workbook);
      expect(left[NAME]).toBe(THEIRS);
      expect(left[OURS]).toBeUndefined();
    },
  );
});
