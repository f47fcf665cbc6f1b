/**
 * Notes the user writes between two runs, through both appliers (the CLI's checked copy, the add-in on the
 * strict Excel fake). A note is the user's unless its text is one the add-in wrote: a note the user put on one of
 * our cells, one of ours they rewrote, or one on a cell where our block goes next, stays through every later
 * check and through Clear marks; the user is told when our explanation was not written for that reason.
 */
import { parseA1Range } from "../../src/core/a1";
import { BOTH_DRIVERS, excelDriver, type Driver, type Held } from "./drivers";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const CLERK = "王会计：已电话核实，12月补报佐证材料。";

const drivers = BOTH_DRIVERS;

/** "sheet!H45" → the user's edit putting `text` there as a note. */
function noteEdit(address: string, text: string): UserEdit {
  const [sheet, cell] = address.split("!");
  const r = parseA1Range(cell)!;
  return { sheet, row: r.top, col: r.left, note: text };
}

/** Our status cells (PERF.STATUS formulas) on the table sheet, noted or not. */
function statusCells(held: Held): string[] {
  return [...held.cells].filter(([k, v]) => k.startsWith(`${S}!`) && v.startsWith("f:PERF.STATUS(")).map(([k]) => k);
}

/** Typing 40 as the actual of the first `n` indicators of the first block: rows that turn yellow or red (noted). */
function actuals(held: Held, n: number): UserEdit[] {
  const header = [...held.cells].find(([k, v]) => k.startsWith(`${S}!`) && v === 'v:"实际完成值"')![0];
  const h = parseA1Range(header.split("!")[1])!;
  const rows = statusCells(held)
    .map((k) => parseA1Range(k.split("!")[1])!.top)
    .filter((row) => row > h.top)
    .sort((a, b) => a - b)
    .slice(0, n);
  return rows.map((row) => ({ sheet: S, row, col: h.left, type: 40 }));
}

/** The seed checked, the actuals of five indicators typed (but on row `skip`), checked again: notes of ours. */
async function withOurNotes(driver: Driver<unknown>, skip = -1): Promise<{ workbook: unknown; held: Held }> {
  const once = await driver.check(await driver.open());
  const typed = actuals(await driver.held(once.workbook), 5).filter((e) => !("type" in e && e.row === skip));
  const typing = await driver.edit(once.workbook, typed);
  const workbook = (await driver.check(typing)).workbook;
  return { workbook, held: await driver.held(workbook) };
}

interface Story {
  /** The notes after the user's edit, and after each step. */
  edited: Held;
  second: Held;
  secondMessages: string[];
  third: Held;
  cleared: Held;
}

async function story(driver: Driver<unknown>, edit: (first: Held) => UserEdit[], skip = -1): Promise<Story> {
  const { workbook, held: first } = await withOurNotes(driver, skip);
  const editedBook = await driver.edit(workbook, edit(first));
  const edited = await driver.held(editedBook);
  const again = await driver.check(editedBook);
  const second = await driver.held(again.workbook);
  const thrice = await driver.check(again.workbook);
  const third = await driver.held(thrice.workbook);
  const emptied = await driver.clear(thrice.workbook);
  const cleared = await driver.held(emptied.workbook);
  return { edited, second, secondMessages: again.messages, third, cleared };
}

