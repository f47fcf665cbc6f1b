/**
 * recover71: WPS 表格 refuses two checks in a row part-way (a sheet protected mid-run, the host fake's `protectAt`), the
 * clerk lifts the protection each time and checks again. The first run wrote some of our cells without their number
 * format, bold or fill; the second stopped before reaching them and holds them in its `earlier` record. On main the
 * third check left them so (the look given again only to cells the LAST unfinished run was first to write); the
 * provisional record now carries the looks still owed (Marks.looksOwed), and the third check = one check, looks included.
 */
import { MARKS_SHEET } from "../../src/core/types";
import { runCheck } from "../../src/host/wps/actions";
import { FakeWps, type FakeModel } from "../host/wps/fake";
import { SETTINGS, TODAY, wpsClerk } from "./wpsClerk";

const clerk = wpsClerk("seed-one-sheet.xlsx");

/** Every cell a clerk sees but the record's: value, number format, bold, fill. */
const cells = (model: FakeModel) =>
  model.sheets
    .filter((s) => s.name !== MARKS_SHEET)
    .flatMap((s) =>
      [...s.cells]
        .filter(([, c]) => c.value !== null || c.bold || c.fill || c.numberFormat !== "General")
        .map(
          ([k, c]) =>
            `${s.name}!${k} ${JSON.stringify(c.value)}|${c.numberFormat}|${c.bold ? "b" : ""}|${c.fill ?? ""}`,
        ),
    )
    .sort();

test("refused part-way twice in a row, the next check gives our cells their number format, bold and fill", () => {
  const good = clerk.open();
  runCheck(good.app, SETTINGS, TODAY);
  const once = cells(good.model);
  // First cuts inside the goal sheet's cells (k 18 … 86, where wps70 saw looks missing), second cuts early.
  for (const k of [18, 45, 86])
    for (const k2 of [5, 20]) {
      const fake = new FakeWps(clerk.refusedAt(k));
      fake.protectAt(k2);
      expect(() => runCheck(fake.app, SETTINGS, TODAY)).toThrow(/受保护/);
      for (const s of fake.model.sheets) s.protected = false;
      fake.model.structureProtected = false;
      runCheck(fake.app, SETTINGS, TODAY);
      expect([k, k2, cells(fake.model)]).toEqual([k, k2, once]);
    }
});
