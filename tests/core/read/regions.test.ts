/**
 * Transfer-payment tables with one target column per region (区域目标值 over 新罗区 | 永定区 …): one table per
 * region, named "<project>（<region>）", sharing the indicator rows. Through the reader, the judge and the
 * planner: each region's monitoring block is its own, a user's actual for one region judges that region only,
 * and running again changes nothing.
 */
import { keyCol } from "../../../src/core/a1";
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkWorkbook } from "../../../src/core/check";
import { buildPlan } from "../../../src/core/plan/buildPlan";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { DEFAULT_SETTINGS, type WorkbookSnapshot } from "../../../src/core/types";
import { snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";
import { applyToSnapshot } from "../plan/applyToSnapshot";
import { contents, edit } from "../plan/edits";
import { sheet } from "./grid";

const REGIONS = ["新罗区", "永定区", "上杭县", "武平县", "长汀县", "连城县", "漳平市"];
const SETTINGS = { ...DEFAULT_SETTINGS, asOf: "2023-12-31" };
const OPTIONS = { formulas: false, lang: "zh" as const };
let longyan: WorkbookSnapshot;

beforeAll(async () => {
  const file = path.join(__dirname, "../../fixtures/real/fujian-longyan-transfer-goals-2023.xlsx");
  longyan = (await snapshotFromXlsx(readFileSync(file))).snapshot;
});

function run(snapshot: WorkbookSnapshot) {
  const check = checkWorkbook(snapshot, SETTINGS);
  const plan = buildPlan(snapshot, check, OPTIONS);
  return { check, plan, after: applyToSnapshot(snapshot, plan) };
}

describe("one target column per region (福建 龙岩 专项转移支付, 区域目标值 over seven regions)", () => {
  test("each region is a table of its own, with its own target cells", () => {
    const { tables } = readWorkbook(longyan);
    expect(tables.map((t) => [t.name, t.region])).toEqual(REGIONS.map((r) => [`宗教管理经费补助（${r}）`, r]));
    // 宗教管理经费补助县(市、区)数量: 2 3 1 2 2 2 2, each read from its region's column.
    expect(tables.map((t) => t.indicators[0].target.value)).toEqual([2, 3, 1, 2, 2, 2, 2]);
    expect(new Set(tables.map((t) => keyCol(t.indicators[0].targetCell))).size).toBe(7);
    expect(tables.map((t) => t.indicators[1].target.normalized)).toEqual(Array(7).fill("≥ 95%"));
  });

  test("the money is the total for all regions: kept as written, not judged per region", () => {
    const { tables, diagnostics } = readWorkbook(longyan);
    for (const t of tables) {
      expect([t.budget, t.funds.total, t.funds.fiscal, t.schedule.length]).toEqual([null, 30, 30, 0]);
    }
    const said = diagnostics.filter((d) => /按地区分列/.test(d.message));
    expect(said.map((d) => [d.message.includes("新罗区、永定区"), !!d.cell])).toEqual([[true, true]]);
    expect(diagnostics.some((d) => /未找到本年度预算数|只读取第一列/.test(d.message))).toBe(false);
  });

  test("the review reports a finding about the shared rows once, not once per region", () => {
    const { review } = checkWorkbook(longyan, SETTINGS);
    const keys = review.map((f) => `${f.rule}|${f.cell?.row},${f.cell?.col}|${f.message}`);
    expect(keys.length).toBe(new Set(keys).size);
  });

  describe("checked, the user types one region's actual, checked again", () => {
    let first: ReturnType<typeof run>;
    let second: ReturnType<typeof run>;
    let actualCols: number[];
    const S = "专项转移支付绩效目标表";

    beforeAll(() => {
      first = run(longyan);
      const headerRow = first.check.tables[0].table.header.row;
      const row = first.check.tables[0].table.indicators[0].row;
      const s = first.after.sheets.find((x) => x.name === S)!;
      actualCols = (s.values[headerRow - s.originRow] ?? [])
        .map((v, c) => (v === "实际完成值" ? c + s.originCol : -1))
        .filter((c) => c >= 0);
      // 永定区 (target 3) reached 1 county; 上杭县 (target 1) reached 1.
      const typed = edit(
        first.after,
        { kind: "type", sheet: S, row, col: actualCols[1], value: 1 },
        { kind: "type", sheet: S, row, col: actualCols[2], value: 1 },
      );
      second = run(typed);
    });

    test("one monitoring block per region, side by side", () => {
      expect(actualCols.length).toBe(7);
    });

    test("each region is judged by its own actual", () => {
      const statuses = second.check.tables.map((t) => t.results[0].status);
      expect(statuses).toEqual(["pending", "missed", "met", "pending", "pending", "pending", "pending"]);
    });

    test("no second set of blocks, and a third run changes nothing", () => {
      const third = run(second.after);
      expect(contents(third.after)).toEqual(contents(second.after));
      const count = [...contents(second.after).values()].filter((v) => v === '"实际完成值"|').length;
      expect(count).toBe(7);
    });
  });
});

describe("region columns named in the header row (新罗区指标值 | 永定区指标值)", () => {
  const rows = [
    ["区域绩效目标表"],
    ["项目名称", "农村公路养护补助", "<", "<"],
    ["一级指标", "二级指标", "三级指标", "甲县指标值", "乙县指标值"],
    ["产出指标", "数量指标", "养护里程", "120公里", "80公里"],
    [null, "质量指标", "优良路率", "≥80%", "≥75%"],
  ];

  test("one table per region, each with its own targets", () => {
    const { tables } = readWorkbook({ sheets: [sheet("区域", rows)] });
    expect(tables.map((t) => t.name)).toEqual(["农村公路养护补助（甲县）", "农村公路养护补助（乙县）"]);
    expect(tables.map((t) => t.indicators.map((i) => i.target.normalized))).toEqual([
      ["120 公里", "≥ 80%"],
      ["80 公里", "≥ 75%"],
    ]);
  });

  test("one actual column for two regions is not given to either (a diagnostic names it)", () => {
    const withActual = rows.map((r, i) => (i === 2 ? [...r, "实际完成值"] : i > 2 ? [...r, 100] : r));
    const { tables, diagnostics } = readWorkbook({ sheets: [sheet("区域", withActual)] });
    expect(tables.map((t) => t.indicators[0].actual)).toEqual([null, null]);
    expect(diagnostics.some((d) => /“实际完成值”列数与地区数（2）不同/.test(d.message) && d.cell?.col === 5)).toBe(
      true,
    );
  });

  test("periods are not regions: 2023年指标值 | 2024年指标值 keeps one table", () => {
    const years = rows.map((r, i) =>
      i === 2 ? ["一级指标", "二级指标", "三级指标", "2023年指标值", "2024年指标值"] : r,
    );
    const { tables } = readWorkbook({ sheets: [sheet("区域", years)] });
    expect(tables.map((t) => t.name)).toEqual(["农村公路养护补助"]);
  });
});

describe("a merged 指标值 over cells of the first indicator row is no region header", () => {
  test("one table, the target split over the cells read as before", () => {
    const rows = [
      ["项目名称", "办公设备购置", "<", "<", "<"],
      ["一级指标", "二级指标", "三级指标", "指标值", "<", "<"],
      ["产出指标", "数量指标", "购置台数", "不少于", "十", "台"],
    ];
    const { tables } = readWorkbook({ sheets: [sheet("S", rows)] });
    expect(tables.map((t) => [t.name, t.region, t.indicators.map((i) => i.name)])).toEqual([
      ["办公设备购置", undefined, ["购置台数"]],
    ]);
  });
});
