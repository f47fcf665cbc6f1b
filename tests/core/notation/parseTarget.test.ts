import { parseTarget } from "../../../src/core/notation/parseTarget";
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

  test("every notation case that is a number, range, change or duration keeps a finite value", () => {
    for (const c of NOTATION_CASES) {
      const t = parseTarget(c.input, c.ctx);
      if (["number", "range", "change", "duration"].includes(t.kind)) expect(Number.isFinite(t.value)).toBe(true);
    }
  });
});
