/**
 * The judging rules of review37 hold in PERF.STATUS as in the check (one home in src/core): each case is the
 * function called as Excel calls it, beside tests/core/evaluate/{badRatesBare,targetsAsWritten,…}.test.ts.
 */
import { status } from "../../src/functions/functions";

const cell = (v: unknown) => [[v]];
const omitted = null as unknown as undefined;
const YEAR_END = "2024-12-31";

describe("PERF.STATUS: the judging rules of the check", () => {
  it("a bare rate of a bad thing is a cap (发病率 2%, 3% misses; 失业保险参保率 stays a floor)", () => {
    expect(status(cell("2%"), "3%", YEAR_END, cell("传染病发病率"))).toBe("未达标");
    expect(status(cell("2%"), "1.5%", YEAR_END, cell("传染病发病率"))).toBe("达标");
    expect(status(cell("95%"), "97%", YEAR_END, cell("失业保险参保率"))).toBe("达标");
    expect(status(cell("5%"), 6, omitted, cell("资金闲置率"))).toBe("未达标");
  });

  it("a range as two bounds, a bracketed remark, 未按时, 质保期限 as the check reads them", () => {
    expect(status(cell("≥95%且≤100%"), "97%", YEAR_END, cell("产品合格率"))).toBe("达标");
    expect(status(cell("不低于95%，不高于100%"), "93%", YEAR_END, cell("产品合格率"))).toBe("未达标");
    expect(status(cell("100%（按时足额发放）"), "100%", YEAR_END, cell("补助资金发放率"))).toBe("达标");
    expect(status(cell("按时完成"), "未按时", YEAR_END, cell("时效指标"))).toBe("未达标");
    expect(status(cell("3年"), 2, YEAR_END, [["产出指标", "质量指标", "质保期限"]])).toBe("未达标");
  });

  it("= 8个 asks for exactly 8; a ≥ count reached early is blue by the national bands, 超额 once passed", () => {
    const type = [["产出指标", "数量指标", "补助村(社区)数量"]];
    expect(status(cell("=8个"), 8, "2024-07-31", type)).toBe("正常");
    expect(status(cell("=8个"), 8, YEAR_END, type)).toBe("达标");
    expect(status(cell("=8个"), 9, YEAR_END, type)).toBe("超额");
    // Reached, not passed: 正常 as = 8个 is, blue by the bands (超额 before clerk67).
    expect(status(cell("≥8个"), 8, "2024-07-31", type)).toBe("正常");
    expect(status(cell("≥8个"), 10, "2024-07-31", type)).toBe("超额");
  });

  it("completion dates as exports and clerks write them: 20240702, with a time, 已于…完成, 二〇二四年七月二日", () => {
    const type = cell("时效指标");
    for (const done of [20240702, "20240702", "2024-07-02 00:00:00", "已于2024年7月2日完成", "二〇二四年七月二日"])
      expect(status(cell("2024年6月底前"), done, "2024-07-31", type)).toBe("未达标");
    expect(status(cell("2024年6月底前"), "已于2024年6月20日完成", "2024-07-31", type)).toBe("达标");
  });

  it("one indivisible item is not pro-rated (0 of 1台 in February: 正常); 进行中 before its deadline is on track", () => {
    expect(status(cell("1台"), 0, "2024-02-29", [["产出指标", "数量指标", "采购设备数量"]])).toBe("正常");
    expect(status(cell("1台"), 0, "2024-12-31", [["产出指标", "数量指标", "采购设备数量"]])).toBe("未达标");
    expect(status(cell("2024年10月底前"), "进行中", "2024-07-31", cell("时效指标"))).toBe("正常");
    expect(status(cell("2024年10月底前"), "进行中", "2024-11-30", cell("时效指标"))).toBe("未达标");
  });
});
