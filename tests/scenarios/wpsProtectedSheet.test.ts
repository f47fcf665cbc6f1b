/**
 * The clerk protects a checked sheet in WPS 表格 (审阅 → 保护工作表) after typing an actual, and checks again, clears,
 * unprotects: as protectedSheet.test.ts does in Excel and the CLI copy (WPS's adapter test covers only a sheet protected
 * before the first check). While protected, a check writes nothing there and says how to get marks; Clear marks takes
 * our summary and leaves the sheet with our marks and says so. Unprotected, the next check updates our marks in place
 * as if it had never been protected, and Clear marks leaves the clerk's sheet with their actual and its header.
 */
import { cellName } from "../../src/core/a1";
import type { WorkbookSnapshot } from "../../src/core/types";
import { runCheck, runClear } from "../../src/host/wps/actions";
import { readWorkbook as readWps } from "../../src/host/wps/read";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { AS_OF, heldOfWps, xlsxDriver } from "./drivers";
import { seedTable } from "./seedTable";

const S = "预算项目绩效目标";
const SUMMARY = "监控汇总";

let seed: WorkbookSnapshot;
beforeAll(async () => {
  seed = readWorkbookBytes(await xlsxDriver.open()).snapshot;
});

const check = (fake: FakeWps) => runCheck(fake.app, { asOf: AS_OF }, AS_OF);
/** The clerk's 50 typed as the first indicator's actual; the cell's key in Held. */
const typeActual = (fake: FakeWps) => {
  const b = seedTable(readWps(fake.app).snapshot, S, "办公用品采购");
  const at = cellName(b.rows[0], b.col("实际完成值"));
  fake.userSheet(S).Range(at).Value2 = 50;
  return `${S}!${at}`;
};
const onSheet = (fake: FakeWps) => [...heldOfWps(fake.model).cells].filter(([k]) => k.startsWith(`${S}!`));

test("WPS: a checked sheet protected, checked and cleared, then unprotected: our marks stay until then, then update in place", () => {
  const fake = new FakeWps(modelFromSnapshot(seed));
  check(fake);
  const actual = typeActual(fake);
  const before = onSheet(fake);
  fake.sheet(S).protected = true;

  const protectedCheck = check(fake);
  expect(onSheet(fake)).toEqual(before);
  expect(protectedCheck.plan.messages.filter((m) => m.includes(`工作表「${S}」受保护`))).toHaveLength(1);
  const cleared = runClear(fake.app);
  expect(onSheet(fake)).toEqual(before);
  expect(fake.model.sheets.map((s) => s.name)).not.toContain(SUMMARY);
  expect(cleared.plan.messages.some((m) => m.includes(`工作表「${S}」受保护，其中本工具的标记未清除`))).toBe(true);

  fake.sheet(S).protected = false;
  check(fake);
  const never = new FakeWps(modelFromSnapshot(seed));
  check(never);
  typeActual(never);
  check(never);
  expect(heldOfWps(fake.model)).toEqual(heldOfWps(never.model));

  runClear(fake.app);
  const left = heldOfWps(fake.model);
  const theirs = heldOfWps(new FakeWps(modelFromSnapshot(seed)).model);
  const added = [...left.cells].filter(([k]) => !theirs.cells.has(k));
  expect(added.map(([, v]) => v).sort()).toEqual(['v:"实际完成值"', "v:50"]);
  expect(left.cells.get(actual)).toBe("v:50");
  for (const [k, v] of theirs.cells) expect([k, left.cells.get(k)]).toEqual([k, v]);
});
