/**
 * breaker57: between two checks the clerk hides a project's row of 监控汇总, colours it (a fill: their highlight), or
 * filters the list (数据 → 筛选), then deletes a goal sheet and checks again. Since breaker56 the projects under the
 * deleted one's row moved up — but a hidden row, a fill and a filter stay with the row, not with what it holds: the
 * hidden row then held another project, the highlight sat on another project, the filter showed a set the clerk never
 * chose. The hosts now read those (the summary's rows hidden and filled, its AutoFilter) and the projects stay on their
 * rows (the gap stays, as before breaker56) — in the CLI's checked copy, the Excel add-in (strict fake) and WPS 表格.
 * breaker58: a font colour or bold (red or bold text, the clerk's other highlights) stays with the row too; only fills
 * were read.
 */
import path from "node:path";
import type { WorkbookSnapshot } from "../../src/core/types";
import { runCheck } from "../../src/host/wps/actions";
import { bgr, XL } from "../../src/host/wps/model";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot, NORMAL_FONT as NORMAL_WPS_FONT, XL_FILTER_VALUES } from "../host/wps/fake";
import { NORMAL_FONT, type FakeExcel } from "../host/excel/fake";
import { AS_OF, BOTH_DRIVERS, excelDriver, heldOfWps, xlsxDriver, type Driver, type Held } from "./drivers";
import type { UserEdit } from "./xlsxEdit";

jest.setTimeout(240_000);

const PER_SHEET = path.join(__dirname, "../fixtures/seed-per-sheet.xlsx");
const SUMMARY = "监控汇总";
const GONE = "2 检察业务费";
const GONE_NAME = "检察业务费";
/** The summary's header row (1-based: row 6) and first project row (row 7). */
const HEADER = 6;

/** The project names in column A of the summary's rows 7.. down to the last filled one ("" for an empty row). */
const names = (held: Held): string[] => {
  const out: string[] = [];
  const last = Math.max(
    ...[...held.cells.keys()]
      .filter((k) => k.startsWith(`${SUMMARY}!A`))
      .map((k) => Number(k.slice(SUMMARY.length + 2))),
  );
  for (let r = HEADER + 1; r <= last; r++) {
    const v = held.cells.get(`${SUMMARY}!A${r}`);
    out.push(v ? (JSON.parse(v.slice(2)) as string) : "");
  }
  return out;
};

/** The summary's row (1-based) of a project, and of the project under the deleted one. */
const rowOf = (held: Held, name: string) => names(held).indexOf(name) + HEADER + 1;

/** The row of the project under the deleted one, the last project's row, and the names shown by a filter. */
function layout(first: Held) {
  const list = names(first);
  const under = rowOf(first, GONE_NAME) + 1;
  return { list, under, underName: list[under - HEADER - 1], last: HEADER + list.length };
}

