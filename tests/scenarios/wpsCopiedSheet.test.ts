/**
 * The clerk copies a checked sheet in WPS 表格 (右键 → 移动或复制 → 建立副本; Worksheet.Copy, COPY) and checks again, as
 * copiedSheet.test.ts does in Excel and the CLI copy. The copy carries our block under a name the record does not know;
 * WPS gives add-ins no fixed sheet id, only the code name, and no page says whether a copy gets a new one: both are run.
 * The check must treat the copy as a first check treats a copy of the unchecked sheet (one block, updated in place),
 * leave the original as it was, a third check change nothing, and Clear marks leave the clerk's workbook with the copy.
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { cellName } from "../../src/core/a1";
import type { WorkbookSnapshot } from "../../src/core/types";
import { runCheck, runClear } from "../../src/host/wps/actions";
import { readWorkbook as readWps } from "../../src/host/wps/read";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { AS_OF, heldOfWps } from "./drivers";
import { seedTable } from "./seedTable";

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const S = "1 办公用品采购";
const COPY = "1 办公用品采购 (2)";

let seed: WorkbookSnapshot;
beforeAll(() => {
  seed = readWorkbookBytes(readFileSync(SAMPLE)).snapshot;
});

const check = (fake: FakeWps) => runCheck(fake.app, { asOf: AS_OF }, AS_OF);

/** The clerk's copy of S, put at the end (after the last sheet, our summary once checked). */
const copy = (fake: FakeWps) => {
  const last = fake.model.sheets.filter((s) => s.visible === -1).at(-1)!.name;
  fake.userSheet(S).Copy(null, fake.userSheet(last));
  expect(fake.model.sheets.map((s) => s.name)).toContain(COPY);
};

/** The sheets' rules (ranges and formula), drop-downs and notes, by sheet name: what heldOfWps leaves to the tests. */
const looks = (fake: FakeWps) =>
  Object.fromEntries(
    fake.model.sheets.map((s) => [
      s.name,
      {
        rules: s.rules.map((r) => `${r.ranges.map((x) => JSON.stringify(x)).join(" ")} ${r.formula}`).sort(),
        lists: [...s.validations].sort(),
        notes: [...s.comments].sort(),
      },
    ]),
  );

/** The same sheets in any order (the copy goes after our summary or before it), cells, merges, rules, lists, notes. */
const same = (actual: FakeWps, expected: FakeWps) => {
  const [a, e] = [heldOfWps(actual.model), heldOfWps(expected.model)];
  expect([...a.sheets].sort()).toEqual([...e.sheets].sort());
  expect(Object.fromEntries(a.cells)).toEqual(Object.fromEntries(e.cells));
  expect(a.merges).toEqual(e.merges);
  expect(looks(actual)).toEqual(looks(expected));
};

describe.each(["new", "same"] as const)("WPS: a checked sheet copied (the copy's code name: %s)", (codeName) => {
  const open = () => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    fake.copyCodeName = codeName;
    return fake;
  };

  test("checked again as a first check of the copy; a third check changes nothing; Clear marks leaves the copy", () => {
    const fresh = open();
    copy(fresh);
    const firstOfCopy = check(fresh);
    expect(firstOfCopy.check?.tables.some((t) => t.table.sheet === COPY)).toBe(true);

    const fake = open();
    check(fake);
    copy(fake);
    const again = check(fake);
    same(fake, fresh);
    expect(again.plan.messages).toEqual(firstOfCopy.plan.messages);

    const second = heldOfWps(fake.model);
    const secondLooks = looks(fake);
    check(fake);
    expect(heldOfWps(fake.model)).toEqual(second);
    expect(looks(fake)).toEqual(secondLooks);

    const user = open();
    copy(user);
    runClear(fake.app);
    same(fake, user);
  });
});

/**
 * Then the clerk renames the original (its name no longer the record's; with the code name kept by the copy, no sheet is
 * known by its code name either, only by what it holds) and types over our cells on both sheets and an actual on the
 * copy: every cell they typed stays through the next check, a third one and Clear marks, and the check says which.
 */
describe.each(["new", "same"] as const)("WPS: copied, the original renamed, typed over (code name: %s)", (codeName) => {
  test("every typed cell is kept and said to be kept", () => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    fake.copyCodeName = codeName;
    check(fake);
    const b = seedTable(readWps(fake.app).snapshot, S, "办公用品采购");
    copy(fake);
    const RENAMED = "办公用品（原表）";
    fake.userSheet(S).Name = RENAMED;
    const typed = [
      [COPY, cellName(b.rows[0], b.col("状态")), "副本：另行说明"],
      [RENAMED, cellName(b.rows[1], b.col("预警")), "原表：已核实"],
      [COPY, cellName(b.rows[1], b.col("1-7月完成值")), 77],
      [RENAMED, cellName(b.rows[0], b.col("备注")), "原表备注"],
    ] as const;
    for (const [sheet, at, value] of typed) fake.userSheet(sheet).Range(at).Value2 = value;
    const want = typed.map(([sheet, at, value]) => `${sheet}!${at} v:${JSON.stringify(value)}`);
    const held = () =>
      typed.map(([sheet, at]) => `${sheet}!${at} ${heldOfWps(fake.model).cells.get(`${sheet}!${at}`)}`);

    const again = check(fake);
    expect(held()).toEqual(want);
    const said = again.plan.messages.join("\n");
    expect(said).toContain(`'${RENAMED}'!${typed[1][1]}`);
    expect(said).toContain(`'${COPY}'!${typed[0][1]}`);
    const second = heldOfWps(fake.model);
    check(fake);
    expect(heldOfWps(fake.model)).toEqual(second);
    runClear(fake.app);
    expect(held()).toEqual(want);
  });
});
