/**
 * Running twice is running once (reader39) with the targets this session reads anew: a rate per a round base
 * (传染病发病率 `≤10/10万`), a count named after its measure word (`建成1个平台`), and a count answered `未开始` in our
 * 实际完成值 column. The clerk edits the seed's targets, checks, types the actuals (`8/10万` in the target's notation,
 * `1个`, `未开始`), checks again and a third time: the third check changes nothing, through both appliers and in both
 * modes, and each row is judged as its rule says (docs/domain.md#notation, #deadlines-and-pro-rating).
 */
import { keyCol, keyRow } from "../../src/core/a1";
import { checkWorkbook } from "../../src/core/check";
import { DEFAULT_SETTINGS, type WorkbookSnapshot } from "../../src/core/types";
import { AS_OF, BOTH_DRIVERS, BOTH_MODES, type Held } from "./drivers";
import { seedTable } from "./seedTable";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const TABLE = "办公用品采购";

/** The clerk's rows: the 数量 and 质量 rows of 办公用品采购 get names and targets of their own. */
const ROWS = [
  { name: "培训人次", target: "≥200人次", actual: "未开始" },
  { name: "传染病发病率", target: "≤10/10万", actual: "8/10万" },
  { name: "信息平台建设数量", target: "建成1个平台", actual: "1个" },
];

/** Each row's status, light and reason as the check reads the workbook. */
const judged = (snapshot: WorkbookSnapshot) => {
  const c = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: AS_OF }).tables.find(
    (x) => x.table.sheet === S && x.table.name === TABLE,
  )!;
  return ROWS.map((_, i) => `${c.results[i].status} ${c.results[i].light} ${c.results[i].why}`);
};

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  describe.each(BOTH_MODES)("$mode", ({ formulas }) => {
    let second: Held;
    let third: Held;
    let read: string[];

    beforeAll(async () => {
      const seed = await driver.open();
      const t = seedTable(await driver.snapshot(seed), S, TABLE).t;
      const edits: UserEdit[] = ROWS.flatMap((r, i) => {
        const ind = t.indicators[i];
        return [
          { sheet: S, row: keyRow(ind.nameCell), col: keyCol(ind.nameCell), type: r.name },
          { sheet: S, row: keyRow(ind.targetCell), col: keyCol(ind.targetCell), type: r.target },
        ];
      });
      const once = (await driver.check(await driver.edit(seed, edits), formulas)).workbook;
      const b = seedTable(await driver.snapshot(once), S, TABLE);
      const typing: UserEdit[] = ROWS.map((r, i) => ({
        sheet: S,
        row: b.rows[i],
        col: b.col("实际完成值"),
        type: r.actual,
      }));
      const twice = (await driver.check(await driver.edit(once, typing), formulas)).workbook;
      second = await driver.held(twice);
      read = judged(await driver.snapshot(twice));
      third = await driver.held((await driver.check(twice, formulas)).workbook);
    });

    test("the third check leaves the workbook as the second left it", () => {
      expect(third).toEqual(second);
    });

    test("未开始 against ≥200人次 in August: behind (yellow), never unknown", () => {
      expect(read[0]).toBe("behind yellow 实际：尚未开始，目标 ≥ 200 人次，截止 2024-12-31（按序时进度应已开始）");
    });

    test("8/10万 against ≤10/10万: within the cap, shown per 10万 as written", () => {
      expect(read[1]).toBe("on-track green 实际 8/10万，目标 ≤ 10/10万");
    });

    test("1个 against 建成1个平台: one platform, one indivisible item (on track before the year end)", () => {
      expect(read[2]).toBe("on-track green 实际 1 个平台，目标 1 个平台（单件交付不按序时折算，截止时判断）");
    });
  });
});