/** What the clerk did to 监控汇总 before deleting the goal sheet (0-based rows in the edits). */
const MARKS: { what: string; edits: (first: Held) => UserEdit[]; kept: (first: Held, held: Held) => void }[] = [
  {
    what: "hid the row of the project under the deleted one",
    edits: (first) => {
      const { under } = layout(first);
      return [{ sheet: SUMMARY, hideRows: { top: under - 1, bottom: under - 1 } }];
    },
    kept: (first, held) => expect(held.filters).toContain(`${SUMMARY}!row ${layout(first).under}`),
  },
  {
    what: "coloured the name of the project under the deleted one",
    edits: (first) => [{ sheet: SUMMARY, row: layout(first).under - 1, col: 0, format: { fill: "FFFF00" } }],
    kept: (first, held) => expect(held.formats.get(`${SUMMARY}!A${layout(first).under}`)).toMatch(/\|FFFF00$/),
  },
  // breaker58: red or bold text is a clerk's mark too (开始 → 字体颜色, 加粗); only fills counted.
  {
    what: "coloured the text of the project under the deleted one red",
    edits: (first) => [{ sheet: SUMMARY, row: layout(first).under - 1, col: 0, format: { fontColor: "FF0000" } }],
    kept: (first, held) => expect(held.formats.get(`${SUMMARY}!A${layout(first).under}`)).toMatch(/\|font FF0000$/),
  },
  {
    what: "made the budget of the project under the deleted one bold",
    edits: (first) => [{ sheet: SUMMARY, row: layout(first).under - 1, col: 2, format: { bold: true } }],
    kept: (first, held) => expect(held.formats.get(`${SUMMARY}!C${layout(first).under}`)).toMatch(/\|b\|/),
  },
  // chart59: italic, struck through or underlined (a cancelled project struck through) count too, as in the CLI copy.
  ...(["italic", "strikethrough", "underline"] as const).map((look) => ({
    what: `made the name of the project under the deleted one ${look}`,
    edits: (first: Held): UserEdit[] => [
      { sheet: SUMMARY, row: layout(first).under - 1, col: 0, format: { [look]: true } },
    ],
    kept: (first: Held, held: Held) => expect(held.formats.get(`${SUMMARY}!A${layout(first).under}`)).toContain(look),
  })),
  // breaker60: a height of its own (右键 → 行高: the likeliest mark of one row) stays with the row too.
  {
    what: "gave the row of the project under the deleted one a height of its own",
    edits: (first) => [{ sheet: SUMMARY, rowHeight: { row: layout(first).under - 1, points: 30 } }],
    kept: (first, held) => expect(held.filters).toContain(`${SUMMARY}!row ${layout(first).under} 30pt`),
  },
  {
    what: "filtered the list, the last project left out",
    edits: (first) => {
      const { list, last } = layout(first);
      const shown = list.slice(0, -1);
      return [
        {
          sheet: SUMMARY,
          autoFilter: { top: HEADER - 1, left: 0, bottom: last - 1, right: 12 },
          column: 0,
          shown,
        },
      ];
    },
    kept: (first, held) => expect(held.filters).toContain(`${SUMMARY}!row ${layout(first).last}`),
  },
];

describe.each(BOTH_DRIVERS)("$name", (driver: Driver<unknown>) => {
  test.each(MARKS)("the clerk $what: the projects stay on their rows", async ({ edits, kept }) => {
    const once = await driver.check(await driver.open(PER_SHEET), false);
    const first = await driver.held(once.workbook);
    const { under, underName, list } = layout(first);
    const edited = await driver.edit(once.workbook, [...edits(first), { sheet: GONE, deleteSheet: true }]);
    const marked = await driver.held(edited);
    const again = await driver.check(edited, false);
    const held = await driver.held(again.workbook);
    expect(names(held)).toEqual(list.map((n) => (n === GONE_NAME ? "" : n)));
    expect(held.cells.get(`${SUMMARY}!A${under}`)).toBe(`v:${JSON.stringify(underName)}`);
    kept(first, held);
    // Nothing of the clerk's moved or changed: the rows hidden, the filter and the fills are as they left them.
    expect(held.filters).toEqual(marked.filters);
    const looks = (h: Held) =>
      [...h.formats].filter(
        ([k, v]) => k.startsWith(`${SUMMARY}!`) && /FFFF00$|\|font |\|b\||\|(italic|strikethrough|underline)/.test(v),
      );
    expect(looks(held)).toEqual(looks(marked));
    const third = await driver.held((await driver.check(again.workbook, false)).workbook);
    expect(third).toEqual(held);
  });
});

/**
 * excel61: rows grouped (数据 → 创建组) under a summary row of the clerk's stay with the row too — in the CLI copy (the
 * file's row outlineLevel) and WPS (Range.OutlineLevel, below). The Excel add-in cannot tell: Office.js reads no row's
 * outline level (Range.group only sets one), so it is not run there (TESTING.md's manual checklist). The whole list
 * grouped is the list's (folded as a whole): the projects move up as without it.
 */
