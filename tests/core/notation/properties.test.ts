import fc from "fast-check";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import type { CellValue, ParsedTarget, TargetContext } from "../../../src/core/types";

/** Fragments of real notation, so random strings reach deep into the parser. */
const FRAGMENTS = [
  "≥",
  "≤",
  ">",
  "<",
  "=",
  "＞",
  "＜",
  "＝",
  ">=",
  "<=",
  "=>",
  "≧",
  "≦",
  "大于等于",
  "不低于",
  "不少于",
  "至少",
  "以上",
  "小于等于",
  "不高于",
  "不超过",
  "控制在",
  "以内",
  "以下",
  "大于",
  "高于",
  "超过",
  "小于",
  "低于",
  "达到",
  "等于",
  "内",
  "90",
  "95",
  "1.8",
  "0",
  "86",
  "１２",
  "1,200",
  "2024",
  "12",
  "31",
  "7",
  "3",
  ".",
  "-",
  "~",
  "至",
  "—",
  "／",
  "/",
  "%",
  "％",
  "‰",
  "‱",
  "/10万",
  "/万",
  "人/万人",
  "万分之",
  "个平台",
  "套系统",
  "人",
  "人次",
  "次",
  "个",
  "万元",
  "万",
  "元",
  "亿元",
  "日",
  "天",
  "个月",
  "月",
  "年",
  "小时",
  "工作日",
  "M",
  "年",
  "月",
  "日",
  "底",
  "前",
  "末",
  "上半年",
  "第三季度",
  "提高",
  "下降",
  "较上年",
  "同比",
  "增长",
  "持平",
  "每月",
  "及时保障",
  "有所提升",
  "按规定执行",
  "定性：",
  "(含)",
  "(不含)",
  "左右",
  "约",
  "**",
  "指标",
  "……",
  " ",
  "　",
  "《",
  "》",
];
const notation = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 }).map((parts) => parts.join(""));
const anyText = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), notation);

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  anyText,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("#N/A", "#VALUE!", "#DIV/0!").map((error) => ({ error })),
);

const context: fc.Arbitrary<TargetContext> = fc.record(
  {
    level1: fc.constantFrom("产出指标", "效益指标", "成本指标", ""),
    level2: fc.oneof(fc.constantFrom("数量指标", "质量指标", "时效指标", "成本指标", "社会效益指标"), fc.string()),
    name: fc.oneof(
      fc.constantFrom("差错率", "预算执行率", "完成时限", "项目资金", "工作完成率(%)", "服务对象满意度"),
      fc.string(),
    ),
    unit: fc.oneof(fc.constantFrom("%", "人", "万元", "天", "百分比", "（%）"), fc.string()),
    sign: fc.oneof(fc.constantFrom("≥", "＞", "＝", "＜", "≤", "定性", "正向", "反向"), fc.string()),
    numberFormat: fc.constantFrom("General", "0%", "0.00%", "yyyy-mm-dd", 'yyyy"年"m"月"d"日"', "#,##0.00", "@"),
    budgetYear: fc.integer({ min: 1990, max: 2100 }),
  },
  { requiredKeys: [] },
);

const NUMERIC_KINDS = new Set(["number", "range", "change", "duration"]);

function shape(t: ParsedTarget) {
  return { kind: t.kind, op: t.op, value: t.value, high: t.high, unit: t.unit, date: t.date, start: t.start };
}

describe("parseTarget properties", () => {
  test("never throws on any string", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const t = parseTarget(s);
        expect(typeof t.kind).toBe("string");
        expect(typeof t.normalized).toBe("string");
      }),
      { numRuns: 3000 },
    );
  });

  test("never throws on any number, boolean, error or null, with any context", () => {
    fc.assert(
      fc.property(cellValue, fc.option(context, { nil: undefined }), (v, ctx) => {
        const t = parseTarget(v, ctx);
        if (t.kind === "unknown" || t.kind === "missing") expect(t.reason).toBeTruthy();
      }),
      { numRuns: 3000 },
    );
  });

  test("never throws on malformed contexts a custom function might pass", () => {
    const junk = fc.record(
      { level2: fc.anything(), name: fc.anything(), sign: fc.anything(), budgetYear: fc.anything() },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(cellValue, junk, (v, ctx) => {
        expect(() => parseTarget(v, ctx as TargetContext)).not.toThrow();
      }),
    );
  });

  test("normalize ∘ parse is stable for number-like targets (notation fragments)", () => {
    fc.assert(
      fc.property(notation, fc.option(context, { nil: undefined }), (s, ctx) => {
        const t = parseTarget(s, ctx);
        if (!NUMERIC_KINDS.has(t.kind) && t.kind !== "date" && t.kind !== "period") return;
        const again = parseTarget(t.normalized, ctx);
        expect(shape(again)).toEqual(shape(t));
      }),
      { numRuns: Number(process.env.TARGET_PROPERTY_RUNS ?? 5000) },
    );
  });

  test("normalize ∘ parse is stable for generated comparisons and ranges", () => {
    const op = fc.constantFrom("", "≥", "≤", ">", "<", "=", "不低于", "不超过", "大于", "低于", "达到", "控制在");
    const value = fc.double({ min: -1e6, max: 1e9, noNaN: true, noDefaultInfinity: true });
    const unit = fc.constantFrom(
      "",
      "%",
      "‰",
      "人",
      "人次",
      "万元",
      "万",
      "元",
      "个",
      "次",
      "日",
      "天",
      "个月",
      "小时",
      "工作日",
      "M",
      "百分比",
      "次/月",
      // reader39: rates per a round base and things counted by their measure word.
      "‱",
      "/10万",
      "/万",
      "/100万",
      "人/万人",
      "例/10万人口",
      "个平台",
      "套信息系统",
    );
    fc.assert(
      fc.property(op, value, unit, fc.option(context, { nil: undefined }), (o, v, u, ctx) => {
        const t = parseTarget(`${o}${v}${u}`, ctx);
        if (!NUMERIC_KINDS.has(t.kind)) return;
        const again = parseTarget(t.normalized, ctx);
        expect(shape(again)).toEqual(shape(t));
      }),
      { numRuns: 3000 },
    );
  });

  test("a written comparator always wins over the indicator's direction", () => {
    const lowerCtx = fc.constantFrom<TargetContext>({ level2: "成本指标" }, { name: "差错率" }, { sign: "反向" }, {});
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), lowerCtx, (v, ctx) => {
        expect(parseTarget(`≥${v}%`, ctx).op).toBe(">=");
        expect(parseTarget(`不超过${v}人`, ctx).op).toBe("<=");
      }),
    );
  });

  test("a bare number takes the sign of the form's placeholder in its name, whatever the level; a written one wins", () => {
    const placeholder = fc.constantFrom(["≥", ">="], ["≤", "<="], [">", ">"], ["<", "<"], ["＝", "="]);
    const stars = fc.constantFrom("**", "*", "＊＊");
    const unit = fc.constantFrom("%", "人", "万元", "个", "亩", "");
    const level2 = fc.constantFrom("成本指标", "数量指标", "质量指标", "社会效益指标");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        placeholder,
        stars,
        unit,
        level2,
        (v, [sign, op], star, u, l2) => {
          const ctx: TargetContext = { level2: l2, name: `项目指标(${sign}${star}${u})` };
          const bare = parseTarget(String(v), ctx);
          expect([bare.kind, bare.op, bare.value]).toEqual(["number", op, v]);
          expect(parseTarget(`≤${v}`, ctx).op).toBe("<=");
        },
      ),
    );
  });
});
