/**
 * A clerk who chose English in WPS 表格, trying to break it: 检查目标 from the ribbon; then a row inserted inside the
 * first table, a column inside it, one between the table and our block and one inside our block (between Status and
 * Alert); typing into each of them, into an input cell of ours, over a computed cell of ours and beside our block; the
 * pane checks, the ribbon checks again, 清除标记 from the ribbon.
 * Promises: every cell the clerk typed is as they left it after each check and after the clear; twice is once; the clear
 * gives back the clerk's own workbook (the one input column they filled keeps its header, and says so); every line the
 * ribbon and the pane say, and the ribbon's own words, are English (sheet names and cells quoted as written).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { cellName } from "../../src/core/a1";
import { checkWorkbook } from "../../src/core/check";
import { renderMessage } from "../../src/core/locale/messages";
import { MONITOR_COLUMNS } from "../../src/core/plan/words";
import { DEFAULT_STORED } from "../../src/core/settings";
import { DEFAULT_SETTINGS } from "../../src/core/types";
import { readWorkbook as readWps } from "../../src/host/wps/read";
import { createRibbon, RIBBON_BUTTONS, ribbonCallbacks } from "../../src/host/wps/ribbon";
import { createWpsHost } from "../../src/taskpane/hosts/wpsHost";
import type { FakeWps } from "../host/wps/fake";
import { FakeRibbonHost } from "../host/wps/fakeRibbon";
import { heldOfWps, type Held } from "./drivers";
import { seedTable } from "./seedTable";
import { TODAY, wpsClerk } from "./wpsClerk";

const clerk = wpsClerk("seed-one-sheet.xlsx");
const header = (key: string) => MONITOR_COLUMNS.find((c) => c.key === key)!.header.en;
const CJK = /[\u3400-\u9fff\uff00-\uffef]/;
/** A line with the sheet names and cells it quotes ('预算项目绩效目标'!J44) taken out: what is left is ours. */
const ourWords = (line: string) => line.replace(/'[^']*'!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?/g, "…");

type Line = ["row" | "col", number];
type Typed = [number, number, string | number];

/** The clerk's inserts and typing, on any workbook: the same cells whether it was checked or not. */
function work(fake: FakeWps, sheet: string, lines: Line[], typed: Typed[]): void {
  for (const [axis, at] of lines) {
    if (axis === "row") fake.insertRows(sheet, at, 1);
    else fake.insertColumns(sheet, at, 1);
  }
  const ws = fake.app.ActiveWorkbook!.Worksheets.Item(sheet);
  for (const [row, col, value] of typed) ws.Range(cellName(row, col)).Value2 = value;
}