describe.each(drivers)("$name", (driver) => {
  describe("the clerk replaces one of our notes with their own", () => {
    let s: Story;
    let cell = "";
    let ours = new Map<string, string>();
    beforeAll(async () => {
      s = await story(driver, (first) => {
        ours = first.notes;
        cell = [...first.notes.keys()][0];
        return [noteEdit(cell, CLERK)];
      });
    });

    test("the check keeps their note and says so; our other notes are as they were", () => {
      expect(ours.size).toBeGreaterThan(1);
      expect(s.edited.notes.get(cell)).toBe(CLERK);
      expect(s.second.notes.get(cell)).toBe(CLERK);
      for (const [k, text] of ours) if (k !== cell) expect([k, s.second.notes.get(k)]).toEqual([k, text]);
      const said = s.secondMessages.join("\n");
      expect(said).toMatch(/批注/);
      expect(said).toContain(cell.split("!")[1]);
    });

    test("checking again changes nothing", () => {
      expect(s.third.notes).toEqual(s.second.notes);
      expect(s.third.cells).toEqual(s.second.cells);
    });

    test("Clear marks takes our notes and our cell, never their note", () => {
      expect(Object.fromEntries(s.cleared.notes)).toEqual({ [cell]: CLERK });
      expect(s.cleared.cells.has(cell)).toBe(false);
    });
  });

  describe("the clerk edits the text of one of our notes", () => {
    let s: Story;
    let cell = "";
    let text = "";
    beforeAll(async () => {
      s = await story(driver, (first) => {
        [cell, text] = [...first.notes][0];
        text += "（已核实）";
        return [noteEdit(cell, text)];
      });
    });

    test("the edited note is theirs: kept by every check and by Clear marks", () => {
      expect(s.second.notes.get(cell)).toBe(text);
      expect(s.third.notes).toEqual(s.second.notes);
      expect(Object.fromEntries(s.cleared.notes)).toEqual({ [cell]: text });
    });
  });

  describe("the clerk notes a status cell of ours that had no note", () => {
    let s: Story;
    let cell = "";
    beforeAll(async () => {
      s = await story(driver, (first) => {
        cell = statusCells(first).find((k) => !first.notes.has(k))!;
        return [noteEdit(cell, CLERK)];
      });
    });

    test("the note stays through checks and Clear marks (which empties the cell under it)", () => {
      expect(cell).toBeTruthy();
      expect(s.second.notes.get(cell)).toBe(CLERK);
      expect(s.third.notes).toEqual(s.second.notes);
      expect(s.cleared.notes.get(cell)).toBe(CLERK);
      expect(s.cleared.cells.has(cell)).toBe(false);
    });
  });

  describe("the clerk notes a status cell, then types the actual that would give it our note", () => {
    let s: Story;
    let cell = "";
    let ours = new Map<string, string>();
    beforeAll(async () => {
      // A cell that gets a note of ours once its actual is typed; here that actual is left out until the clerk
      // has written their note on the cell.
      cell = [...(await withOurNotes(driver)).held.notes.keys()].pop()!;
      const row = parseA1Range(cell.split("!")[1])!.top;
      s = await story(
        driver,
        (first) => {
          ours = first.notes;
          return [noteEdit(cell, CLERK), actuals(first, 5).find((e) => "type" in e && e.row === row)!];
        },
        row,
      );
    });

    test("the check writes the cell but not our note over theirs, and says so", () => {
      expect(ours.size).toBeGreaterThan(0);
      expect(ours.has(cell)).toBe(false);
      expect(s.second.notes.get(cell)).toBe(CLERK);
      expect(s.second.cells.get(cell)).toMatch(/^f:PERF\.STATUS\(/);
      expect(s.second.notes.size).toBe(ours.size + 1);
      expect(s.secondMessages.join("\n")).toContain(cell.split("!")[1]);
    });

    test("later checks and Clear marks keep it", () => {
      expect(s.third.notes).toEqual(s.second.notes);
      expect(Object.fromEntries(s.cleared.notes)).toEqual({ [cell]: CLERK });
    });
  });
});

describe("Excel: the clerk's note moves with inserted rows", () => {
  test("a row inserted above the table moves their note; the next check keeps it where it went", async () => {
    const driver = excelDriver as Driver<unknown>;
    const { workbook, held: first } = await withOurNotes(driver);
    const [cell, text] = [...first.notes][0];
    const edited = await driver.edit(workbook, [
      noteEdit(cell, `${text}（已核实）`),
      { sheet: S, axis: "row", at: 30, count: 1 },
    ]);
    const r = parseA1Range(cell.split("!")[1])!;
    const moved = `${S}!${cell.split("!")[1].replace(/\d+$/, String(r.top + 2))}`;
    expect((await driver.held(edited)).notes.get(moved)).toBe(`${text}（已核实）`);
    const second = await driver.held((await driver.check(edited)).workbook);
    expect(second.notes.get(moved)).toBe(`${text}（已核实）`);
    expect(second.notes.size).toBe(first.notes.size);
    const cleared = await driver.held((await driver.clear(edited)).workbook);
    expect(Object.fromEntries(cleared.notes)).toEqual({ [moved]: `${text}（已核实）` });
  });
});

describe.each(drivers)("$name: a renamed sheet keeps its notes ours", (driver) => {
  test("after the user renames the sheet, Clear marks still takes our notes (and only ours)", async () => {
    const { workbook, held } = await withOurNotes(driver);
    expect(held.notes.size).toBeGreaterThan(0);
    const [cell] = [...held.notes.keys()];
    const renamed = await driver.edit(workbook, [
      noteEdit(cell, CLERK),
      { sheet: S, renameTo: "预算项目绩效目标（改名）" },
    ]);
    const cleared = await driver.held((await driver.clear(renamed)).workbook);
    expect(Object.fromEntries(cleared.notes)).toEqual({ [cell.replace(S, "预算项目绩效目标（改名）")]: CLERK });
  });
});
