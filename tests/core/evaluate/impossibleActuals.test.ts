/**
 * An actual no indicator of its kind can have (docs/domain.md#actual-values): a satisfaction or a pass rate above 100 %
 * (950 typed for 95.0), a count below 0 (-1起). Said, not judged — on the old main 950 against ≥90% was 超额 (blue) and
 * -1起 against ≤3起 达标 (green).
 */
import { judgeIndicator } from "../../../src/core/evaluate/judgeIndicator";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { scoreIndicator } from "../../../src/core/score/score";
import { DEFAULT_SETTINGS, type CellValue } from "../../../src/core/types";
import { status } from "../../../src/functions/functions";

const YEAR_END = { ...DEFAULT_SETTINGS, asOf: "2024-12-31" };
const judge = (name: string, target: string, actual: CellValue, level2?: string) =>
  judgeIndicator(parseTarget(target, { name, level2, budgetYear: 2024 }), actual, { name, level2 }, YEAR_END);

test.each([
  ["服务对象满意度", "≥90%", 950, ""],
  ["群众满意度", "≥90%", "950", ""],
  ["群众满意度", "≥90%", "950%", ""],
  ["验收合格率", "100%", 101, ""],
  ["水质达标率", "≥95%", 120, ""],
  ["政策知晓率", "≥80%", 180, ""],
  ["农村饮水覆盖率", "95%-100%", 105, ""],
  ["受益群众", "≥90%", 950, "服务对象满意度指标"],
])("%p %p with %p: over 100 %, said, not judged", (name, target, actual, level2) => {
  const r = judge(name, target, actual, level2 || undefined);
  expect([r.status, r.light]).toEqual(["unknown", "none"]);
  expect(r.why).toMatch(/按百分比是 \d+%，满意度、合格率一类的比率不会超过 100%，未判断/);
  expect(scoreIndicator(parseTarget(target, { name, level2: level2 || undefined }), actual, 10)).toBeNull();
});

test.each([
  // A plan beaten, a growth, a change of a share: past 100 % is real.
  ["任务完成率", "≥90%", 150, "green"],
  ["预算执行率", "≥90%", 105, "green"],
  ["收入增长率", "≥10%", 150, "green"],
  ["满意度提升率", "≥5%", 150, "green"],
  // A share of a whole at or under 100 % is judged as before.
  ["服务对象满意度", "≥90%", 100, "green"],
  ["服务对象满意度", "≥90%", 0.95, "green"],
  ["服务对象满意度", "≥90%", "95%", "green"],
])("%p %p with %p is judged (%p)", (name, target, actual, light) => {
  expect(judge(name, target, actual).light).toBe(light);
});

test.each([
  ["安全事故", "≤3起", "-1起"],
  ["安全事故", "≤3起", -1],
  ["培训人次", "≥100人次", -5],
  ["建成平台", "1个平台", "-1个"],
  ["服务对象满意度", "≥90%", -95],
])("%p %p with %p: a negative count or share, said, not judged", (name, target, actual) => {
  const r = judge(name, target, actual);
  expect([r.status, r.light]).toEqual(["unknown", "none"]);
  expect(r.why).toContain("是负数，数量或比率不会小于 0，未判断");
});

test("a change may be negative: 下降 and a fall of a count are judged", () => {
  expect(judge("经费增长率", "≥-5%", -3).light).toBe("green");
  expect(judge("事故起数", "下降10%", -12).light).toBe("green");
});

test("PERF.STATUS says the same (the name from its indicator-type argument)", () => {
  expect(status([["≥90%"]], 950, undefined, [["满意度指标", "服务对象满意度指标", "群众满意度"]])).toBe("无法识别");
  expect(status([["≥90%"]], 95, undefined, [["满意度指标", "服务对象满意度指标", "群众满意度"]])).toBe("达标");
  expect(status([["≤3起"]], "-1起")).toBe("无法识别");
  expect(status([["≤3起"]], "0起")).toBe("达标");
});

