import { clearTargetMemo, parseTarget, targetMemoSize } from "../../../src/core/notation/parseTarget";

describe("parseTarget memo", () => {
  beforeEach(() => clearTargetMemo());

  test("the same value and context give the same (frozen) object", () => {
    const a = parseTarget("≥90%", { level2: "质量指标" });
    const b = parseTarget("≥90%", { level2: "质量指标" });
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });

  test("the context is part of the key", () => {
    expect(parseTarget("90", { level2: "成本指标" }).op).toBe("<=");
    expect(parseTarget("90", { level2: "数量指标" }).op).toBe(">=");
    expect(parseTarget("90").op).toBe(">=");
    expect(parseTarget(90, { numberFormat: "0%" }).value).toBe(9000);
    expect(parseTarget("12月底前", { budgetYear: 2023 }).date).toBe("2023-12-31");
    expect(parseTarget("12月底前", { budgetYear: 2024 }).date).toBe("2024-12-31");
  });

  test("a number and the same digits as text are different keys", () => {
    expect(parseTarget(45657, { numberFormat: "yyyy-mm-dd" }).kind).toBe("date");
    expect(parseTarget("45657", { numberFormat: "yyyy-mm-dd" }).kind).toBe("number");
  });

  test("the memo is bounded", () => {
    for (let i = 0; i < 25_000; i++) parseTarget(`≥${i}人`);
    expect(targetMemoSize()).toBeLessThanOrEqual(20_000);
    expect(parseTarget("≥24999人").value).toBe(24999);
    expect(parseTarget("≥0人").value).toBe(0);
  });

  test("a repeated target is parsed once: the same frozen result comes back", () => {
    const ctx = { level2: "质量指标", name: "验收合格率", budgetYear: 2024 };
    const first = parseTarget("≥90%", ctx);
    expect(parseTarget("≥90%", { ...ctx })).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });
});

describe("parseTarget memo with many contexts", () => {
  beforeEach(() => clearTargetMemo());

  test("one value under many indicator names stays correct and bounded", () => {
    // 80%: a bare share under 成本 is a cap (100% would be the whole, reached, under either level).
    for (let i = 0; i < 500; i++) {
      const t = parseTarget("80%", { name: `指标${i}`, level2: i % 2 ? "成本指标" : "质量指标" });
      expect(t.op).toBe(i % 2 ? "<=" : ">=");
    }
    expect(targetMemoSize()).toBeLessThanOrEqual(32);
    expect(parseTarget("80%", { name: "指标499", level2: "成本指标" }).op).toBe("<=");
  });

  test("values of every cell type are memoised apart", () => {
    expect(parseTarget(null).kind).toBe("missing");
    expect(parseTarget("null").kind).toBe("missing");
    expect(parseTarget(true).kind).toBe("unknown");
    expect(parseTarget("true").kind).toBe("unknown");
    expect(parseTarget({ error: "#N/A" }).reason).toContain("#N/A");
    expect(parseTarget(1).value).toBe(1);
    expect(parseTarget("1").value).toBe(1);
    expect(targetMemoSize()).toBe(7);
  });
});
