import fc from "fast-check";
import { SheetGrid } from "../../../src/core/read/sheetGrid";
import type { CellValue, SheetSnapshot } from "../../../src/core/types";

/** What SheetGrid.labelText gave before it was kept on the cell's record (session 62): two replaces per call. */
function asWrittenBefore(text: string): string {
  return text.replace(/\s+/g, "").replace(/^[*＊]+|[*＊]+$/g, "");
}

function sheetOf(values: CellValue[][]): SheetSnapshot {
  return { name: "表1", originRow: 1, originCol: 1, values, merges: [] };
}

/** Letters a label as a unit writes it is made of: spaces of every kind, line breaks, required stars. */
const labelChar = fc.constantFrom(" ", "\n", "\r", "\t", "\u3000", "*", "＊", "指", "标", "值", "调", "整", "a", "1");

describe("a label's text as written (no layout spaces, no required star), kept on its cell text's record", () => {
  test("is what the two replaces gave, for any text, asked once or again, in this grid or another", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(labelChar, { maxLength: 12 }).map((cs) => cs.join("")),
          { maxLength: 6 },
        ),
        (texts) => {
          const row: CellValue[] = texts;
          const grid = new SheetGrid(sheetOf([row]));
          const again = new SheetGrid(sheetOf([row]));
          texts.forEach((_text, i) => {
            const expected = asWrittenBefore(grid.text(1, 1 + i));
            expect(grid.labelText(1, 1 + i)).toBe(expected);
            expect(grid.labelText(1, 1 + i)).toBe(expected);
            expect(again.labelText(1, 1 + i)).toBe(expected);
            expect(grid.cell(1, 1 + i).labelText).toBe(expected);
          });
        },
      ),
    );
  });

  test("is worked out once per distinct text: a header's labels asked again replace nothing (fails on main)", () => {
    // A text no other test has put in the shared text table, so its record is new here.
    const label = `年度 指标值＊ ${Math.random()}`;
    const grid = new SheetGrid(sheetOf([[label, null, label]]));
    const replace = jest.spyOn(String.prototype, "replace");
    try {
      const first = grid.labelText(1, 1);
      const calls = replace.mock.calls.length;
      expect(grid.labelText(1, 1)).toBe(first);
      expect(grid.labelText(1, 3)).toBe(first);
      expect(new SheetGrid(sheetOf([[label]])).labelText(1, 1)).toBe(first);
      expect(replace.mock.calls.length).toBe(calls);
    } finally {
      replace.mockRestore();
    }
  });
});
