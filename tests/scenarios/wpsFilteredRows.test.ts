/**
 * breaker56: the clerk filters a checked table in WPS 表格 between two checks (数据 → 筛选, only the indicators whose
 * 指标值 is "100%" shown: Range.AutoFilter on the WPS fake, FILTER), as filteredRows.test.ts does in Excel and the CLI
 * copy; and a clerk who filtered the table before the first check. The rows filtered out are judged as before (every
 * cell is what a check of the unfiltered table writes, nothing written into another row), the filter and its hidden
 * rows stay, a third check changes nothing, and 清除标记 leaves the filtered table as the clerk had it.
 */
import { columnLetters, rangeToA1 } from "../../src/core/a1";
import type { WorkbookSnapshot } from "../../src/core/types";
import { runCheck, runClear } from "../../src/host/wps/actions";
import { readWorkbook as readWps } from "../../src/host/wps/read";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { AS_OF, heldOfWps, xlsxDriver, type Held } from "./drivers";
import { seedTable } from "./seedTable";

const S = "预算项目绩效目标";
const TABLE = "检察业务费";
/** The clerk's actuals (%) of the first three indicators (工作完成率, 工作合格率, 预算执行率). */
const ACTUALS = [50, 100, 95];

let seed: WorkbookSnapshot;
beforeAll(async () => {
  seed = readWorkbookBytes(await xlsxDriver.open()).snapshot;
});

const check = (fake: FakeWps) => runCheck(fake.app, { asOf: AS_OF }, AS_OF);
const table = (fake: FakeWps) => seedTable(readWps(fake.app).snapshot, S, TABLE);

const typeActuals = (fake: FakeWps) => {
  const b = table(fake);
  ACTUALS.forEach(
    (v, i) => (fake.userSheet(S).Range(`${columnLetters(b.col("实际完成值"))}${b.rows[i] + 1}`).Value2 = v),
  );
};

/** 数据 → 筛选 over the table's header row and indicator rows, only 指标值 "100%" ticked; the rows it hides. */
const filter = (fake: FakeWps): number[] => {
  const b = table(fake);
  const target = b.col("指标值");
  // Its own columns, up to the actuals where a check added that column (our columns right of it are not the clerk's).
  const right = readWps(fake.app).snapshot.marks ? b.col("实际完成值") : b.t.range.right;
  const range = { top: b.t.header.row, left: b.t.range.left, bottom: b.rows.at(-1)!, right };
  fake
    .userSheet(S)
    .Range(rangeToA1(range))
    .AutoFilter(target - range.left + 1, "100%");
  return b.rows.filter((row) => b.value(row, target) !== "100%");
};

const withoutFilters = (held: Held): Held => ({ ...held, filters: [] });

describe("WPS: the clerk filters a checked table, then checks again", () => {
  let before: Held;
  let filtered: Held;
  let hiddenRows: number[];
  let second: Held;
  let third: Held;
  let cleared: Held;
  let user: Held;

  beforeAll(() => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    check(fake);
    typeActuals(fake);
    check(fake);
    before = heldOfWps(fake.model);
    hiddenRows = filter(fake);
    filtered = heldOfWps(fake.model);
    check(fake);
    second = heldOfWps(fake.model);
    check(fake);
    third = heldOfWps(fake.model);
    runClear(fake.app);
    cleared = heldOfWps(fake.model);
    // The clerk's own work alone: the actuals typed (in the column a check adds), the same filter.
    const plain = new FakeWps(modelFromSnapshot(seed));
    check(plain);
    typeActuals(plain);
    runClear(plain.app);
    filter(plain);
    user = heldOfWps(plain.model);
  });

  test("the filter hid the indicators whose 指标值 is not 100%, one of them with an actual typed", () => {
    expect(hiddenRows.length).toBeGreaterThan(1);
    expect(filtered.filters.filter((f) => f.includes("!row "))).toEqual(
      hiddenRows.map((row) => `${S}!row ${row + 1}`).sort(),
    );
  });

  test("the next check writes what it wrote before the filter, and the filter stays", () => {
    expect(withoutFilters(second)).toEqual(withoutFilters(before));
    expect(second.filters).toEqual(filtered.filters);
  });

  test("a third check changes nothing; 清除标记 leaves the clerk's filtered table", () => {
    expect(third).toEqual(second);
    expect(cleared).toEqual(user);
  });
});

test("WPS: a table filtered before its first check is checked as the unfiltered one, the filter kept", () => {
  const fake = new FakeWps(modelFromSnapshot(seed));
  filter(fake);
  const filtered = heldOfWps(fake.model);
  check(fake);
  const once = heldOfWps(fake.model);
  check(fake);
  const plain = new FakeWps(modelFromSnapshot(seed));
  check(plain);
  expect(once.filters).toEqual(filtered.filters);
  expect(withoutFilters(once)).toEqual(withoutFilters(heldOfWps(plain.model)));
  expect(heldOfWps(fake.model)).toEqual(once);
});

test("WPS fake: AutoFilter refuses what is not imitated, and on a protected sheet", () => {
  const fake = new FakeWps(modelFromSnapshot(seed));
  const ws = fake.userSheet(S);
  expect(() => ws.Range("X1:Z1").AutoFilter(1, "x")).toThrow(/当前区域/);
  expect(() => ws.Range("X1:Z9").AutoFilter(4, "x")).toThrow(/Field/);
  for (const criteria of ["<>", "=", ">5", "a*"])
    expect(() => ws.Range("X1:Z9").AutoFilter(1, criteria)).toThrow(/未模拟/);
  expect(() => ws.Range("X1:Z9").AutoFilter(1, ["a", "b"], 1)).toThrow(/未模拟/);
  expect(() => fake.insertRows(S, 3, 1)).not.toThrow(); // no filter yet
  ws.Range("X1:Z9").AutoFilter(1, ["a", "b"], 7);
  expect(fake.model.sheets.find((s) => s.name === S)!.hiddenRows).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8]));
  expect(() => ws.Range("X11:Z19").AutoFilter(1, "x")).toThrow(/第二个筛选/);
  expect(() => fake.insertRows(S, 3, 1)).toThrow(/filtered sheet/);
  // A protected sheet refuses it, as every write (FakeWps.range).
  const locked = new FakeWps(modelFromSnapshot(seed));
  locked.model.sheets.find((s) => s.name === S)!.protected = true;
  expect(() => locked.userSheet(S).Range("X1:Z9").AutoFilter(1, "x")).toThrow(/受保护/);
});