describe("CLI copy: rows of 监控汇总 grouped", () => {
  const driver = xlsxDriver;
  test("the rows of the two projects under the deleted one grouped: the projects stay on their rows", async () => {
    const once = await driver.check(await driver.open(PER_SHEET), false);
    const first = await driver.held(once.workbook);
    const { under, underName, list } = layout(first);
    const grouped = { sheet: SUMMARY, groupRows: { top: under - 1, bottom: under } };
    const edited = await driver.edit(once.workbook, [grouped, { sheet: GONE, deleteSheet: true }]);
    const marked = await driver.held(edited);
    expect(marked.filters).toContain(`${SUMMARY}!row ${under} level 2`);
    const again = await driver.check(edited, false);
    const held = await driver.held(again.workbook);
    expect(names(held)).toEqual(list.map((n) => (n === GONE_NAME ? "" : n)));
    expect(held.cells.get(`${SUMMARY}!A${under}`)).toBe(`v:${JSON.stringify(underName)}`);
    expect(held.filters).toEqual(marked.filters);
    expect(await driver.held((await driver.check(again.workbook, false)).workbook)).toEqual(held);
  });

  // review61a: a group inside the list's own (two projects folded under a line of the clerk's) was read as the list's.
  test("the whole list grouped, two rows under the deleted one's grouped inside it: the projects stay", async () => {
    const once = await driver.check(await driver.open(PER_SHEET), false);
    const first = await driver.held(once.workbook);
    const { under, underName, list, last } = layout(first);
    const edited = await driver.edit(once.workbook, [
      { sheet: SUMMARY, groupRows: { top: HEADER, bottom: last - 1 } },
      { sheet: SUMMARY, groupRows: { top: under - 1, bottom: under } },
      { sheet: GONE, deleteSheet: true },
    ]);
    const marked = await driver.held(edited);
    expect(marked.filters).toContain(`${SUMMARY}!row ${under} level 3`);
    const again = await driver.check(edited, false);
    const held = await driver.held(again.workbook);
    expect(names(held)).toEqual(list.map((n) => (n === GONE_NAME ? "" : n)));
    expect(held.cells.get(`${SUMMARY}!A${under}`)).toBe(`v:${JSON.stringify(underName)}`);
    expect(held.filters).toEqual(marked.filters);
    expect(await driver.held((await driver.check(again.workbook, false)).workbook)).toEqual(held);
  });

  test("every project's row grouped: the projects move up under a deleted goal sheet", async () => {
    const once = await driver.check(await driver.open(PER_SHEET), false);
    const { list, last } = layout(await driver.held(once.workbook));
    const grouped = { sheet: SUMMARY, groupRows: { top: HEADER, bottom: last - 1 } };
    const edited = await driver.edit(once.workbook, [grouped, { sheet: GONE, deleteSheet: true }]);
    const held = await driver.held((await driver.check(edited, false)).workbook);
    expect(names(held)).toEqual(list.filter((n) => n !== GONE_NAME));
  });
});

/**
 * excel61: a border on one row (开始 → 边框 → 下框线 under a project, the clerk's line) stays with the row too, in the CLI
 * copy (the cell format's border); borders61: in the Excel add-in too (Range.getCellProperties' format.borders, the fake's
 * RULES: CELL_BORDERS) — before, Excel let the projects move under the line. Every project's row bordered (the list
 * framed) is the list's look: the projects move up.
 */
