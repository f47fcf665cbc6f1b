/**
 * Two colleagues on one workbook in WPS 表格, one in 中文 and one in English: checks from the pane alternate between the
 * languages (the pane's setting, saved in the workbook), an actual typed between them; then Clear marks. Promises: each
 * check judges the same tables the same way whatever the language of our headers already there; the typed actual is
 * kept; the clear leaves the clerk's own workbook and their actual (with its column's header, said so).
 */
import { cellName } from "../../src/core/a1";
import { DEFAULT_STORED } from "../../src/core/settings";
import { DEFAULT_SETTINGS, type CheckResult } from "../../src/core/types";
import { runClear } from "../../src/host/wps/actions";
import { readWorkbook as readWps } from "../../src/host/wps/read";
import { createWpsHost } from "../../src/taskpane/hosts/wpsHost";
import { heldOfWps } from "./drivers";
import { seedTable } from "./seedTable";
import { TODAY, wpsClerk } from "./wpsClerk";

const clerk = wpsClerk("seed-one-sheet.xlsx");
const judged = (r: CheckResult) =>
  r.tables.map((t) => [t.table.sheet, t.table.name, t.table.header.row, t.results.map((i) => i.status)]);

test("checks alternating 中文 / English judge alike, keep what was typed, and clear to the clerk's workbook", async () => {
  const fake = clerk.open();
  const pane = createWpsHost(fake.app, () => TODAY);
  const checkIn = async (lang: "zh" | "en") => {
    await pane.saveSettings({ ...DEFAULT_STORED, lang, asOf: TODAY });
    return pane.check({ ...DEFAULT_SETTINGS, lang, asOf: TODAY });
  };
  await checkIn("zh");
  // The first check makes the unit-wide sheet from the prose goals, which later checks read as one table: compare those.
  const zh = await checkIn("zh");
  const first = seedTable(readWps(fake.app, false).snapshot, clerk.user, zh.tables[0].table.name);
  const actual = cellName(first.rows[0], first.col("实际完成值"));
  fake.app.ActiveWorkbook!.Worksheets.Item(clerk.user).Range(actual).Value2 = 80;
  const typed = heldOfWps(fake.model).cells.get(`${clerk.user}!${actual}`);
  expect(typed).toBe("v:80");

  const en = await checkIn("en");
  const zhAgain = await checkIn("zh");
  const enAgain = await checkIn("en");
  expect(judged(zhAgain)).toEqual(judged(en));
  expect(judged(enAgain)).toEqual(judged(en));
  expect(en.tables[0].results[0].status).not.toBe(zh.tables[0].results[0].status); // the 80 was read
  expect(heldOfWps(fake.model).cells.get(`${clerk.user}!${actual}`)).toBe(typed);

  const clear = runClear(fake.app);
  const left = heldOfWps(fake.model);
  const theirs = heldOfWps(clerk.open().model);
  const differ = [...new Set([...left.cells.keys(), ...theirs.cells.keys()])].filter(
    (k) => left.cells.get(k) !== theirs.cells.get(k),
  );
  const header = cellName(first.t.header.row, first.col("实际完成值"));
  expect(differ.sort()).toEqual([`${clerk.user}!${actual}`, `${clerk.user}!${header}`].sort());
  expect(left.cells.get(`${clerk.user}!${actual}`)).toBe(typed);
  expect(left.cells.get(`${clerk.user}!${header}`)).toBe('v:"Actual"'); // the last check's language
  expect(clear.plan.messages.join("\n")).toMatch(/^These input columns hold values you typed and were kept: /);
});
