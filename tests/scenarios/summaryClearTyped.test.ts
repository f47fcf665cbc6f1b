/**
 * clear61: 清除标记 deletes 监控汇总 only when nothing of the clerk's is on it. Between a check and 清除标记 the clerk
 * types on the summary — a note beside our list (N7, right of our thirteen columns) and a line under it (column A, two
 * rows below the last project): the sheet stays with their words, only our cells emptied, and it is said in one line
 * (“工作表「监控汇总」中有您填写的内容，已保留…”). In the CLI copy, Excel and WPS (which draws no chart). Clearing again
 * changes nothing. Passes on int61 too: the promise pinned in all three hosts.
 */
import { cellName } from "../../src/core/a1";
import { runCheck, runClear } from "../../src/host/wps/actions";
import { BOTH_DRIVERS, heldOfWps, type Held } from "./drivers";
import { SETTINGS, TODAY, wpsClerk } from "./wpsClerk";

jest.setTimeout(120_000);

const SUMMARY = "监控汇总";
const BESIDE = "已电话催办";
const UNDER = "注：第3项待处室补报";
const KEPT = `工作表「${SUMMARY}」中有您填写的内容，已保留`;

/** The clerk's two cells: beside our list's first project row (N7) and two rows under the list's last row (A). */
function typedOn(held: Held): { row: number; col: number; type: string }[] {
  const rows = [...held.cells.keys()]
    .filter((k) => k.startsWith(`${SUMMARY}!A`))
    .map((k) => Number(/\d+$/.exec(k)![0]) - 1);
  expect(rows.length).toBeGreaterThan(3);
  return [
    { row: 6, col: 13, type: BESIDE },
    { row: Math.max(...rows) + 2, col: 0, type: UNDER },
  ];
}

/** What is left on the summary: its cells with something in them. */
const onSummary = (held: Held) => new Map([...held.cells].filter(([k]) => k.startsWith(`${SUMMARY}!`)));
/** The clerk's cells as onSummary gives them. */
const theirs = (typed: { row: number; col: number; type: string }[]) =>
  new Map(typed.map((t) => [`${SUMMARY}!${cellName(t.row, t.col)}`, `v:${JSON.stringify(t.type)}`]));

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  test("清除标记 keeps 监控汇总 with the clerk's words beside and under our list; twice = once", async () => {
    const once = (await driver.check(await driver.open(), false)).workbook;
    const typed = typedOn(await driver.held(once));
    const edited = await driver.edit(
      once,
      typed.map((t) => ({ sheet: SUMMARY, ...t })),
    );
    const { workbook, messages } = await driver.clear(edited);
    const after = await driver.held(workbook);
    expect(after.sheets).toContain(SUMMARY);
    expect(onSummary(after)).toEqual(theirs(typed));
    expect(messages.filter((m) => m.includes(KEPT))).toHaveLength(1);
    const again = await driver.held((await driver.clear(workbook)).workbook);
    expect(again).toEqual(after);
  });
});

describe("WPS (strict fake)", () => {
  const clerk = wpsClerk("seed-per-sheet.xlsx");
  test("清除标记 keeps 监控汇总 with the clerk's words beside and under our list; twice = once", () => {
    const fake = clerk.open();
    runCheck(fake.app, SETTINGS, TODAY);
    const typed = typedOn(heldOfWps(fake.model));
    const sheet = fake.app.ActiveWorkbook!.Worksheets.Item(SUMMARY);
    for (const t of typed) sheet.Range(cellName(t.row, t.col)).Value2 = t.type;
    const cleared = runClear(fake.app);
    const after = heldOfWps(fake.model);
    expect(after.sheets).toContain(SUMMARY);
    expect(onSummary(after)).toEqual(theirs(typed));
    expect(cleared.plan.messages.filter((m) => m.includes(KEPT))).toHaveLength(1);
    runClear(fake.app);
    expect(heldOfWps(fake.model)).toEqual(after);
  });
});