describe.each(BOTH_DRIVERS)("$name: a border on rows of 监控汇总", (driver: Driver<unknown>) => {
  /** The rows (0-based) of 监控汇总 with a cell bordered, as the workbook holds them. */
  const bordered = (w: unknown): number[] => {
    if (w instanceof Uint8Array)
      return readWorkbookBytes(w).snapshot.sheets.find((s) => s.name === SUMMARY)!.rowMarks!.bordered;
    const cells = (w as FakeExcel).model.sheets.find((s) => s.name === SUMMARY)!.cells;
    const rows = [...cells].filter(([, c]) => c.borders).map(([k]) => Number(k.split(",")[0]));
    return [...new Set(rows)].sort((a, b) => a - b);
  };
  const line = (row: number, col = 0): UserEdit => ({ sheet: SUMMARY, row, col, format: { bottomBorder: true } });

  test("a bottom border under the project under the deleted one: the projects stay on their rows", async () => {
    const once = await driver.check(await driver.open(PER_SHEET), false);
    const first = await driver.held(once.workbook);
    const { under, underName, list } = layout(first);
    const edited = await driver.edit(once.workbook, [line(under - 1), { sheet: GONE, deleteSheet: true }]);
    expect(bordered(edited)).toEqual([under - 1]);
    const again = await driver.check(edited, false);
    const held = await driver.held(again.workbook);
    expect(names(held)).toEqual(list.map((n) => (n === GONE_NAME ? "" : n)));
    expect(held.cells.get(`${SUMMARY}!A${under}`)).toBe(`v:${JSON.stringify(underName)}`);
    expect(bordered(again.workbook)).toEqual([under - 1]);
    expect(await driver.held((await driver.check(again.workbook, false)).workbook)).toEqual(held);
    expect(bordered(again.workbook)).toEqual([under - 1]);
  });

  test("every project's row bordered: the projects move up under a deleted goal sheet", async () => {
    const once = await driver.check(await driver.open(PER_SHEET), false);
    const { list, last } = layout(await driver.held(once.workbook));
    const lines = Array.from({ length: last - HEADER }, (_, k) => line(HEADER + k));
    const edited = await driver.edit(once.workbook, [...lines, { sheet: GONE, deleteSheet: true }]);
    const again = await driver.check(edited, false);
    const held = await driver.held(again.workbook);
    expect(names(held)).toEqual(list.filter((n) => n !== GONE_NAME));
    expect(bordered(again.workbook)).toEqual(Array.from({ length: last - HEADER }, (_, k) => HEADER + k));
    expect(await driver.held((await driver.check(again.workbook, false)).workbook)).toEqual(held);
  });
});

/**
 * breaker60: the whole list made taller (every project's row given the same height) is the list's look, not one row's
 * mark: it stays on every row whatever moves, so the projects under a deleted goal sheet move up as without it.
 */
describe.each(BOTH_DRIVERS)("$name: the whole list made taller", (driver: Driver<unknown>) => {
  test("every project's row 24 pt: the projects move up under a deleted goal sheet", async () => {
    const once = await driver.check(await driver.open(PER_SHEET), false);
    const first = await driver.held(once.workbook);
    const { list, last } = layout(first);
    const taller = Array.from({ length: list.length }, (_, k) => ({
      sheet: SUMMARY,
      rowHeight: { row: HEADER + k, points: 24 },
    }));
    const edited = await driver.edit(once.workbook, [...taller, { sheet: GONE, deleteSheet: true }]);
    const held = await driver.held((await driver.check(edited, false)).workbook);
    expect(names(held)).toEqual(list.filter((n) => n !== GONE_NAME));
    expect(held.filters.filter((f) => f.endsWith("24pt"))).toHaveLength(last - HEADER);
  });
});

/**
 * chart59 (review58b's left step): a workbook whose Normal style's font is grey (黑色，文字 1，淡色 25%: #404040) and bold —
 * a template's or an exporter's — gives it to every cell. The Excel add-in compared each row's font with black and not
 * bold, so every row of 监控汇总 read as the clerk's mark and the projects under a deleted goal sheet never moved up. It
 * compares with the Normal style's font now (Workbook.styles.getItem("Normal").font), as the CLI copy does with font 0.
 */
test("Excel: a grey, bold Normal style marks no row — the projects move up under a deleted goal sheet", async () => {
  const book = await excelDriver.open(PER_SHEET);
  book.model.normalFont = { ...NORMAL_FONT, color: "#404040", bold: true };
  const first = await excelDriver.held((await excelDriver.check(book, false)).workbook);
  const { list } = layout(first);
  const edited = await excelDriver.edit(book, [{ sheet: GONE, deleteSheet: true }]);
  const held = await excelDriver.held((await excelDriver.check(edited, false)).workbook);
  expect(names(held)).toEqual(list.filter((n) => n !== GONE_NAME));
});

