/**
 * newcomer65: an actual the check could not judge is shown as the clerk typed it beside the reason, not as
 * “实际：未填” / “Actual: not entered” (湖北 黄石 2019: 按进度执行,已使用约40% against ≤ 220 万元).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { checkWorkbook } from "../../../src/core/check";
import { checkedIndicators } from "../../../src/core/checked";
import { DEFAULT_SETTINGS } from "../../../src/core/types";
import { snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";
import { actualLabel } from "../../../src/taskpane/model/format";
import { translator } from "../../../src/taskpane/strings";

const HUANGSHI = join(__dirname, "..", "..", "fixtures", "real", "hubei-huangshi-monitoring-2019.xlsx");

test("an actual not judged reads as typed; one judged or not entered as before", async () => {
  const { snapshot } = await snapshotFromXlsx(readFileSync(HUANGSHI));
  for (const lang of ["zh", "en"] as const) {
    const check = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: "2019-07-31", lang });
    const shown = checkedIndicators(check.tables[0]).map(({ indicator, result }) => [
      indicator.name,
      result.status,
      actualLabel(indicator, result, translator(lang), lang),
    ]);
    expect(shown).toEqual([
      ["成本", "unknown", "按进度执行,已使用约40%"],
      // No target to judge by; what was done is typed beside it.
      ["社会效益", "unknown", expect.stringMatching(/^开展黄石矿冶工业遗产突出普遍价值研究/)],
    ]);
  }
  // The sample's judged actual is the judged value in the pane's words; one not entered is 未填.
  const sample = await snapshotFromXlsx(readFileSync(join(__dirname, "..", "..", "..", "assets", "sample.xlsx")));
  const judged = checkWorkbook(sample.snapshot, { ...DEFAULT_SETTINGS, asOf: "2024-07-31" });
  const satisfaction = judged.tables
    .flatMap((t) => checkedIndicators(t))
    .find((i) => i.indicator.name === "服务对象满意度" && i.result.actual !== null)!;
  expect(actualLabel(satisfaction.indicator, satisfaction.result, translator("zh"), "zh")).toBe("85%");
  const pending = judged.tables.flatMap((t) => checkedIndicators(t)).find((i) => i.result.status === "pending")!;
  expect(actualLabel(pending.indicator, pending.result, translator("en"), "en")).toBe("not entered");
});
