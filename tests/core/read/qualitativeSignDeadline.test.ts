/**
 * A deadline beside a 定性 sign column (reader69). Budget systems that export the sign in its own column (内蒙古:
 * 指标性质 正向 / 反向 / 定性) mark every target that is no number 定性, the time indicator's date too (扎赉特 2025:
 * 时效指标 | 采购计划完成时间 | 定性 | 11月底之前). It was read 定性：11月底之前, so a completion date typed as the actual
 * was never compared with it; a person reads a deadline, and so does the check when the table gives its year.
 */
import { checkWorkbook } from "../../../src/core/check";
import { DEFAULT_SETTINGS } from "../../../src/core/types";
import { fmt, sheet, workbook, type Cell } from "./grid";

function checked(title: string, deadlineActual: Cell = "2025年12月15日") {
  const rows: Cell[][] = [
    [title],
    ["项目名称", "业务装备经费"],
    ["预算数", 103.07],
    ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值"],
    ["产出指标", "数量指标", "车辆采购数量", "正向", 1, "辆", 1],
    [null, "时效指标", "采购计划完成时间", "定性", "11月底之前", null, deadlineActual],
    ["效益指标", "社会效益指标", "提升工作效率", "定性", "有效提升", null, "有效提升"],
  ];
  return checkWorkbook(workbook(sheet("表11", rows)), { ...DEFAULT_SETTINGS, asOf: "2025-12-31" }).tables[0];
}

test("a deadline marked 定性 is dated in the table's year and judged as a date", () => {
  const { table, results } = checked("2025年项目支出绩效目标表");
  const [, deadline, qualitative] = table.indicators;
  expect(deadline.target).toMatchObject({ kind: "date", date: "2025-11-30" });
  expect(qualitative.target.kind).toBe("qualitative");
  // Completed on 15 December, after the deadline: missed, no longer a qualitative row asking for 达成情况.
  expect(results[1].status).toBe("missed");
});

test("without the table's year the 定性 date stays qualitative, as before", () => {
  expect(checked("项目支出绩效目标表").table.indicators[1].target.kind).toBe("qualitative");
});

// review69: the row is marked 定性, so its clerk answers it as one — 100% (the whole-percent rule) or 达到预期 was 达成,
// green, before the date was read; on int69 (reader69) “时限指标应填写完成日期”, not judged. A date still wins.
test.each<[string, Cell]>([
  ["100%", "100%"],
  ["100 as 0%", fmt(1, "0%")],
  ["达到预期", "达到预期"],
  ["达成", "达成"],
])("a 定性 deadline answered as a qualitative row (%s) is 达成, as before the date was read", (_, actual) => {
  const { results } = checked("2025年项目支出绩效目标表", actual);
  expect(results[1]).toMatchObject({ status: "met", actual: "achieved" });
});
test("a 定性 deadline answered with 80% or 及时 is still no date, nor a grade", () => {
  for (const actual of ["80%", "及时"]) {
    const { results } = checked("2025年项目支出绩效目标表", actual);
    expect(results[1].status).toBe("unknown");
    expect(results[1].why).toContain("时限指标应填写完成日期");
  }
});
test("a deadline with no 定性 sign keeps asking for the date for 100% (as on main)", () => {
  const rows: Cell[][] = [
    ["2025年项目支出绩效目标表"],
    ["项目名称", "业务装备经费"],
    ["一级指标", "二级指标", "三级指标", "指标值", "完成值"],
    ["产出指标", "时效指标", "采购计划完成时间", "11月底之前", "100%"],
  ];
  const { results } = checkWorkbook(workbook(sheet("表11", rows)), { ...DEFAULT_SETTINGS, asOf: "2025-12-31" })
    .tables[0];
  expect(results[0].status).toBe("unknown");
});