test.each([
  // review51b: a count under a name of a change may be below 0 — a real fall, red, not a slip (was 未判断 on 7afaff0).
  ["净增户数", "≥100户", -3, "red"],
  ["人口自然增长", "≤5人", -3, "green"],
  ["就业人数净增加", "≥50人", -20, "red"],
])("%p %p with %p: a change's fall, judged (%p)", (name, target, actual, light) => {
  const r = judge(name, target, actual);
  expect(r.light).toBe(light);
  expect(r.why ?? "").not.toContain("是负数");
});

// verdict57: under a name of a fall (较上年减少) a signed number may be the fall or a rise (1 fewer accidents, or 1 more):
// red on main either way, though a fall of 1 scores part of 2. Not judged, said — never as a negative count.
test("事故起数较上年减少 ≥2起 with -1: which way is not said, not judged", () => {
  const r = judge("事故起数较上年减少", "≥2起", -1);
  expect([r.status, r.light]).toEqual(["unknown", "none"]);
  expect(r.why).toContain("带正负号");
  expect(r.why).not.toContain("是负数");
});

test("a count not named as a change is still said when negative (新增 is no net change)", () => {
  expect(judge("新增就业", "≥100人", -3).why).toContain("是负数，数量或比率不会小于 0，未判断");
});

test.each([
  // review51b: a share's target typed without its % (no unit column): 950 was 达标 against ≥90.
  ["群众满意度", "≥90", 950],
  ["验收合格率", "100", 101],
])("%p %p with %p: over 100 without a %, said", (name, target, actual) => {
  const r = judge(name, target, actual);
  expect([r.status, r.light]).toEqual(["unknown", "none"]);
  expect(r.why).toContain("不会超过 100%");
});

test("without a %, a bare count under a 二级 满意度指标 and a share at or under 100 are judged", () => {
  expect(judge("回访人数", "≥100", 150, "服务对象满意度指标").status).not.toBe("unknown");
  expect(judge("群众满意度", "≥90", 95).light).toBe("green");
  expect(judge("验收合格率", "≥200", 250).status).not.toBe("unknown");
});

// verdict52: each row was judged on the old main (达标 / 超额, or 未达标 red for 1.5).
test.each([
  // A rate that cannot pass 100 %, like 满意度 / 合格率 (SHARE_OF_WHOLE_NAME).
  ["资金到位率", "≥90%", 150, "不会超过 100%"],
  ["资金到位率", "100%", "120%", "不会超过 100%"],
  ["考核得分率", "≥90%", 150, "不会超过 100%"],
  // A satisfaction scored in 分: out of 100 at most.
  ["群众满意度", "≥90分", 950, "满意度一类的得分不会超过 100 分"],
  ["服务对象满意度", "≥90分", "950分", "满意度一类的得分不会超过 100 分"],
  // 1.5 against a share of a whole far above it: no fraction (150 %), and 1.5 % is no result.
  ["苗木成活率", "≥85%", 1.5, "按比例是 150%，超过 100%；按百分数是 1.5%，与指标值 ≥ 85% 相差悬殊"],
  ["群众满意度", "≥90%", "1.2", "按比例是 120%"],
])("%p %p with %p: said, not judged; PERF.STATUS and the score agree", (name, target, actual, said) => {
  const r = judge(name, target, actual);
  expect([r.status, r.light]).toEqual(["unknown", "none"]);
  expect(r.why).toContain(said);
  expect(scoreIndicator(parseTarget(target, { name }), actual, 10)).toBeNull();
  expect(status([[target]], actual, undefined, [["", "", name]])).toBe("无法识别");
});

test.each([
  // At or under the whole, as before.
  ["资金到位率", "≥90%", 95, "green"],
  ["群众满意度", "≥90分", 95, "green"],
  ["群众满意度", "≥4.5分", 4.8, "green"],
  // 1.x typed as a percentage, or against a low target: as before. Against a completion rate 1.5 is 150 % or 1.5 %,
  // said, not judged (verdict53: tests/core/evaluate/clerkSpellings).
  ["苗木成活率", "≥85%", "1.5%", "red"],
  ["任务完成率", "≥85%", "1.5%", "red"],
  ["苗木成活率", "≥10%", 1.5, "red"],
  ["苗木成活率", "≥85%", 0.9, "green"],
])("%p %p with %p is judged (%p)", (name, target, actual, light) => {
  expect(judge(name, target, actual).light).toBe(light);
});
