/**
 * breaker54: a finance clerk in WPS between two checks, on what we wrote: they rewrite one of our notes (批注) with their
 * own, note a status cell of ours that had none, put their own drop-down list on our 预警 cells and type their word into
 * one of our 状态 cells. The next check keeps all four as they left them, a third check changes nothing, and 清除标记
 * takes only ours. (The CLI copy and Excel run the same edits in userNotes, clerkColumnList and userEdits.)
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { runCheck, runClear } from "../../src/host/wps/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot, type FakeSheet } from "../host/wps/fake";
import { AS_OF } from "./drivers";

jest.setTimeout(120_000);

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const CLERK = "王会计：已电话核实，12月补报佐证材料。";
const THEIRS = "张会计：这一项下月复核。";
const LIST = "已核实,待核实";
const at = (row: number, col: number) => [{ top: row, left: col, bottom: row, right: col }];

/** One sheet of the fake as a string to compare between runs: cells, notes, lists, rules. */
function held(s: FakeSheet): string {
  const cells = [...s.cells].filter(([, c]) => c.value !== null || c.formula !== null).sort();
  return JSON.stringify({
    cells: cells.map(([k, c]) => [k, c.formula ?? c.value, c.numberFormat, c.fill ?? null]),
    comments: [...s.comments].sort(),
    validations: [...s.validations].sort(),
    rules: s.rules.map((r) => `${r.formula} ${JSON.stringify(r.ranges)}`).sort(),
  });
}

describe("WPS: the clerk's notes, list and word on our cells", () => {
  const fake = new FakeWps(modelFromSnapshot(readWorkbookBytes(new Uint8Array(readFileSync(SAMPLE))).snapshot));
  const check = () => runCheck(fake.app, { asOf: AS_OF }, AS_OF);
  let sheet: FakeSheet;
  let rewritten: string; // "row,col" of our note they rewrote
  let noted: string; // our status cell they noted
  let typed: string; // our status cell they typed into
  let listed: string[]; // our light cells they put their list on
  let second: string;
  let third: string;

  beforeAll(() => {
    check();
    // The sheet with one of our notes: the indicator row the check found lagging.
    sheet = fake.model.sheets.find((s) => s.comments.size > 0 && s.name !== "监控汇总")!;
    const [noteKey] = [...sheet.comments.keys()];
    rewritten = noteKey;
    const [row, col] = noteKey.split(",").map(Number);
    // Our 状态 column is the noted one; its 预警 is right of it. Other rows of ours without a note:
    const ours = [...sheet.cells.keys()]
      .map((k) => k.split(",").map(Number))
      .filter(([r, c]) => c === col && r !== row && typeof sheet.cells.get(`${r},${c}`)?.value === "string")
      .map(([r]) => r)
      .filter((r) => r > row - 8 && !sheet.comments.has(`${r},${col}`))
      .sort((a, b) => a - b);
    expect(ours.length).toBeGreaterThanOrEqual(2);
    noted = `${ours[0]},${col}`;
    typed = `${ours[1]},${col}`;
    listed = [`${ours[0]},${col + 1}`, `${ours[1]},${col + 1}`];

    // The clerk's edits, through WPS's object model as its UI does them.
    const cell = (k: string) => fake.range(sheet.name, at(...(k.split(",").map(Number) as [number, number])));
    cell(rewritten).ClearComments();
    cell(rewritten).AddComment(CLERK);
    cell(noted).AddComment(THEIRS);
    cell(typed).Value2 = "已电话核实";
    for (const k of listed) {
      if (sheet.validations.has(k)) cell(k).Validation.Delete();
      cell(k).Validation.Add(3, 1, 1, LIST);
    }

    check();
    second = held(fake.sheet(sheet.name));
    check();
    third = held(fake.sheet(sheet.name));
  });

  test("the next check keeps their notes, their word and their list", () => {
    const s = fake.sheet(sheet.name);
    expect(s.comments.get(rewritten)).toBe(CLERK);
    expect(s.comments.get(noted)).toBe(THEIRS);
    expect(s.cells.get(typed)?.value).toBe("已电话核实");
    expect(s.cells.get(typed)?.formula ?? null).toBeNull();
    for (const k of listed) expect(s.validations.get(k)).toBe(LIST);
  });

  test("a third check changes nothing", () => {
    expect(third).toEqual(second);
  });

  test("清除标记 takes ours and leaves their notes, word and list", () => {
    runClear(fake.app);
    const s = fake.sheet(sheet.name);
    expect(s.comments.get(rewritten)).toBe(CLERK);
    expect(s.comments.get(noted)).toBe(THEIRS);
    expect(s.cells.get(typed)?.value).toBe("已电话核实");
    for (const k of listed) expect(s.validations.get(k)).toBe(LIST);
    expect([...s.comments.keys()].sort()).toEqual([rewritten, noted].sort());
  });
});

describe("WPS: the clerk merges two rows of our 状态 and types their reason there", () => {
  const fake = new FakeWps(modelFromSnapshot(readWorkbookBytes(new Uint8Array(readFileSync(SAMPLE))).snapshot));
  const check = () => runCheck(fake.app, { asOf: AS_OF }, AS_OF);
  const SHEET = "1 办公用品采购";
  const STATUS = 9; // J: our 状态 on the indicator rows 11–15
  let edited: string;
  let second: string;
  let third: string;

  beforeAll(() => {
    check();
    const s = fake.sheet(SHEET);
    expect(s.cells.get(`10,${STATUS}`)?.value).toBeTruthy(); // ours, written by the check
    // 合并后居中 (learn.microsoft.com/office/vba/api/excel.range.merge: "The value of a merged range is specified in the
    // cell of the range's upper-left corner."): the lower cell emptied first, as in mergedCells; set up in the model, as
    // the fake has no Range.Merge (the add-in never merges), then their reason typed into the merged cell via Value2.
    s.cells.delete(`11,${STATUS}`);
    s.merges.push({ top: 10, left: STATUS, bottom: 11, right: STATUS });
    fake.range(SHEET, at(10, STATUS)).Value2 = "两项合并说明：已核实";
    edited = held(s);
    check();
    second = held(fake.sheet(SHEET));
    check();
    third = held(fake.sheet(SHEET));
  });

  test("the next check keeps the merge and their reason, and writes nothing under it", () => {
    const s = fake.sheet(SHEET);
    expect(s.merges).toContainEqual({ top: 10, left: STATUS, bottom: 11, right: STATUS });
    expect(s.cells.get(`10,${STATUS}`)?.value).toBe("两项合并说明：已核实");
    expect(s.cells.get(`11,${STATUS}`)?.value ?? null).toBeNull();
    expect(JSON.parse(second).cells).toEqual(JSON.parse(edited).cells);
  });

  test("a third check changes nothing; 清除标记 keeps the merge and their reason", () => {
    expect(third).toEqual(second);
    runClear(fake.app);
    const s = fake.sheet(SHEET);
    expect(s.merges).toContainEqual({ top: 10, left: STATUS, bottom: 11, right: STATUS });
    expect(s.cells.get(`10,${STATUS}`)?.value).toBe("两项合并说明：已核实");
  });
});