/** WPS 表格 (strict fake; values, as WPS writes): the same, by the clerk's hands on 监控汇总 and the sheet's tab. */
describe("WPS: the clerk hid, coloured or filtered rows of 监控汇总, then deleted a goal sheet", () => {
  let seed: WorkbookSnapshot;
  beforeAll(async () => {
    seed = readWorkbookBytes(await xlsxDriver.open(PER_SHEET)).snapshot;
  });
  const check = (fake: FakeWps) => runCheck(fake.app, { asOf: AS_OF }, AS_OF);
  const summary = (fake: FakeWps) => fake.userSheet(SUMMARY);
  const WPS_MARKS: { what: string; mark: (fake: FakeWps, first: Held) => void }[] = [
    {
      what: "hid the row under the deleted project's",
      mark: (fake, first) => {
        const { under } = layout(first);
        summary(fake).Range(`${under}:${under}`).Hidden = true;
      },
    },
    {
      what: "coloured the name under the deleted project's",
      mark: (fake, first) => void (summary(fake).Range(`A${layout(first).under}`).Interior.Color = bgr("FFFF00")),
    },
    {
      what: "coloured the text under the deleted project's red",
      mark: (fake, first) => void (summary(fake).Range(`A${layout(first).under}`).Font.Color = bgr("FF0000")),
    },
    {
      what: "made the budget under the deleted project's bold",
      mark: (fake, first) => void (summary(fake).Range(`C${layout(first).under}`).Font.Bold = true),
    },
    // chart59: italic, struck through, underlined (Font.Italic, Strikethrough, Underline = xlUnderlineStyleSingle).
    {
      what: "made the name under the deleted project's italic",
      mark: (fake, first) => void (summary(fake).Range(`A${layout(first).under}`).Font.Italic = true),
    },
    {
      what: "struck the name under the deleted project's through",
      mark: (fake, first) => void (summary(fake).Range(`A${layout(first).under}`).Font.Strikethrough = true),
    },
    {
      what: "underlined the name under the deleted project's",
      mark: (fake, first) => void (summary(fake).Range(`A${layout(first).under}`).Font.Underline = XL.underlineSingle),
    },
    // breaker60: Range.RowHeight on the row (右键 → 行高).
    {
      what: "gave the row under the deleted project's a height of its own",
      mark: (fake, first) => {
        const { under } = layout(first);
        summary(fake).Range(`${under}:${under}`).RowHeight = 30;
      },
    },
    // review61a: the whole list grouped (level 2), the two rows under the deleted project's grouped inside it (3).
    {
      what: "grouped the whole list, and the two rows under the deleted project's inside it",
      mark: (fake, first) => {
        const { under, last } = layout(first);
        for (let row = HEADER + 1; row <= last; row++) summary(fake).Range(`${row}:${row}`).OutlineLevel = 2;
        for (const row of [under, under + 1]) summary(fake).Range(`${row}:${row}`).OutlineLevel = 3;
      },
    },
    // excel61: 数据 → 创建组 over the two rows under the deleted project's (Range.OutlineLevel = 2 on each).
    {
      what: "grouped the two rows under the deleted project's",
      mark: (fake, first) => {
        const { under } = layout(first);
        for (const row of [under, under + 1]) summary(fake).Range(`${row}:${row}`).OutlineLevel = 2;
      },
    },
    // borders61: 开始 → 边框 → 下框线 under the row (Range.Borders.Item(xlEdgeBottom).LineStyle = xlContinuous).
    {
      what: "drew a line under the row under the deleted project's",
      mark: (fake, first) => {
        const { under } = layout(first);
        summary(fake).Range(`A${under}:M${under}`).Borders.Item(XL.edgeBottom).LineStyle = 1;
      },
    },
    {
      what: "filtered the list, the last project left out",
      mark: (fake, first) => {
        const { list, last } = layout(first);
        summary(fake).Range(`A${HEADER}:M${last}`).AutoFilter(1, list.slice(0, -1), XL_FILTER_VALUES);
      },
    },
  ];

  // chart59: a grey, bold Normal style (every cell's font) is no mark: the projects move up (see the Excel case above).
  test("a grey, bold Normal style marks no row: the projects move up under a deleted goal sheet", () => {
    const fake = new FakeWps({
      ...modelFromSnapshot(seed),
      normalFont: { ...NORMAL_WPS_FONT, Color: bgr("404040"), Bold: true },
    });
    check(fake);
    const { list } = layout(heldOfWps(fake.model));
    fake.deleteSheet(GONE);
    check(fake);
    expect(names(heldOfWps(fake.model))).toEqual(list.filter((n) => n !== GONE_NAME));
  });

  // breaker60: every project's row given one height is the list's look: the projects move up (see above).
  test("the whole list made taller: the projects move up under a deleted goal sheet", () => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    check(fake);
    const { list, last } = layout(heldOfWps(fake.model));
    summary(fake).Range(`${HEADER + 1}:${last}`).RowHeight = 24;
    fake.deleteSheet(GONE);
    check(fake);
    expect(names(heldOfWps(fake.model))).toEqual(list.filter((n) => n !== GONE_NAME));
  });

  test("the whole list grouped: the projects move up under a deleted goal sheet", () => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    check(fake);
    const { list, last } = layout(heldOfWps(fake.model));
    for (let row = HEADER + 1; row <= last; row++) summary(fake).Range(`${row}:${row}`).OutlineLevel = 2;
    fake.deleteSheet(GONE);
    check(fake);
    expect(names(heldOfWps(fake.model))).toEqual(list.filter((n) => n !== GONE_NAME));
  });

  // borders61: every project's row given a line (the list framed) is the list's look: the projects move up (above).
  test("the whole list framed: the projects move up under a deleted goal sheet", () => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    check(fake);
    const { list, last } = layout(heldOfWps(fake.model));
    for (let row = HEADER + 1; row <= last; row++)
      summary(fake).Range(`A${row}:M${row}`).Borders.Item(XL.edgeBottom).LineStyle = 1;
    fake.deleteSheet(GONE);
    check(fake);
    expect(names(heldOfWps(fake.model))).toEqual(list.filter((n) => n !== GONE_NAME));
  });

  // 开始 → 边框 → 外侧框线 over the list: the top of its first row, the bottom of its last, and every row's left and right
  // ends — every row has an edge of its own (its left and right), so the frame is the list's too (WPS reads each row's
  // left and right edges as well as its top and bottom: read.ts readRowMarks).
  test("an outside frame around the list: the projects move up under a deleted goal sheet", () => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    check(fake);
    const { list, last } = layout(heldOfWps(fake.model));
    const frame = summary(fake).Range(`A${HEADER + 1}:M${last}`).Borders;
    for (const edge of [XL.edgeTop, XL.edgeBottom, XL.edgeLeft, XL.edgeRight]) frame.Item(edge).LineStyle = 1;
    fake.deleteSheet(GONE);
    check(fake);
    expect(names(heldOfWps(fake.model))).toEqual(list.filter((n) => n !== GONE_NAME));
  });

  test.each(WPS_MARKS)("the clerk $what: the projects stay on their rows", ({ mark }) => {
    const fake = new FakeWps(modelFromSnapshot(seed));
    check(fake);
    const first = heldOfWps(fake.model);
    const { under, underName, list } = layout(first);
    mark(fake, first);
    fake.deleteSheet(GONE);
    const looks = () =>
      [...fake.model.sheets.find((s) => s.name === SUMMARY)!.cells].filter(
        ([, c]) =>
          c.fill || c.fontColor || c.bold || c.italic || c.strikethrough || c.underline !== undefined || c.borders,
      );
    const [marked, filled] = [heldOfWps(fake.model), looks()];
    check(fake);
    const held = heldOfWps(fake.model);
    expect(names(held)).toEqual(list.map((n) => (n === GONE_NAME ? "" : n)));
    expect(held.cells.get(`${SUMMARY}!A${under}`)).toBe(`v:${JSON.stringify(underName)}`);
    expect(held.filters).toEqual(marked.filters);
    expect(looks()).toEqual(filled);
    check(fake);
    expect(heldOfWps(fake.model)).toEqual(held);
  });
});
