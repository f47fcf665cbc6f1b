/**
 * review37 (fixed: plainDateText in src/core/evaluate/actual.ts) — completion dates as clerks and finance systems write them, against 2024年6月底前 in July: each is a date
 * (2024-07-02, two days late: missed), yet each is answered "时限指标应填写完成日期，实际为…" — the clerk is told to write
 * a date they wrote. `7月2日` and `2024年7月2日完成` are read already.
 * - `20240702` (number or text): the yyyymmdd of 财务 / 国库 system exports;
 * - `2024-07-02 00:00:00`: a date with its time, as exported text;
 * - `已于2024年7月2日完成`: the commonest sentence in a 监控表's 完成情况;
 * - `二〇二四年七月二日`: the official-document way (公文 dates).
 */
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { DEFAULT_SETTINGS, type CellValue } from "../../../src/core/types";

const JULY = { ...DEFAULT_SETTINGS, asOf: "2024-07-31" };

test.each<[CellValue]>([
  [20240702],
  ["20240702"],
  ["2024-07-02 00:00:00"],
  ["已于2024年7月2日完成"],
  ["二〇二四年七月二日"],
])("%p against 2024年6月底前: read as 2024-07-02, missed", (actual) => {
  const ctx = { name: "项目完成时间", level2: "时效指标", budgetYear: 2024 };
  const r = judgeIndicator(parseTarget("2024年6月底前", ctx), actual, ctx, JULY);
  expect(r.actual).toBe("2024-07-02");
  expect(r.status).toBe("missed");
});

// reader45 (吕梁 2021): a period written as the answer was done by its end — within the target's period, met; ending
// after it, missed (was "时限指标应填写完成日期", the clerk told to write a date the period holds).
test.each<[string, string, string]>([
  ["2021.1.1-12.31", "2021-12-31", "met"],
  ["2021年1月至12月", "2021-12-31", "met"],
  ["2021.1.1-2022.3.31", "2022-03-31", "missed"],
])("%p against the period 2021.1.1-12.31: done by %s, %s", (actual, done, status) => {
  const ctx = { name: "培训任务完成及时", level2: "产出时效" };
  const r = judgeIndicator(parseTarget("2021.1.1-12.31", ctx), actual, ctx, JULY);
  expect([r.actual, r.status]).toEqual([done, status]);
});
