/**
 * A unit written in traditional characters right after its number is the unit its simplified form is (惠安 2025:
 * `扶持對象2個以上`): targets, actuals and sentences alike. Before, only 萬 / 億 were folded: `2個` was in the unit 個,
 * no count the prose reader knows and another unit than an actual's `个`.
 */
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { extractProseTargets } from "../../../src/core/prose/extractProse";
import { status } from "../../../src/functions/functions";

describe("traditional units after a number", () => {
  test.each([
    ["2個以上", ">=", 2, "个"],
    ["≥3項", ">=", 3, "项"],
    ["≥10戶", ">=", 10, "户"],
    ["≥2臺", ">=", 2, "台"],
    ["≤100噸", "<=", 100, "吨"],
    ["≥50畝", ">=", 50, "亩"],
    ["≥5場次", ">=", 5, "场次"],
  ])("the target %p reads %p %p %p", (raw, op, value, unit) => {
    expect(parseTarget(raw)).toMatchObject({ kind: "number", op, value, unit });
  });

  test("a target in 個 is met by an actual in 个, and the other way round", () => {
    expect(status([["≥2個"]], "2个")).toBe("达标");
    expect(status([["≥2个"]], "2個")).toBe("达标");
    expect(status([["≥5項"]], "3项")).toBe("未达标");
  });

  test("a sentence's count in 個 is read (惠安 2025's 约束性任務)", () => {
    const found = extractProseTargets("扶持對象2個以上,對象自付金額3.69萬元以上。");
    expect(found.map((p) => [p.name, p.op, p.value, p.unit])).toEqual([
      ["扶持對象", ">=", 2, "个"],
      ["對象自付金額", ">=", 3.69, "万元"],
    ]);
  });

  test("the rest of the text is left as written", () => {
    // 項目 is no unit (it follows no number); a qualitative target keeps its words.
    expect(parseTarget("完成項目驗收").normalized).toContain("完成項目驗收");
    expect(parseTarget("≥2個項目").unit).toBe(parseTarget("≥2个项目").unit);
    expect(parseTarget("第2屆運動會圓滿舉辦").normalized).toContain("第2屆運動會");
  });
});
