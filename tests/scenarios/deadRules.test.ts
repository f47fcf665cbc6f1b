/**
 * breaker63: the clerk deletes a column our highlight rules test — our 预警 column (K of seed-one-sheet's first tables,
 * 右键 → 删除 整列), or our whole monitoring block H:N and types where it was — and checks again, then Clear marks.
 * The host turns each reference to the deleted cells in a rule's formula into #REF! (tests/scenarios/excelShift.ts
 * DELETE; the WPS fake's shiftLines DELETE): our rules stay on the table's other cells as `OR(#REF!="红",#REF!="red")`,
 * which can never format a cell. Before, no check and no Clear marks took them: the check wrote ours again beside them
 * (saying ours had been deleted or made the clerk's) and Clear marks left them on the sheet for good — the workbook
 * Clear gave back was not the clerk's. Now a rule whose formula is a recorded one of ours with every reference broken
 * goes with ours (core/plan/ourRules.ts), in the CLI's checked copy, the Excel add-in and WPS (strict fakes).
 */
import path from "path";
import { cellName } from "../../src/core/a1";
import type { WorkbookSnapshot } from "../../src/core/types";
import { runCheck as wpsCheck, runClear as wpsClear } from "../../src/host/wps/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { AS_OF, BOTH_DRIVERS, BOTH_MODES, heldOfWps, xlsxDriver, type Held } from "./drivers";
import { RED, SHEET as RULE_SHEET, THEIR_CELLS } from "./ruleHosts";
import { addRule, type UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
/** 办公用品采购: our 预警 in K (10), our block H:N (7–13); its indicators on rows 44–48, its schedule's on 40 (0-based). */
const KEY = 10;
const BLOCK = { at: 7, count: 7 };
/** What the clerk types where our block was, after deleting it. */
const TYPED: { row: number; col: number; text: string }[] = [
  { row: 44, col: 7, text: "王会计：已核" },
  { row: 40, col: 8, text: "手工" },
];

const CHANGES = [
  { name: "our 预警 column deleted", key: true },
  { name: "our whole block deleted, the clerk typing where it was", key: false },
];

interface Run {
  edited: string[];
  second: Held;
  third: Held;
  cleared: string[];
}

const rulesOn = (held: Held) => held.rules.get(S) ?? [];
const broken = (rules: string[]) => rules.filter((f) => /#REF!/i.test(f));

function expectRun(run: () => Run) {
  test("the host broke our rules' references: the clerk's deletion left rules testing #REF!", () => {
    expect(broken(run().edited).length).toBeGreaterThan(0);
  });

  test("the next check takes the broken rules with ours: none is left, ours are written where the block is now", () => {
    expect(broken(rulesOn(run().second))).toEqual([]);
    expect(rulesOn(run().second).length).toBeGreaterThan(0);
  });

  test("a third check changes nothing", () => {
    expect(run().third.rules).toEqual(run().second.rules);
    expect(run().third.cells).toEqual(run().second.cells);
  });

  test("Clear marks leaves no rule of ours on the sheet, broken or not", () => {
    expect(run().cleared).toEqual([]);
  });
}

describe.each(BOTH_DRIVERS)("$name", (driver) => {
  describe.each(BOTH_MODES)("$mode", ({ formulas }) => {
    describe.each(CHANGES)("$name", ({ key }) => {
      let run: Run;
      beforeAll(async () => {
        const once = (await driver.check(await driver.open(), formulas)).workbook;
        const edits: UserEdit[] = key
          ? [{ sheet: S, axis: "col", at: KEY, count: -1 }]
          : [
              { sheet: S, axis: "col", at: BLOCK.at, count: -BLOCK.count },
              ...TYPED.map(({ row, col, text }) => ({ sheet: S, row, col, type: text })),
            ];
        const edited = await driver.edit(once, edits);
        const editedRules = rulesOn(await driver.held(edited));
        const twice = (await driver.check(edited, formulas)).workbook;
        const second = await driver.held(twice);
        const thrice = (await driver.check(twice, formulas)).workbook;
        const third = await driver.held(thrice);
        const cleared = rulesOn(await driver.held((await driver.clear(thrice)).workbook));
        run = { edited: editedRules, second, third, cleared };
        if (!key)
          for (const t of TYPED) expect(second.cells.get(`${S}!${cellName(t.row, t.col)}`)).toBe(`v:"${t.text}"`);
      });
      expectRun(() => run);
    });
  });
});

describe("WPS", () => {
  let seed: WorkbookSnapshot;
  beforeAll(async () => {
    seed = readWorkbookBytes(await xlsxDriver.open()).snapshot;
  });

  describe.each(CHANGES)("$name", ({ key }) => {
    let run: Run;
    beforeAll(() => {
      const fake = new FakeWps(modelFromSnapshot(seed));
      const check = () => wpsCheck(fake.app, { asOf: AS_OF }, AS_OF);
      check();
      if (key) fake.deleteColumns(S, KEY, 1);
      else {
        fake.deleteColumns(S, BLOCK.at, BLOCK.count);
        const ws = fake.app.ActiveWorkbook!.Worksheets.Item(S);
        for (const { row, col, text } of TYPED) ws.Range(cellName(row, col)).Value2 = text;
      }
      // heldOfWps gives no rules: the fake's own, as the hosts' formulas are compared (without "=").
      const rules = () => fake.sheet(S).rules.map((r) => r.formula.replace(/^=/, ""));
      const held = (): Held => ({ ...heldOfWps(fake.model), rules: new Map([[S, rules()]]) });
      const edited = rules();
      check();
      const second = held();
      check();
      const third = held();
      wpsClear(fake.app);
      run = { edited, second, third, cleared: rules() };
      if (!key) for (const t of TYPED) expect(second.cells.get(`${S}!${cellName(t.row, t.col)}`)).toBe(`v:"${t.text}"`);
    });
    expectRun(() => run);
  });
});

// review63: the clerk's copy of our red highlight over their own cells (copiedRule's A11:E15, its formula ours to the
// letter), then our 预警 column deleted: their rule is broken as ours is (they may be fixing it, 管理规则 → 编辑), and
// stays at the next check and at Clear marks — on int63 it went with ours.
describe("xlsx: the clerk's copy of our rule, broken by the same deletion", () => {
  const theirs = (rules: string[]) => rules.filter((f) => f === 'OR(#REF!="红",#REF!="red")');
  let edited: string[];
  let second: string[];
  let cleared: string[];
  beforeAll(async () => {
    const sample = path.join(__dirname, "../../assets/sample.xlsx"); // ruleHosts' workbook: our 预警 in K
    const once = (await xlsxDriver.check(await xlsxDriver.open(sample), true)).workbook;
    const copied = addRule(once, RULE_SHEET, [THEIR_CELLS], RED, "FFC000");
    const cut = await xlsxDriver.edit(copied, [{ sheet: RULE_SHEET, axis: "col", at: KEY, count: -1 }]);
    edited = (await xlsxDriver.held(cut)).rules.get(RULE_SHEET) ?? [];
    const twice = (await xlsxDriver.check(cut, true)).workbook;
    second = (await xlsxDriver.held(twice)).rules.get(RULE_SHEET) ?? [];
    cleared = (await xlsxDriver.held((await xlsxDriver.clear(twice)).workbook)).rules.get(RULE_SHEET) ?? [];
  });
  test("theirs is broken with ours, and is the one broken rule left by the check and by Clear marks", () => {
    expect(theirs(edited).length).toBeGreaterThan(1);
    expect(theirs(second)).toHaveLength(1);
    expect(theirs(cleared)).toHaveLength(1);
  });
});
