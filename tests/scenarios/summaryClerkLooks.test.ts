/**
 * Clear marks (清除标记) on the summary sheet we made (监控汇总), after the clerk formatted it: merged our title across
 * the table, gave our 预算数 cell a number format of their own, or typed a line under it. Their work stays: the sheet is
 * kept with their merge and format, only our cells are cleared (our look with them), and they are told why. A summary
 * left as we made it still goes whole. Before, the sheet was deleted with the clerk's merge and format (typed content
 * kept it already).
 */
import { BOTH_DRIVERS, BOTH_MODES, excelDriver, type Driver, type Held } from "./drivers";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(180_000);

const SUM = "监控汇总";
/** `looks`: the formats left on the summary after Clear marks (Held.formats: "number format|bold|fill"). */
const stories: {
  name: string;
  edits: UserEdit[];
  kept: boolean;
  looks?: Record<string, string>;
  drivers?: Driver<unknown>[];
}[] = [
  { name: "nothing done to it", edits: [], kept: false },
  {
    name: "our title merged across the table",
    edits: [{ sheet: SUM, merge: { top: 0, left: 0, bottom: 0, right: 12 } }],
    kept: true,
  },
  {
    name: "their number format on our 预算数",
    edits: [{ sheet: SUM, row: 6, col: 2, format: { numberFormat: "#,##0.0" } }],
    kept: true,
    looks: { [`${SUM}!C7`]: "#,##0.0||" },
  },
  { name: "a line typed under it", edits: [{ sheet: SUM, row: 20, col: 0, type: "制表：财务科" }], kept: true },
  // The add-in reads the looks of the sheets it made before Clear marks (the CLI has no Clear marks).
  {
    name: "their fill on our 执行率",
    edits: [{ sheet: SUM, row: 7, col: 4, format: { fill: "FFFF00" } }],
    kept: true,
    looks: { [`${SUM}!E8`]: "General||FFFF00" },
    drivers: [excelDriver] as Driver<unknown>[],
  },
  {
    name: "bold on an empty cell between our labels",
    edits: [{ sheet: SUM, row: 1, col: 1, format: { bold: true } }],
    kept: true,
    looks: { [`${SUM}!B2`]: "General|b|" },
    drivers: [excelDriver] as Driver<unknown>[],
  },
];

describe.each(BOTH_DRIVERS)("$name", (driver: Driver<unknown>) => {
  describe.each(BOTH_MODES)("$mode", ({ formulas }) => {
    const mine = stories.filter((s) => !s.drivers || s.drivers.includes(driver));
    describe.each(mine)("Clear marks after $name", ({ edits, kept, looks }) => {
      let edited: Held;
      let cleared: Held;
      let messages: string[];
      beforeAll(async () => {
        const once = (await driver.check(await driver.open(), formulas)).workbook;
        const w = await driver.edit(once, edits);
        edited = await driver.held(w);
        const clear = await driver.clear(w);
        messages = clear.messages;
        cleared = await driver.held(clear.workbook);
      });

      test(kept ? "the sheet stays with the clerk's merge, format and text; nothing of ours" : "the sheet goes", () => {
        expect(cleared.sheets.includes(SUM)).toBe(kept);
        if (!kept) return;
        const onSummary = (m: Map<string, string>) => [...m].filter(([k]) => k.startsWith(`${SUM}!`));
        const typed = edits.flatMap((e) => ("type" in e ? [`v:${JSON.stringify(e.type)}`] : []));
        expect(onSummary(cleared.cells).map(([, v]) => v)).toEqual(typed);
        const summaryMerges = (held: Held) => held.merges.filter((m) => m.startsWith(`${SUM}!`));
        expect(summaryMerges(cleared)).toEqual(summaryMerges(edited));
        // Their look stays as they gave it; ours (bold, fills, number formats) left with our cells.
        expect(Object.fromEntries(onSummary(cleared.formats))).toEqual(looks ?? {});
        expect(messages.join("\n")).toMatch(/已保留（只清除了本工具写入的单元格）/);
      });
    });
  });
});
