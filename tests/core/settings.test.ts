import { checkedIndicators } from "../../src/core/checked";
import { runPipeline, settingsFor } from "../../src/core/pipeline";
import { bandsValid, parseStoredSettings, serializeSettings, toJudgeSettings } from "../../src/core/settings";
import { DEFAULTS } from "../taskpane/fixtures";
import { sheet, snapshotOf, tableRows } from "./plan/fixtures";

describe("stored settings", () => {
  it("fills every field from the defaults when nothing is stored", () => {
    expect(parseStoredSettings(null)).toEqual(DEFAULTS);
    expect(parseStoredSettings("not json")).toEqual(DEFAULTS);
  });

  it("keeps good fields and drops bad ones", () => {
    const parsed = parseStoredSettings(
      JSON.stringify({
        lang: "en",
        scheduleMethod: "step",
        asOf: "2024-07-31",
        bands: { red: 90, yellow: 10, blue: 5 },
      }),
    );
    expect(parsed.lang).toBe("en");
    expect(parsed.scheduleMethod).toBe("step");
    expect(parsed.asOf).toBe("2024-07-31");
    expect(parsed.bands).toEqual(DEFAULTS.bands);
  });

  it("drops a monitoring date or budget year outside 1990–2100 (Excel cannot date 1800; 20244 is a typo)", () => {
    for (const asOf of ["1800-01-01", "2101-01-01"])
      expect(parseStoredSettings(JSON.stringify({ asOf })).asOf).toBeNull();
    for (const budgetYear of [1899, 20244])
      expect(parseStoredSettings(JSON.stringify({ budgetYear })).budgetYear).toBe(DEFAULTS.budgetYear);
    expect(parseStoredSettings(JSON.stringify({ asOf: "2100-12-31", budgetYear: 1990 }))).toMatchObject({
      asOf: "2100-12-31",
      budgetYear: 1990,
    });
  });

  it("round-trips through JSON and becomes judge settings with a date", () => {
    const s = { ...DEFAULTS, lang: "en" as const, bands: { red: 50, yellow: 70, blue: 130 } };
    expect(parseStoredSettings(serializeSettings(s))).toEqual(s);
    expect(toJudgeSettings(s, "2024-08-15")).toMatchObject({ asOf: "2024-08-15", bands: s.bands, lang: "en" });
  });

  it("accepts only ordered bands", () => {
    expect(bandsValid({ red: 60, yellow: 80, blue: 120 })).toBe(true);
    expect(bandsValid({ red: 80, yellow: 60, blue: 120 })).toBe(false);
    expect(bandsValid({ red: 60, yellow: 80, blue: 90 })).toBe(false);
  });
});

/**
 * exceededForLevels (blue for rates and levels too) is kept with the other settings: a check of a workbook that stores
 * it judges as the check that stored it (the standalone page's copy, the pane's 保存设置), and the pane keeps it when
 * it saves. Before, the parser dropped it: 110% against ≥90% was 超额 / 蓝 in the first check, 达标 / 绿 in the next.
 */
describe("exceededForLevels is a stored setting", () => {
  it("round-trips; anything but a boolean is dropped", () => {
    const s = { ...DEFAULTS, exceededForLevels: true };
    expect(parseStoredSettings(serializeSettings(s))).toEqual(s);
    expect(parseStoredSettings(JSON.stringify({ exceededForLevels: "yes" }))).toEqual(DEFAULTS);
  });

  it("a re-check of a workbook that stores it judges as the check that stored it", () => {
    const rows = tableRows({ actualHeader: "实际完成值", actuals: [86, 110, "达成"] });
    rows[0] = ["2023年办公用品采购绩效目标表"];
    const snapshot = {
      ...snapshotOf(sheet("办公用品", rows)),
      settings: serializeSettings({ ...DEFAULTS, exceededForLevels: true }),
    };
    const settings = settingsFor(snapshot, { asOf: "2024-02-15" }, "2024-02-15");
    expect(settings.exceededForLevels).toBe(true);
    const run = runPipeline(snapshot, settings, { formulas: false });
    const rate = checkedIndicators(run.check.tables[0]).find((c) => c.indicator.name === "运转保障率")!;
    expect([rate.result.status, rate.result.light]).toEqual(["exceeded", "blue"]);
  });
});
