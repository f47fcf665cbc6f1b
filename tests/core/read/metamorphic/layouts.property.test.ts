/**
 * Property: a published table copied into another unit's workbook reads the same. Each generator below is an edit
 * units make when they copy a template (the table moved down and right under a 填报单位 / 单位：万元 line, blank rows
 * in the indicator block, the levels merged, repeated or written once, labels spaced out, with full-width brackets or
 * broken over two lines, a trailing 备注 column, the target split into 符号 | 指标值 | 单位 columns, a helper column
 * of codes (often hidden: the reader sees it as any column), numbers typed as text), drawn one to three at a time over
 * real fixtures. What the reader makes of each table — its project, budget, schedule, every indicator's levels and
 * target — must stay as the unedited fixture's.
 *
 * metamorphic.test.ts tries each single edit over every fixture and compares every reference; this test draws
 * combinations over a few fixtures (PERF_LAYOUT_FIXTURES=all: all of them, to explore) and compares what is read.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { readWorkbook } from "../../../../src/core/read";
import type { WorkbookSnapshot } from "../../../../src/core/types";
import { snapshotFromXlsx } from "../../../../src/host/xlsx/snapshot";
import { firstDifference } from "./edits";
import {
  blankRows,
  codes,
  colons,
  EACH,
  EDIT,
  linesAbove,
  numbered,
  reading,
  schedulePerPeriod,
  shown,
  traditional,
  twoRowHeader,
  unchanged,
  type Edit,
  type Original,
} from "./layoutEdits";

jest.setTimeout(120_000);

const REAL = join(__dirname, "..", "..", "..", "fixtures", "real");
/**
 * Tables in different hands: a project goal table whose 指标值 is over two rows (武汉 青山), a self-evaluation (黄石
 * 图书馆), the national monitoring table, a 部门整体 one (祁东 疾控), 海口's 成效指标, 台中's strategies as its 一级
 * under an untitled caption, 宁德's table with no header block; 重庆 科学城's 年初指标值 | 调整指标值, 龙岩's targets by
 * region, 宜兴's pairs of targets on each row, 大英's self-evaluation with its 预算执行情况 block, the 省 drug supervision
 * fund's 财政资金 | 其他资金; 成安's 预期指标值 over 符号 | (unlabelled value) | 单位 in four numbered parts, 南开's results
 * beside its targets over a score block.
 */
const SOME = [
  "hubei-wuhan-qingshan-education-goals-2020.xlsx",
  "hubei-huangshi-library-self-eval-2022.xlsx",
  "national-pmkpi-monitoring-2022.xlsx",
  "hunan-qidong-cdc-unit-goals-2024.xlsx",
  "hainan-haikou-archives-goals-2016.xlsx",
  "taiwan-taichung-economic-goals-2014.xlsx",
  "fujian-ningde-talent-station-evaluation-2023.xlsx",
  "chongqing-science-city-media-unit-self-eval-2021.xlsx",
  "fujian-longyan-transfer-goals-2023.xlsx",
  "jiangsu-yixing-public-health-evaluation-2016.xlsx",
  "sichuan-daying-justice-self-eval-2023.xlsx",
  "province-drug-supervision-fund-standards-2017.xlsx",
  // Our own template's five projects: the one table with a disbursement schedule (no real one here writes it).
  "../seed-one-sheet.xlsx",
  "hebei-chengan-centenarian-self-eval-2020.xlsx",
  "tianjin-nankai-biology-lab-results-2018.xlsx",
];
const FILES =
  process.env.PERF_LAYOUT_FIXTURES === "all"
    ? readdirSync(REAL)
        .filter((f) => f.endsWith(".xlsx"))
        .sort()
        .concat("../seed-one-sheet.xlsx")
    : SOME;
const RUNS = Number(process.env.PERF_LAYOUT_RUNS ?? 100);
const OPTIONS = { budgetYear: undefined };

const read = (snapshot: WorkbookSnapshot) => readWorkbook(snapshot, OPTIONS).tables.filter((t) => t.source !== "prose");

const originals: Original[] = [];
beforeAll(async () => {
  for (const file of FILES) {
    const { snapshot } = await snapshotFromXlsx(readFileSync(join(REAL, file)));
    originals.push({ file, snapshot, grid: read(snapshot) });
  }
});

/** The edits found to break the reading (reader66, reader67, reader68), on the fixtures they broke. */
const FOUND: [number, Edit[]][] = [
  [4, [blankRows(1, 0.8)]], // 海口: 成效指标 after a blank row
  [5, [blankRows(1, 0.8)]], // 台中: a strategy as the 一级 after a blank row
  [0, [blankRows(3, 0.5)]], // three blank rows
  [5, [linesAbove]], // 台中: its caption read as the unit's name, the table as 部门整体
  [6, [codes, twoRowHeader]], // 宁德: 指标编码 under 绩效指标, the table lost
  // reader67
  [7, [traditional]], // 重庆: 調整指標值 no adjustment, its blank rows had no target
  [8, [colons]], // 龙岩: 宗教管理经费补助（新罗区：）
  [9, [colons]], // 宜兴: the pair's table named （目标名称：）
  // reader68
  [12, [schedulePerPeriod]], // the seed: 0% | 45% | 25% | 30% read as a running total ending at 30 %
  // reader70
  [12, [codes, numbered]], // the seed: 一级 ‖ 二级 ‖ 三级 apart after columns inserted for other tables, 一级 lost
];

test("a table copied into another unit's layout reads as the published one", () => {
  fc.assert(
    fc.property(fc.nat(), fc.array(EDIT, { minLength: 1, maxLength: 3 }), (pick, edits) => {
      const o = originals[pick % originals.length];
      let e = unchanged(o.snapshot);
      const done: string[] = [];
      let expected = o.grid;
      for (const edit of edits) {
        const next = edit.apply(o, e);
        if (!next) continue;
        [e, done[done.length]] = [next, edit.what];
        if (edit.expect) expected = edit.expect(expected);
      }
      const want = expected.map(reading);
      const got = read(e.snapshot).map(reading);
      const d = firstDifference(want, got);
      if (d) throw new Error(`${o.file} after ${done.join(" → ")}: ${d}`);
    }),
    {
      numRuns: RUNS,
      // What each broke on main, tried first whatever is drawn (fixtures by their place in SOME).
      examples: FILES === SOME ? FOUND.map(([i, edits]) => [i, edits.map(shown)]) : [],
    },
  );
});

test("every edit applies to some fixture (an edit that applies to none tests nothing)", () => {
  const none = EACH.filter((edit) => originals.every((o) => edit.apply(o, unchanged(o.snapshot)) === null));
  expect(none.map((x) => x.what)).toEqual([]);
});
