/**
 * review37 (fixed: judgeReach's single item, IN_PROGRESS in locale/zh/grades.ts) — mid-year monitoring answers a finance officer gives, judged as of 2024-02-29 / 2024-07-31:
 * - a one-off deliverable (采购设备 1台, 建设平台 1个) not yet delivered in February is RED: the count is pro-rated to
 *   "按序时应达 0.17 台（2/12）" and 0 of 0.17 is below the 60 % band. Nothing can be 0.17 of a machine; with ten
 *   months to go this is no lag at all (docs/domain.md "Deadlines and pro-rating" never meant a count of 1 to be
 *   red from the second month);
 * - 进行中 / 正在推进 against a deadline still months away is "not understood" (时限指标应填写完成日期), while 未完成
 *   there is on track: the commonest mid-year answer gets no light.
 */
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { DEFAULT_SETTINGS, type CellValue } from "../../../src/core/types";

const judge = (asOf: string, target: string, actual: CellValue, name: string, level2: string) => {
  const ctx = { name, level2, budgetYear: 2024 };
  return judgeIndicator(parseTarget(target, ctx), actual, ctx, { ...DEFAULT_SETTINGS, asOf });
};

test.each([
  ["1台", "采购设备数量"],
  ["1个", "建设信息平台数量"],
  ["1套", "采购业务系统"],
])("%p %s, 0 at the end of February: not red", (target, name) => {
  expect(judge("2024-02-29", target, 0, name, "数量指标").light).not.toBe("red");
});

test.each(["进行中", "正在推进", "正在实施"])("%p against 2024年10月底前, in July: judged (not unknown)", (actual) => {
  const r = judge("2024-07-31", "2024年10月底前", actual, "项目完成时间", "时效指标");
  expect(r.status).not.toBe("unknown");
});
