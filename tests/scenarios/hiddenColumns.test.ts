/**
 * The clerk hides our monitoring columns (状态 and 预警 beside a table, and two columns of our summary sheet) between
 * two checks, through both appliers (the CLI's checked copy, the add-in on the strict Excel fake), in formulas and
 * values mode. Hidden columns are the clerk's look: the next checks write what they write when nothing is hidden and
 * leave the columns hidden; a third check changes nothing; Clear marks takes our cells and leaves the table sheet's
 * columns hidden (our summary sheet goes, as it always does). In Excel our chart moves left with the hidden columns
 * left of it and stays ours.
 */
import type { WorkbookSnapshot } from "../../src/core/types";
import { columnWidthPoints } from "../../src/core/plan/columnWidth";
import { BOTH_DRIVERS, BOTH_MODES, excelDriver, type Driver, type Held } from "./drivers";
import { seedTable } from "./seedTable";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const SUMMARY = "监控汇总";
const TABLE = "检察业务费";

const table = (snapshot: WorkbookSnapshot) => seedTable(snapshot, S, TABLE);

/** What a workbook holds, the hidden columns aside. */
const shown = (held: Held) => ({ ...held, hidden: [] });

/**
 * The Excel chart's place (points) as it is with nothing hidden: Excel moves a chart with its cells (fake.ts RULES:
 * CHART_CELLS), so with the summary's C and D hidden (14 characters each) ours stands their room further left, still
 * over the cells we put it on (chart60: the old fake left it behind, and the add-in took it for moved by the clerk).
 */
const unhidden = (held: Held, driver: Driver<unknown>) => {
  if (driver !== (excelDriver as Driver<unknown>)) return held;
  const room = 2 * columnWidthPoints(14);
  const places = [...held.chartPlaces].map(([sheet, at]): [string, string[]] => [
    sheet,
    at.map((p) =>
      p
        .split(",")
        .map((n, i) => (i === 0 ? Number(n) + room : Number(n)))
        .join(","),
    ),
  ]);
  return { ...held, chartPlaces: new Map(places) };
};

const drivers = BOTH_DRIVERS;

describe.each(drivers)("$name", (driver) => {
  describe.each(BOTH_MODES)("$mode: the clerk hides our columns, types actuals and checks again", ({ formulas }) => {
    let hiding: UserEdit[];
    let second: Held;
    let plain: Held;
    let third: Held;
    let cleared: Held;

    beforeAll(async () => {
      const once = (await driver.check(await driver.open(), formulas)).workbook;
      const b = table(await driver.snapshot(once));
      const typing: UserEdit[] = [50, 100].map((type, i) => ({
        sheet: S,
        row: b.rows[i],
        col: b.col("实际完成值"),
        type,
      }));
      hiding = [
        { sheet: S, hide: { left: b.col("状态"), right: b.col("预警") } },
        { sheet: SUMMARY, hide: { left: 2, right: 3 } },
      ];
      const hidden = await driver.edit(await driver.edit(once, hiding), typing);
      const again = (await driver.check(hidden, formulas)).workbook;
      second = await driver.held(again);
      const thrice = (await driver.check(again, formulas)).workbook;
      third = await driver.held(thrice);
      cleared = await driver.held((await driver.clear(thrice)).workbook);
      // The same actuals, nothing hidden.
      const fresh = (await driver.check(await driver.open(), formulas)).workbook;
      plain = await driver.held((await driver.check(await driver.edit(fresh, typing), formulas)).workbook);
    });

    const hiddenNames = () =>
      hiding
        .flatMap((e) => {
          const { sheet, hide } = e as { sheet: string; hide: { left: number; right: number } };
          return [hide.left, hide.right].map((col) => `${sheet}!${String.fromCharCode(65 + col)}`);
        })
        .sort();

    test("the next check writes what it writes when nothing is hidden, and the columns stay hidden", () => {
      expect(second.hidden).toEqual(hiddenNames());
      expect(plain.hidden).toEqual([]);
      expect(shown(unhidden(second, driver))).toEqual(shown(plain));
    });

    test("a third check changes nothing", () => {
      expect(third).toEqual(second);
    });

    test("清除标记 leaves the table sheet's columns hidden", () => {
      expect(cleared.sheets).not.toContain(SUMMARY);
      expect(cleared.hidden).toEqual(hiddenNames().filter((c) => c.startsWith(`${S}!`)));
    });
  });
});
