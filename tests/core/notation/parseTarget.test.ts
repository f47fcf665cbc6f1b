import { parseTarget, signOfColumns } from "../../../src/core/notation/parseTarget";
import type { TargetCase } from "./parseTarget.cases";
import { ALL_CASES, NOTATION_CASES, SEED_CASES } from "./parseTarget.cases";

const FIELDS = ["kind", "op", "opExplicit", "value", "high", "unit", "date", "start", "normalized"] as const;

function label(c: TargetCase): string {
  const ctx = c.ctx ? ` ${JSON.stringify(c.ctx)}` : "";
  return `${JSON.stringify(c.input)}${ctx}`;
}

describe("parseTarget: data-driven cases", () => {
  test("the table holds at least 170 cases, 49 of them from the seed", () => {
    expect(SEED_CASES).toHaveLength(49);
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(170);
  });

  test.each(ALL_CASES.map((c) => [label(c), c] as const))("%s", (_name, c) => {
    const t = parseTarget(c.input, c.ctx);
    const expected: Record<string, unknown> = {};
    const actual: Record<string, unknown> = {};
    for (const f of FIELDS) {
      if (f in c) {
        expected[f] = c[f];
        actual[f] = t[f];
      }
    }
    expect(actual).toEqual(expected);
    if (c.reason !== undefined) expect(t.reason ?? "").toContain(c.reason);
    if (t.kind === "unknown" || t.kind === "missing") {
      expect(t.reason).toBeTruthy();
      expect(t.op).toBeNull();
    }
  });

  test("the form's hint before a value is read with the value, not ignored as words", () => {
    for (const input of ["(≥**株)>=17600株", "(≥**%)>=85", "(≤**元/株)≤28.40/株"])
      expect(parseTarget(input).reasons ?? []).toEqual([]);
  });

  test("every notation case that is a number, range, change or duration keeps a finite value", () => {
    for (const c of NOTATION_CASES) {
      const t = parseTarget(c.input, c.ctx);
      if (["number", "range", "change", "duration"].includes(t.kind)) expect(Number.isFinite(t.value)).toBe(true);
    }
  });
});

describe("signOfColumns: two sign columns of one row (指标性质 正向 / 反向 beside 指标方向, 乌海 2021 / 扎赉特 2025)", () => {
  test.each([
    // "=" names the value only: the direction says which side of it is good.
    [["正向", "="], "正向"],
    [["反向", "="], "反向"],
    [["反向", "等于"], "反向"],
    [["正向", "＝"], "正向"],
    // Any other comparator stands as written.
    [["反向", "小于等于"], "小于等于"],
    [["正向", "≥"], "≥"],
    // 定性 wins; an empty cell leaves the other.
    [["定性", ""], "定性"],
    [["定性", "="], "定性"],
    [["", "≤"], "≤"],
    [["", ""], ""],
    [["≥"], "≥"],
  ])("%j → %s", (signs, sign) => {
    expect(signOfColumns(signs)).toBe(sign);
  });

  test("the joined sign reads the target: 反向 = 1 万元 is a cap, 正向 = 8 a floor", () => {
    const cap = parseTarget(1, {
      level2: "成本指标",
      name: "出差总成本",
      unit: "万元",
      sign: signOfColumns(["反向", "="]),
    });
    expect(cap).toMatchObject({ kind: "number", op: "<=", value: 1, unit: "万元", normalized: "≤ 1 万元" });
    const floor = parseTarget(8, { level2: "数量指标", name: "出差人数", sign: signOfColumns(["正向", "="]) });
    expect(floor).toMatchObject({ kind: "number", op: ">=", value: 8, normalized: "≥ 8" });
  });
});
