/**
 * breaker65: in WPS 表格, between two checks the clerk pastes a second goal table right beside our block on the same
 * rows, as tablePastedBeside.test.ts does in Excel and the CLI copy (the 检察业务费 table of seed-per-sheet.xlsx,
 * typed in with its merged cells — Range.Merge on the WPS fake — from column O of its 办公用品采购 sheet, where our
 * block ends at N). The next check gives what one check gives the workbook with both tables from the start (the
 * summary's rows in any order: ours stay where they were); a third changes nothing; 清除标记 gives back the clerk's
 * workbook with both tables.
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { cellName } from "../../src/core/a1";
import type { WorkbookSnapshot } from "../../src/core/types";
import { runCheck, runClear } from "../../src/host/wps/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { AS_OF, heldOfWps, type Held } from "./drivers";

const FILE = path.join(__dirname, "../fixtures/seed-per-sheet.xlsx");
const S = "1 办公用品采购";
const FROM = "2 检察业务费";
const SUMMARY = "监控汇总";
const LEFT = 14; // column O: right beside our block (H:N) after the first check

let seed: WorkbookSnapshot;
beforeAll(() => {
  seed = readWorkbookBytes(readFileSync(FILE)).snapshot;
});

const check = (fake: FakeWps) => runCheck(fake.app, { asOf: AS_OF }, AS_OF);

/** The clerk's paste: every value of FROM as the seed holds it, then its merged areas, from column O on the same rows. */
function pasteBeside(fake: FakeWps): void {
  const source = seed.sheets.find((s) => s.name === FROM)!;
  const ws = fake.userSheet(S);
  source.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== "")
        ws.Range(cellName(r + source.originRow, LEFT + c + source.originCol)).Value2 = value as string | number;
    }),
  );
  for (const m of source.merges)
    ws.Range(`${cellName(m.top, m.left + LEFT)}:${cellName(m.bottom, m.right + LEFT)}`).Merge();
}

/** The summary's rows as a sorted list (each row's own number written "#"), every other sheet's cells as they are. */
function rowsAsSet(held: Held) {
  const byRow = new Map<string, string[]>();
  for (const [key, value] of held.cells) {
    if (!key.startsWith(`${SUMMARY}!`)) continue;
    const [, col, row] = /!([A-Z]+)(\d+)$/.exec(key)!;
    const own = new RegExp(`(?<![A-Z0-9!:$])(\\$?[A-Z]{1,3}\\$?)${row}(?!\\d)`, "g");
    byRow.set(row, [...(byRow.get(row) ?? []), `${col}=${value.replace(own, "$1#")}`]);
  }
  return {
    ...held,
    cells: new Map([...held.cells].filter(([key]) => !key.startsWith(`${SUMMARY}!`))),
    summary: [...byRow.values()].map((cells) => cells.sort().join(" | ")).sort(),
  };
}

test("WPS: a second table pasted right beside our block is checked as if it had been there from the start", () => {
  const fromStart = new FakeWps(modelFromSnapshot(seed));
  pasteBeside(fromStart);
  const typed = heldOfWps(fromStart.model);
  const single = check(fromStart);
  expect(single.check?.tables.filter((t) => t.table.sheet === S).map((t) => t.table.name)).toEqual([
    "办公用品采购",
    "检察业务费",
  ]);

  const fake = new FakeWps(modelFromSnapshot(seed));
  check(fake);
  expect(heldOfWps(fake.model).cells.get(`${S}!N${single.check!.tables[0].table.header.row + 1}`)).toBe('v:"备注"');
  pasteBeside(fake);
  const again = check(fake);
  expect(again.check?.tables.filter((t) => t.table.sheet === S).map((t) => t.table.name)).toEqual([
    "办公用品采购",
    "检察业务费",
  ]);
  const second = heldOfWps(fake.model);
  expect(rowsAsSet(second)).toEqual(rowsAsSet(heldOfWps(fromStart.model)));
  expect(again.plan.messages).toEqual(single.plan.messages);

  check(fake);
  expect(heldOfWps(fake.model)).toEqual(second);

  runClear(fake.app);
  expect(heldOfWps(fake.model)).toEqual(typed);
});
