/**
 * In WPS 表格 the clerk renames our summary (右键 → 重命名: 监控汇总 → 汇总（改名）) and a checked goal-table sheet,
 * whose cell their own formula on another sheet reads, then checks again and once more. WPS, like Excel, makes the
 * references to a renamed sheet follow it — the name 监控时点 and their formula (the strict fake now does: its rename
 * follows tests/scenarios/excelShift.ts RENAME, as the Excel fake's). Promise: 监控时点 stays ours on the renamed
 * summary (no 监控时点_2, no “是您定义的” line), their formula is untouched, and the check after changes nothing.
 */
import { runCheck, runClear } from "../../src/host/wps/actions";
import { heldOfWps } from "./drivers";
import { SETTINGS, TODAY, wpsClerk } from "./wpsClerk";

const clerk = wpsClerk("seed-per-sheet.xlsx");
const SUMMARY = "汇总（改名）";
const TABLE = "办公（改名）";

test("our summary and a goal sheet renamed: 监控时点 follows, stays ours; twice is once; Clear takes it", () => {
  const fake = clerk.open();
  const other = fake.model.sheets[1].name;
  fake.app.ActiveWorkbook!.Worksheets.Item(other).Range("Z1").Formula = `='${clerk.user}'!B2`;
  runCheck(fake.app, SETTINGS, TODAY);
  const sheets = fake.app.ActiveWorkbook!.Worksheets;
  sheets.Item("监控汇总").Name = SUMMARY;
  sheets.Item(clerk.user).Name = TABLE;
  expect(fake.model.names.get("监控时点")).toBe(`='${SUMMARY}'!$B$3`);
  const theirs = fake.sheet(other).cells.get("0,25")!.formula;
  expect(theirs).toBe(`='${TABLE}'!B2`);

  const second = runCheck(fake.app, SETTINGS, TODAY);
  expect([...fake.model.names.keys()]).toEqual(["监控时点"]);
  expect(fake.model.names.get("监控时点")).toBe(`='${SUMMARY}'!$B$3`);
  expect(second.plan.messages.join("\n")).not.toContain("是您定义的");
  expect(fake.model.sheets.map((s) => s.name)).not.toContain("监控汇总");
  const held = heldOfWps(fake.model);

  runCheck(fake.app, SETTINGS, TODAY);
  expect(heldOfWps(fake.model)).toEqual(held);
  expect(fake.sheet(other).cells.get("0,25")!.formula).toBe(theirs);

  runClear(fake.app);
  expect(fake.model.names.size).toBe(0);
  expect(fake.sheet(other).cells.get("0,25")!.formula).toBe(theirs);
});
