/**
 * The clerk hides our monitoring columns in WPS 表格 between two checks (右键 → 隐藏: 状态 and 预警 beside a table, two
 * columns of our summary sheet), as hiddenColumns.test.ts does in Excel and the CLI copy, on the WPS fake's hidden
 * columns (Range.Hidden, HIDDEN). Hidden columns are the clerk's look: the next check writes what it writes when nothing
 * is hidden and leaves them hidden; a third check changes nothing; Clear marks leaves the table sheet's columns hidden.
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { columnLetters } from "../../src/core/a1";
import type { WorkbookSnapshot } from "../../src/core/types";
import { runCheck, runClear } from "../../src/host/wps/actions";
import { readWorkbook as readWps } from "../../src/host/wps/read";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { AS_OF, heldOfWps, xlsxDriver, type Held } from "./drivers";
import { seedTable } from "./seedTable";

const S = "预算项目绩效目标";
const SUMMARY = "监控汇总";
const TABLE = "检察业务费";

let seed: WorkbookSnapshot;
beforeAll(async () => {
  seed = readWorkbookBytes(await xlsxDriver.open()).snapshot;
});

const check = (fake: FakeWps) => runCheck(fake.app, { asOf: AS_OF }, AS_OF);

describe("WPS: the clerk hides our columns, types actuals and checks again", () => {
  let second: Held;
  let plain: Held;
  let third: Held;
  let cleared: Held;
  let hidden: string[];

  beforeAll(() => {
    const typeActuals = (fake: FakeWps) => {
      const b = seedTable(readWps(fake.app).snapshot, S, TABLE);
      [50, 100].forEach(
        (v, i) => (fake.userSheet(S).Range(`${columnLetters(b.col("实际完成值"))}${b.rows[i] + 1}`).Value2 = v),
      );
      return b;
    };
    const fake = new FakeWps(modelFromSnapshot(seed));
    check(fake);
    const b = typeActuals(fake);
    const [status, alert] = [b.col("状态"), b.col("预警")].map(columnLetters);
    fake.userSheet(S).Range(`${status}5`).EntireColumn.Hidden = true;
    fake.userSheet(S).Range(`${alert}5`).EntireColumn.Hidden = true;
    fake.userSheet(SUMMARY).Range("C:D").Hidden = true;
    hidden = [`${S}!${status}`, `${S}!${alert}`, `${SUMMARY}!C`, `${SUMMARY}!D`].sort();
    check(fake);
    second = heldOfWps(fake.model);
    check(fake);
    third = heldOfWps(fake.model);
    runClear(fake.app);
    cleared = heldOfWps(fake.model);
    // The same actuals, nothing hidden.
    const fresh = new FakeWps(modelFromSnapshot(seed));
    check(fresh);
    typeActuals(fresh);
    check(fresh);
    plain = heldOfWps(fresh.model);
  });

  test("the next check writes what it writes when nothing is hidden, and the columns stay hidden", () => {
    expect(second.hidden).toEqual(hidden);
    expect(plain.hidden).toEqual([]);
    expect({ ...second, hidden: [] }).toEqual(plain);
  });

  test("a third check changes nothing", () => {
    expect(third).toEqual(second);
  });

  test("清除标记 leaves the table sheet's columns hidden", () => {
    expect(cleared.sheets).not.toContain(SUMMARY);
    expect(cleared.hidden).toEqual(hidden.filter((c) => c.startsWith(`${S}!`)));
  });
});

/**
 * The clerk hides the self-evaluation's two score columns on our summary (自评得分, 自评等级: widths given only to a
 * column still at the standard width, so asked on every check). What a hidden column's width reads as in WPS, and
 * whether a width set shows it again, is on no page (the fake refuses both): the check leaves a hidden column's width
 * alone, writes what it writes when nothing is hidden, and the columns stay hidden. Before, every check asked the
 * hidden columns' width (the fake: "隐藏列的列宽（未模拟）"; WPS: possibly the columns shown again).
 */
test("WPS: the self-evaluation's score columns hidden on our summary stay hidden, the check writes what it wrote", () => {
  const file = path.join(__dirname, "../fixtures/layouts/national-self-eval.xlsx");
  const at = "2024-12-31";
  const selfEval = readWorkbookBytes(readFileSync(file)).snapshot;
  const fake = new FakeWps(modelFromSnapshot(selfEval));
  runCheck(fake.app, { asOf: at }, at);
  const once = heldOfWps(fake.model);
  expect([once.cells.get(`${SUMMARY}!N6`), once.cells.get(`${SUMMARY}!O6`)]).toEqual(['v:"自评得分"', 'v:"自评等级"']);
  fake.userSheet(SUMMARY).Range("N:O").Hidden = true;
  const again = runCheck(fake.app, { asOf: at }, at);
  expect(again.plan.messages.join("\n")).not.toMatch(/出错|报告错误/);
  const second = heldOfWps(fake.model);
  expect(second.hidden).toEqual([`${SUMMARY}!N`, `${SUMMARY}!O`]);
  expect({ ...second, hidden: [] }).toEqual(once);
  runCheck(fake.app, { asOf: at }, at);
  expect(heldOfWps(fake.model)).toEqual(second);
});
