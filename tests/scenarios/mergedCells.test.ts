/**
 * The clerk merges cells in our block between two runs (excelShift.ts, MERGE): two rows of 偏差原因 become one cell
 * with one reason typed for both indicators, and two rows of 备注 one empty cell. The next checks keep the merged
 * areas and the reason, a third check changes nothing, and Clear marks leaves the merges, the reason and its
 * column's header. Through both appliers, formulas and values mode.
 */
import { checkWorkbook } from "../../src/core/check";
import { DEFAULT_SETTINGS, type WorkbookSnapshot } from "../../src/core/types";
import { workbookMap } from "../../src/host/xlsx/parts";
import { openPackage, partText } from "../../src/host/xlsx/zip";
import { BOTH_DRIVERS, BOTH_MODES, AS_OF, type Held } from "./drivers";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const TABLE = "办公用品采购";
const SETTINGS = { ...DEFAULT_SETTINGS, asOf: AS_OF };
const REASON = "两项一并说明：设备到货延迟";

function merging(snapshot: WorkbookSnapshot): { edits: UserEdit[]; areas: string[]; reasonCell: string } {
  const t = checkWorkbook(snapshot, SETTINGS).tables.find((c) => c.table.sheet === S && c.table.name === TABLE)!.table;
  const s = snapshot.sheets.find((x) => x.name === S)!;
  const header = s.values[t.header.row - s.originRow];
  const col = (text: string) => header.indexOf(text) + s.originCol;
  const rows = t.indicators.map((i) => i.row);
  const area = (c: number, top: number) => ({ top, left: c, bottom: top + 1, right: c });
  const reason = area(col("偏差原因"), rows[0]);
  const note = area(col("备注"), rows[2]);
  const a1 = (r: typeof reason) =>
    `${S}!${String.fromCharCode(65 + r.left)}${r.top + 1}:${String.fromCharCode(65 + r.left)}${r.bottom + 1}`;
  return {
    edits: [
      { sheet: S, merge: reason },
      { sheet: S, merge: note },
      { sheet: S, row: reason.top, col: reason.left, type: REASON },
    ],
    areas: [a1(reason), a1(note)],
    reasonCell: `${S}!${String.fromCharCode(65 + reason.left)}${reason.top + 1}`,
  };
}

const drivers = BOTH_DRIVERS;

/** Whether the cell holds a value or formula in the sheet's XML, covered by a merged area or not. */
function rawCell(bytes: Uint8Array, sheet: string, ref: string): boolean {
  const pkg = openPackage(bytes);
  const xml = partText(pkg, workbookMap(pkg).sheets.find((x) => x.name === sheet)!.part!) ?? "";
  const cell = new RegExp(`<c\\b[^>]*?\\br="${ref}"[^>]*?(?:/>|>([\\s\\S]*?)</c>)`).exec(xml);
  return !!cell?.[1] && /<(v|f|is)\b/.test(cell[1]);
}

describe.each(drivers)("$name", (driver) => {
  describe.each(BOTH_MODES)("$mode: cells of our input columns merged, a reason typed", ({ formulas }) => {
    let edited: Held;
    let second: Held;
    let third: Held;
    let cleared: Held;
    let original: Held;
    let said: string;
    let areas: string[];
    let reasonCell: string;

    beforeAll(async () => {
      original = await driver.held(await driver.open());
      const once = (await driver.check(await driver.open(), formulas)).workbook;
      const plan = merging(await driver.snapshot(once));
      ({ areas, reasonCell } = plan);
      const user = await driver.edit(once, plan.edits);
      edited = await driver.held(user);
      const again = await driver.check(user, formulas);
      said = again.messages.join("\n");
      second = await driver.held(again.workbook);
      const thrice = (await driver.check(again.workbook, formulas)).workbook;
      third = await driver.held(thrice);
      cleared = await driver.held((await driver.clear(thrice)).workbook);
    });

    test("the next check keeps the merged areas and the reason, and writes what it wrote before", () => {
      for (const area of areas) expect(second.merges).toContain(area);
      expect(second.merges).toEqual(edited.merges);
      expect(second.cells.get(reasonCell)).toBe(`v:${JSON.stringify(REASON)}`);
      expect(second.cells).toEqual(edited.cells);
      expect(said).not.toMatch(/出错/);
    });

    test("a third check changes nothing", () => {
      expect(third.cells).toEqual(second.cells);
      expect(third.merges).toEqual(second.merges);
      expect(third.rules).toEqual(second.rules);
      expect(third.notes).toEqual(second.notes);
    });

    test("Clear marks leaves the user's workbook with the merges, the reason and its header", () => {
      expect(cleared.merges).toEqual([...original.merges, ...areas].sort());
      const extra = [...cleared.cells].filter(([k]) => !original.cells.has(k)).map(([, v]) => v);
      expect(extra.sort()).toEqual([`v:${JSON.stringify(REASON)}`, 'v:"偏差原因"']);
      for (const [k, v] of original.cells) expect([k, cleared.cells.get(k)]).toEqual([k, v]);
    });
  });
});

/**
 * The clerk merges two rows of our 状态 column (emptying the lower cell first, as Excel would otherwise drop its
 * value): the merged cell shows one status for both rows. The lower cell is covered by the user's merge: the next
 * check writes nothing into it (Excel shows only the upper-left cell of a merged area), keeps the merge, and a third
 * check changes nothing.
 */
describe.each(drivers)("$name: two rows of our 状态 merged", (driver) => {
  test.each([true, false])("formulas: %s", async (formulas) => {
    const once = (await driver.check(await driver.open(), formulas)).workbook;
    const snapshot = await driver.snapshot(once);
    const t = checkWorkbook(snapshot, SETTINGS).tables.find(
      (c) => c.table.sheet === S && c.table.name === TABLE,
    )!.table;
    const s = snapshot.sheets.find((x) => x.name === S)!;
    const col = s.values[t.header.row - s.originRow].indexOf("状态") + s.originCol;
    const [upper, lower] = t.indicators.map((i) => i.row);
    const user = await driver.edit(once, [
      { sheet: S, row: lower, col, type: "" },
      { sheet: S, merge: { top: upper, left: col, bottom: lower, right: col } },
    ]);
    const edited = await driver.held(user);
    const again = await driver.check(user, formulas);
    const second = await driver.held(again.workbook);
    const covered = `${S}!${String.fromCharCode(65 + col)}${lower + 1}`;
    expect(edited.cells.get(covered)).toBeUndefined();
    expect(second.cells.get(covered)).toBeUndefined();
    // The .xlsx reader gives only a merged area's upper-left value (as Office.js does): the file itself is asked.
    if (again.workbook instanceof Uint8Array) expect(rawCell(again.workbook, S, covered.split("!")[1])).toBe(false);
    expect(second.merges).toEqual(edited.merges);
    expect(second.cells).toEqual(edited.cells);
    const third = await driver.held((await driver.check(again.workbook, formulas)).workbook);
    expect(third.cells).toEqual(second.cells);
    expect(third.notes).toEqual(second.notes);
    expect(third.rules).toEqual(second.rules);
  });
});
