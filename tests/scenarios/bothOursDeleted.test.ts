/**
 * Our record sheet (_PerfTargets, by a macro: it has no tab) and our summary (监控汇总) are both deleted between two
 * checks. The defined name 监控时点 pointed at the summary's date; each host turns it into #REF! (Excel and WPS keep
 * the address: #REF!$B$3). With the record gone nothing says the name was ours — but a name 监控时点 whose target is
 * gone points at nothing the clerk could read, and it is the name our formulas left on the tables use. The next check
 * re-points it at the new summary's date and says so in one line (was: it took the name for the clerk's, made
 * 监控时点_2, and said “名称“监控时点”是您定义的，未改动”; the kept formulas went on showing #REF!). The check after it
 * changes nothing. Through the CLI's checked copy, the Excel add-in (strict fake) and WPS (strict fake).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { runCheck as wpsCheck } from "../../src/host/wps/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { MARKS_SHEET } from "../../src/core/types";
import { FakeWps, modelFromSnapshot as wpsModel } from "../host/wps/fake";
import type { FakeExcel } from "../host/excel/fake";
import { AS_OF, excelDriver, heldOfWps, xlsxDriver, type Held } from "./drivers";

jest.setTimeout(180_000);

const SEED = path.join(__dirname, "../fixtures/seed-one-sheet.xlsx");
const SUMMARY = "监控汇总";
const NAME = "监控时点";

/** Every defined name → where it points, quotes and "=" aside (hosts differ in them). */
type Names = Record<string, string>;
const plain = (refersTo: string) => refersTo.replace(/^=/, "").replace(/'/g, "");

interface Host<W> {
  name: string;
  open(): Promise<W>;
  check(w: W): Promise<{ workbook: W; messages: string[] }>;
  deleteOurs(w: W): Promise<W>;
  held(w: W): Promise<Held>;
  names(w: W): Names;
}

const xlsxHost: Host<Uint8Array> = {
  name: "xlsx (CLI checked copy)",
  open: () => xlsxDriver.open(SEED),
  check: (bytes) => xlsxDriver.check(bytes, false),
  deleteOurs: (bytes) =>
    xlsxDriver.edit(bytes, [
      { sheet: MARKS_SHEET, deleteSheet: true },
      { sheet: SUMMARY, deleteSheet: true },
    ]),
  held: (bytes) => xlsxDriver.held(bytes),
  names(bytes) {
    const xml = strFromU8(unzipSync(bytes)["xl/workbook.xml"]);
    const names: Names = {};
    for (const m of xml.matchAll(/<definedName ([^>]*)>([^<]*)<\/definedName>/g))
      names[/\bname="([^"]+)"/.exec(m[1])![1]] = plain(m[2].replace(/&apos;/g, "'"));
    return names;
  },
};

const excelHost: Host<FakeExcel> = {
  name: "Excel add-in (strict fake)",
  open: () => excelDriver.open(SEED),
  check: (fake) => excelDriver.check(fake, true),
  deleteOurs: (fake) =>
    excelDriver.edit(fake, [
      { sheet: MARKS_SHEET, deleteSheet: true },
      { sheet: SUMMARY, deleteSheet: true },
    ]),
  held: (fake) => excelDriver.held(fake),
  names(fake) {
    const names: Names = {};
    for (const [name, t] of fake.model.names)
      names[name] =
        t.address === "#REF!" ? "#REF!" : `${t.sheet}!${t.address.replace(/^([A-Z]+)(\d+)(:\1\2)?$/, "$$$1$$$2")}`;
    return names;
  },
};

const wpsHost: Host<FakeWps> = {
  name: "WPS (strict fake)",
  open: async () => new FakeWps(wpsModel(readWorkbookBytes(new Uint8Array(readFileSync(SEED))).snapshot)),
  async check(fake) {
    return { workbook: fake, messages: wpsCheck(fake.app, { asOf: AS_OF }, AS_OF).plan.messages };
  },
  async deleteOurs(fake) {
    fake.deleteSheet(MARKS_SHEET);
    fake.deleteSheet(SUMMARY);
    return fake;
  },
  held: async (fake) => heldOfWps(fake.model),
  names(fake) {
    const names: Names = {};
    for (const [name, refersTo] of fake.model.names) names[name] = plain(refersTo);
    return names;
  },
};

describe.each([xlsxHost, excelHost, wpsHost] as Host<unknown>[])("$name", (host) => {
  let before: Names;
  let gone: Names;
  let second: { names: Names; held: Held; messages: string[] };
  let third: { names: Names; held: Held };

  beforeAll(async () => {
    const once = (await host.check(await host.open())).workbook;
    before = host.names(once);
    const deleted = await host.deleteOurs(once);
    gone = host.names(deleted);
    const again = await host.check(deleted);
    second = { names: host.names(again.workbook), held: await host.held(again.workbook), messages: again.messages };
    const thrice = (await host.check(again.workbook)).workbook;
    third = { names: host.names(thrice), held: await host.held(thrice) };
  });

  test("the deletion leaves 监控时点 pointing at #REF!", () => {
    expect(before[NAME]).toBe(`${SUMMARY}!$B$3`);
    expect(gone[NAME]).toMatch(/^#REF!/);
  });

  test("the next check points 监控时点 at the new summary's date again, makes no 监控时点_2, says so in one line", () => {
    expect(second.names).toEqual(before);
    const lines = second.messages.filter((m) => m.includes(`“${NAME}”`));
    expect(lines).toEqual([expect.stringContaining("已改为指向新建的汇总表中的监控时点")]);
    expect(second.messages.join("\n")).not.toContain("是您定义的");
  });

  test("the check after it changes nothing and says nothing of the name", async () => {
    expect(third.names).toEqual(second.names);
    expect(third.held).toEqual(second.held);
  });
});

describe.each([xlsxHost, excelHost, wpsHost] as Host<unknown>[])("$name: the record sheet alone deleted", (host) => {
  test("监控时点 on the old summary is kept, and the line does not say the clerk defined it", async () => {
    const once = (await host.check(await host.open())).workbook;
    const before = host.names(once);
    const gone =
      host === wpsHost
        ? ((once as FakeWps).deleteSheet(MARKS_SHEET), once)
        : host === xlsxHost
          ? await xlsxDriver.edit(once as Uint8Array, [{ sheet: MARKS_SHEET, deleteSheet: true }])
          : await excelDriver.edit(once as FakeExcel, [{ sheet: MARKS_SHEET, deleteSheet: true }]);
    const again = await host.check(gone);
    expect(host.names(again.workbook)[NAME]).toBe(before[NAME]);
    const lines = again.messages.filter((m) => m.includes(`“${NAME}”`));
    expect(lines).toEqual([expect.stringContaining("但本工具的记录已不在，无法确认是本工具所设")]);
    expect(again.messages.join("\n")).not.toContain("是您定义的");
  });
});