describe("WPS in English: check, insert, type, check, clear", () => {
  const alerts: string[] = [];
  let notes: string[];
  let labels: Record<string, string | undefined>;
  let typedCells: string[];
  let afterPane: Held;
  let afterRibbon: Held;
  let afterClear: Held;
  let theirs: Held;

  beforeAll(async () => {
    const fake = clerk.open();
    const S = clerk.user;
    const pane = createWpsHost(fake.app, () => TODAY);
    await pane.saveSettings({ ...DEFAULT_STORED, lang: "en", asOf: TODAY });
    const ribbon = createRibbon({
      app: () => fake.app,
      alert: (m) => void alerts.push(m),
      paneUrl: () => "https://perf.example.gov.cn/addin/taskpane.html",
      today: () => TODAY,
      now: () => new Date(`${TODAY}T08:00:00Z`),
    });
    const wps = new FakeRibbonHost(readFileSync(path.join(__dirname, "../../wps/ribbon.xml"), "utf8"), {
      ...ribbonCallbacks(ribbon),
    });
    wps.load();
    ribbon.OnAction({ Id: RIBBON_BUTTONS.check });

    // Where the clerk inserts and types, found on the checked workbook as they go.
    const table = () => {
      const snapshot = readWps(fake.app, false).snapshot;
      const name = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: TODAY }).tables.find(
        (c) => c.table.sheet === S,
      )!.table.name;
      return seedTable(snapshot, S, name);
    };
    const first = table();
    const inside = first.rows[1] + 1;
    const target = first.t.header.columns.target!;
    const lines: Line[] = [
      ["row", inside],
      ["col", target + 1],
      ["col", first.col(header("actual")) + 1], // + 1: the column just inserted before it
    ];
    work(fake, S, lines, []);
    const status = table().col(header("status"));
    const block: Line = ["col", status + 1];
    work(fake, S, [block], []);
    const t = table();
    const typed: Typed[] = [
      [inside, t.t.header.columns.name!, "新增培训人数"],
      [inside, target, "≥10人"],
      [t.rows[0], target + 1, "my note in a column inside"],
      [t.rows[0], t.col(header("actual")) - 1, "between the table and the block"],
      [t.rows[0], t.col(header("actual")), 40],
      [t.rows[2], status, "my own status"],
      [t.rows[0], status + 1, "inside our block"],
      [t.t.header.row, t.col(header("note")) + 1, "beside the block"],
    ];
    work(fake, S, [], typed);
    typedCells = typed.map(([row, col]) => `${S}!${cellName(row, col)}`);

    const result = await pane.check({ ...DEFAULT_SETTINGS, lang: "en", asOf: TODAY });
    notes = result.diagnostics.map((d) => renderMessage(d.text, "en"));
    afterPane = heldOfWps(fake.model);
    ribbon.OnAction({ Id: RIBBON_BUTTONS.check });
    afterRibbon = heldOfWps(fake.model);
    ribbon.OnAction({ Id: RIBBON_BUTTONS.clear });
    afterClear = heldOfWps(fake.model);
    labels = wps.labels();

    // The clerk's own workbook: the same inserts and typing on the workbook never checked.
    const own = clerk.open();
    work(own, S, [...lines, block], typed);
    theirs = heldOfWps(own.model);
  });

  test("every cell the clerk typed is as they left it, after each check and after the clear", () => {
    for (const key of typedCells) {
      expect([key, afterPane.cells.get(key)]).toEqual([key, theirs.cells.get(key)]);
      expect([key, afterRibbon.cells.get(key)]).toEqual([key, theirs.cells.get(key)]);
      expect([key, afterClear.cells.get(key)]).toEqual([key, theirs.cells.get(key)]);
    }
  });

  test("twice is once: the ribbon's check after the pane's changes nothing", () => {
    expect(afterRibbon).toEqual(afterPane);
  });

  test("the clear gives back the clerk's workbook; the input column they filled keeps its header and says so", () => {
    const differ = [...new Set([...afterClear.cells.keys(), ...theirs.cells.keys()])].filter(
      (k) => afterClear.cells.get(k) !== theirs.cells.get(k),
    );
    expect(differ.map((k) => [k, afterClear.cells.get(k)])).toEqual([[expect.any(String), `v:"${header("actual")}"`]]);
    const kept = differ[0].split("!")[1];
    expect(alerts.at(-1)).toContain(`These input columns hold values you typed and were kept: '${clerk.user}'!${kept}`);
  });

  test("every line the ribbon and the pane say is English, and so are the buttons' words", () => {
    expect(alerts).toHaveLength(3);
    expect(alerts[0]).toMatch(/^Checked \d+ performance target tables: red warnings \d+, yellow warnings \d+\.$/);
    expect(notes.length).toBeGreaterThan(0);
    for (const line of [...alerts, ...notes]) expect(ourWords(line)).not.toMatch(CJK);
    // The tab and the group keep their fixed Chinese words (wps/ribbon.xml says why).
    expect(Object.values(labels).join(" ")).toBe("绩效目标 绩效目标监控 Check targets Open pane Clear marks");
    // The one Status typed over: one cell, said as one ("1 cells hold" before).
    expect(notes).toContainEqual(
      expect.stringMatching(/^1 cell holds something the add-in did not write; it was left as/),
    );
    expect(alerts.at(-1)).toMatch(
      /\n1 cell holds something the add-in did not write \(or that was changed since\); it was not cleared: /,
    );
  });
});
