/**
 * What the clerk deletes between two checks, in WPS 表格 (values mode), on the WPS fake that now deletes rows, columns and
 * sheets as WPS does (FakeWps.shiftLines DELETE, removeSheet): an indicator row inside a table (one the highlight rule is
 * anchored on, one inside the next table), one of our monitoring columns, our summary sheet (the clerk's own formula
 * pointing at it), our record sheet. Each time the clerk also types an actual, text beside our block and a note of theirs
 * on the summary. Promises: the next check loses no cell the clerk has (those WPS left them, the same work done to the
 * never-checked workbook), writes over none of them, keeps one block per table, and the check after it changes nothing.
 */
import { cellName } from "../../src/core/a1";
import { MONITOR_COLUMNS } from "../../src/core/plan/words";
import { MARKS_SHEET, type WorkbookSnapshot } from "../../src/core/types";
import { runCheck } from "../../src/host/wps/actions";
import { readWorkbook as readWps } from "../../src/host/wps/read";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { AS_OF, heldOfWps, xlsxDriver, type Held } from "./drivers";
import { seedTable } from "./seedTable";

const S = "预算项目绩效目标";
const SUMMARY = "监控汇总";
const header = (key: string) => MONITOR_COLUMNS.find((c) => c.key === key)!.header.zh;

let seed: WorkbookSnapshot;
beforeAll(async () => {
  seed = readWorkbookBytes(await xlsxDriver.open()).snapshot;
});

const check = (fake: FakeWps) => runCheck(fake.app, { asOf: AS_OF }, AS_OF);
const snapshot = (fake: FakeWps) => readWps(fake.app).snapshot;
const put = (fake: FakeWps, sheet: string, row: number, col: number, value: string | number) =>
  (fake.app.ActiveWorkbook!.Worksheets.Item(sheet).Range(cellName(row, col)).Value2 = value);
const statusHeaders = (held: Held) => [...held.cells.values()].filter((v) => v === `v:"${header("status")}"`).length;
const rulesOf = (fake: FakeWps) =>
  fake
    .sheet(S)
    .rules.map((r) => `${r.ranges.map((a) => cellName(a.top, a.left)).join(",")} ${r.formula}`)
    .sort();

/** A clerk's edit, done the same to the checked workbook and the never-checked one (cells found on the checked one). */
type Clerk = (fake: FakeWps) => void;

interface Run {
  user: Held;
  second: Held;
  third: Held;
  blocks: { first: number; second: number };
  rules: { second: string[]; third: string[] };
}

/** Check, let the clerk work (`plan` finds where on the checked workbook), check twice; the same work on the seed. */
function run(plan: (checked: FakeWps) => Clerk): Run {
  const fake = new FakeWps(modelFromSnapshot(seed));
  check(fake);
  const first = statusHeaders(heldOfWps(fake.model));
  const clerk = plan(fake);
  clerk(fake);
  check(fake);
  const second = heldOfWps(fake.model);
  const rules = { second: rulesOf(fake), third: [] as string[] };
  check(fake);
  rules.third = rulesOf(fake);
  const plain = new FakeWps(modelFromSnapshot(seed));
  clerk(plain);
  return {
    user: heldOfWps(plain.model),
    second,
    third: heldOfWps(fake.model),
    blocks: { first, second: statusHeaders(second) },
    rules,
  };
}

function promises(get: () => Run) {
  test("every cell the clerk has is as WPS left it after the next check (none lost, none written over)", () => {
    const { user, second } = get();
    expect(user.cells.size).toBeGreaterThan(100);
    for (const [k, v] of user.cells) expect([k, second.cells.get(k)]).toEqual([k, v]);
  });

  test("one block per table, as before", () => {
    expect(get().blocks.second).toBe(get().blocks.first);
  });

  test("the check after it changes nothing", () => {
    expect(get().third).toEqual(get().second);
    expect(get().rules.third).toEqual(get().rules.second);
  });
}

describe("WPS (values): indicator rows deleted inside two tables", () => {
  let result: Run;
  beforeAll(() => {
    result = run((checked) => {
      const office = seedTable(snapshot(checked), S, "办公用品采购");
      const work = seedTable(snapshot(checked), S, "检察业务费");
      const actual = work.col(header("actual"));
      const beside = work.col(header("note")) + 1;
      return (fake) => {
        put(fake, S, work.rows[3], actual, 50);
        put(fake, S, work.t.header.row, beside, "我的列");
        fake.deleteRows(S, work.rows[1], 1); // inside the second table
        fake.deleteRows(S, office.rows[0], 1); // the first table's first indicator: where the rules are anchored
      };
    });
  });
  promises(() => result);
});

describe("WPS (values): one of our columns (状态) deleted", () => {
  let result: Run;
  beforeAll(() => {
    result = run((checked) => {
      const work = seedTable(snapshot(checked), S, "检察业务费");
      const actual = work.col(header("actual"));
      const beside = work.col(header("note")) + 1;
      const status = work.col(header("status"));
      return (fake) => {
        put(fake, S, work.rows[2], actual, 50);
        put(fake, S, work.t.header.row, beside, "我的列");
        put(fake, S, work.rows[0], beside, "我的说明");
        fake.deleteColumns(S, status, 1);
      };
    });
  });
  promises(() => result);
});

describe("WPS (values): our summary sheet deleted, the clerk's formula pointing at it", () => {
  let result: Run;
  let broken: string | undefined;
  beforeAll(() => {
    result = run((checked) => {
      const work = seedTable(snapshot(checked), S, "检察业务费");
      const actual = work.col(header("actual"));
      const mine = work.col(header("note")) + 2;
      return (fake) => {
        put(fake, S, work.rows[2], actual, 50);
        if (fake.model.sheets.some((x) => x.name === SUMMARY)) {
          put(fake, S, 2, mine, `=${SUMMARY}!B3`);
          fake.deleteSheet(SUMMARY);
          broken = fake.sheet(S).cells.get(`2,${mine}`)?.formula ?? undefined;
        } else put(fake, S, 2, mine, "=#REF!B3"); // what the deletion left the clerk with
      };
    });
  });
  promises(() => result);

  test("the summary is back, the clerk's formula stays broken as WPS left it", () => {
    expect(broken).toBe("=#REF!B3");
    expect(result.second.sheets).toContain(SUMMARY);
    expect([...result.second.cells.values()]).toContain("f:#REF!B3");
  });
});

describe("WPS (values): our record sheet deleted", () => {
  let result: Run;
  beforeAll(() => {
    result = run((checked) => {
      const work = seedTable(snapshot(checked), S, "检察业务费");
      const actual = work.col(header("actual"));
      return (fake) => {
        put(fake, S, work.rows[2], actual, 50);
        if (fake.model.sheets.some((x) => x.name === MARKS_SHEET)) fake.deleteSheet(MARKS_SHEET);
      };
    });
  });

  test("every cell the clerk has is kept; the check after it changes nothing", () => {
    const { user, second, third } = result;
    for (const [k, v] of user.cells) expect([k, second.cells.get(k)]).toEqual([k, v]);
    expect(third).toEqual(second);
    expect(result.rules.third).toEqual(result.rules.second);
  });
});
