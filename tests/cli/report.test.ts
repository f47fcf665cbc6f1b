/** The text report lists the review opinions themselves (address + opinion), not only how many there are. */
import { readFileSync } from "fs";
import { join } from "path";
import { fileReport } from "../../src/cli/report";
import { checkedTable, checkWorkbook } from "../../src/core/check";
import { DEFAULT_SETTINGS, type CheckResult, type GoalTable } from "../../src/core/types";
import { snapshotFromXlsx } from "../../src/host/xlsx/snapshot";
import { concat, openPackage, packPackage, partText, setPartText } from "../../src/host/xlsx/zip";
import { sampleResult } from "../taskpane/fixtures";

const XIANGTAN = join(__dirname, "..", "fixtures", "real", "hunan-xiangtan-spray-goals-2023.xlsx");

test("湖南 湘潭 2023: each opinion on a line with its cell, in the report's language", async () => {
  const { snapshot } = await snapshotFromXlsx(readFileSync(XIANGTAN));
  const check = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: "2023-07-31" });
  const zh = fileReport("湘潭.xlsx", "湘潭.checked.xlsx", check, "zh");
  const at = zh.indexOf("  目标审核意见 1 条：");
  expect(at).toBeGreaterThan(0);
  // 服务周期 2023.07-2024.01 is the table's own 项目支出实施期: no 时限 opinion (docs/domain.md#target-review).
  expect(zh.slice(at + 1, at + 3)).toEqual([
    "      '项目支出绩效目标申报表'!E11  指标不够细化、量化：质量指标“服务周期内空气质量”应设定量化指标值，现为“优良”",
    expect.not.stringContaining("E12"),
  ]);
  const en = fileReport("x.xlsx", "x.checked.xlsx", check, "en");
  expect(en).toContain("  1 review note on the targets:");
  expect(en).toContain(
    "      '项目支出绩效目标申报表'!E11  Not specific or measurable: “服务周期内空气质量” (“质量指标”) needs a quantified target, not “优良”",
  );
});

test("四川 昭化 2021: a target not understood is counted, so the counts add up to the indicators", async () => {
  const file = join(__dirname, "..", "fixtures", "real", "sichuan-zhaohua-family-aid-goals-2021.xlsx");
  const { snapshot } = await snapshotFromXlsx(readFileSync(file));
  const check = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: "2021-07-31" });
  expect(fileReport("昭化.xlsx", "昭化.checked.xlsx", check, "zh")[1]).toBe(
    "  监控时点 2021-07-31 · 1 张目标表 · 9 项指标：红 0 · 黄 0 · 蓝 0 · 绿 0 · 待填报 8 · 无法识别 1",
  );
  expect(fileReport("x.xlsx", "x.checked.xlsx", check, "en")[1]).toBe(
    "  as of 2021-07-31 · 1 goal table · 9 indicators: red 0 · yellow 0 · blue 0 · green 0 · pending 8 · not understood 1",
  );
});

test("四川 大英 2023: a table read without a name or title (a page starting inside it) is listed by its sheet", async () => {
  const file = join(__dirname, "..", "fixtures", "real", "sichuan-daying-justice-self-eval-2023.xlsx");
  const { snapshot } = await snapshotFromXlsx(readFileSync(file));
  const check = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: "2023-12-31" });
  const lines = fileReport("大英.xlsx", "大英.checked.xlsx", check, "zh").filter((l) => l.startsWith("  ["));
  expect(lines).toEqual([
    "  [绿] 自评表", // its one indicator answered 完成 (judged as stated)
    expect.stringMatching(/^ {2}\[绿\] 2023年全县安可替代补助资金项目 {2}预算 3\.36 万元/),
  ]);
});

test("a self-evaluation form's score by the rules is said under its project, as the pane shows it", async () => {
  // The national form: 8.62 for budget execution + 85.27 for the indicators = 93.89, 优 (worked by hand in
  // tests/core/selfeval/selfEvaluate); the form itself says 94.27.
  const file = join(__dirname, "..", "fixtures", "layouts", "national-self-eval.xlsx");
  const { snapshot } = await snapshotFromXlsx(readFileSync(file));
  const check = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: "2024-12-31" });
  const zh = fileReport("自评.xlsx", "自评.checked.xlsx", check, "zh");
  expect(zh.slice(2, 4)).toEqual([
    expect.stringMatching(/^ {2}\[红\] 信息化运维经费 /),
    "      自评得分 93.89（优），其中预算执行 8.62",
  ]);
  expect(fileReport("x.xlsx", "x.checked.xlsx", check, "en")[3]).toBe(
    "      self-evaluation score 93.89 (Excellent), of which budget execution 8.62",
  );
  // Its four findings are the scoring's, under their own heading (the pane's 自评 tab), not “目标审核意见”.
  expect(zh.slice(zh.indexOf("  自评意见 4 条："))).toEqual([
    "  自评意见 4 条：",
    "      '绩效自评表'!H6  预算执行率 86.2%，低于 90%，应说明原因",
    "      '绩效自评表'!I6  预算执行得分 9，按规则应为 8.62（执行数 37.24 ÷ 预算数 43.2 × 分值 10）",
    "      '绩效自评表'!I15  “故障响应时间”未完成目标（得分 2.5 / 5），应填写偏差原因及改进措施",
    "      '绩效自评表'!H20  总分 94.27，按规则应为 93.89",
  ]);
  expect(zh.join("\n")).not.toContain("目标审核意见");
  expect(fileReport("x.xlsx", "x.checked.xlsx", check, "en")).toContain("  4 notes on the self-evaluation:");
  // A project table (no scoring) gets no such line.
  const project = checkWorkbook((await snapshotFromXlsx(readFileSync(XIANGTAN))).snapshot, {
    ...DEFAULT_SETTINGS,
    asOf: "2023-07-31",
  });
  expect(fileReport("x.xlsx", "x.checked.xlsx", project, "zh").join("\n")).not.toContain("自评得分");
});

test("四川 普惠金融 and 大英: a form whose 100 points are the indicators', and one that cannot be scored", async () => {
  const real = (name: string) => join(__dirname, "..", "fixtures", "real", name);
  const puhui = await snapshotFromXlsx(readFileSync(real("sichuan-puhui-finance-self-eval.xlsx")));
  const scored = checkWorkbook(puhui.snapshot, { ...DEFAULT_SETTINGS, asOf: "2024-12-31" });
  // 权重 20% … 10% make 100: execution earns no points (docs/domain.md#self-evaluation), so no 其中预算执行.
  expect(fileReport("x.xlsx", "x.checked.xlsx", scored, "zh")).toContain("      自评得分 100（优）");
  const daying = await snapshotFromXlsx(readFileSync(real("sichuan-daying-justice-self-eval-2023.xlsx")));
  const none = checkWorkbook(daying.snapshot, { ...DEFAULT_SETTINGS, asOf: "2023-12-31" });
  expect(fileReport("x.xlsx", "x.checked.xlsx", none, "zh")).toContain(
    "      自评得分：无法计分（没有读到预算数和执行数，或有指标既不能按规则计分、也没有填写得分）",
  );
});

test("a project without a spending verdict says why: not entered, not an amount, or no budget read", () => {
  const base = sampleResult();
  const equipment = base.tables[0];
  const withoutExecution = (table: Partial<GoalTable>) =>
    checkedTable(
      { ...equipment.table, ...table },
      { execution: null, indicators: equipment.results, light: equipment.result.light },
      null,
    );
  const check: CheckResult = {
    ...base,
    tables: [
      withoutExecution({ spent: null }),
      withoutExecution({ spent: { cell: equipment.table.spent!.cell, value: "二十万元" } }),
      withoutExecution({ budget: null }),
      withoutExecution({ kind: "unit", budget: null }),
    ],
  };
  const lines = fileReport("x.xlsx", "x.checked.xlsx", check, "zh").filter((l) => l.includes("装备采购"));
  expect(lines).toEqual([
    "  [红] 装备采购  预算 39.8 万元  未填执行数",
    "  [红] 装备采购  预算 39.8 万元  执行数无法识别",
    "  [红] 装备采购  未读到预算金额",
    "  [红] 装备采购", // a unit-wide table: its spending is not judged
  ]);
  const en = fileReport("x.xlsx", "x.checked.xlsx", check, "en").filter((l) => l.includes("装备采购"));
  expect(en[2]).toBe("  [red] 装备采购  no budget found");
});

describe("breaker70: a cell holding a whole pasted text (Excel's 32,767 characters) is cut short in the text report", () => {
  const SAMPLE = join(__dirname, "..", "..", "assets", "sample.xlsx");
  const NOTE = `85%，${"满意度调查说明".repeat(5000)}`.slice(0, 32_767);
  const NAME = `服务对象满意度${"（含各类服务对象）".repeat(4000)}`.slice(0, 32_767);
  /** The sample with 2 检察业务费's last actual (H16) and its indicator's name (C16) as pasted essays. */
  async function pasted() {
    const pkg = openPackage(new Uint8Array(readFileSync(SAMPLE)));
    const sheet = partText(pkg, "xl/worksheets/sheet2.xml")!;
    const inline = (ref: string, text: string) => `<c r="${ref}" s="1" t="inlineStr"><is><t>${text}</t></is></c>`;
    setPartText(
      pkg,
      "xl/worksheets/sheet2.xml",
      sheet
        .replace(/<c r="H16"[^>]*>.*?<\/c>/, inline("H16", NOTE))
        .replace(/<c r="C16"[^>]*>.*?<\/c>/, inline("C16", NAME)),
    );
    const { snapshot } = await snapshotFromXlsx(concat(packPackage(pkg)));
    return checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: "2024-07-31" });
  }

  test.each(["zh", "en"] as const)(
    "%s: the line names the cell, the indicator and the text's start, then …",
    async (lang) => {
      const check = await pasted();
      const lines = fileReport("x.xlsx", "x.checked.xlsx", check, lang);
      const line = lines.find((l) => l.includes("'2 检察业务费'!F16"))!;
      expect(line).toContain(`${NAME.slice(0, 80)}…`);
      expect(line).toContain(`“${NOTE.slice(0, 80)}…”`);
      expect(line.length).toBeLessThan(400);
      expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(400);
      // The result itself (the pane, --json) keeps the whole text.
      const whole = check.tables.flatMap((t) => t.results).find((r) => r.why.includes(NOTE));
      expect(whole).toBeDefined();
    },
  );

  test("a cut never splits a character outside the Basic Multilingual Plane in two", () => {
    const check = sampleResult();
    const name = `${"甲".repeat(79)}${"𠀀".repeat(40)}`; // 𠀀 (U+20000) is two UTF-16 units
    const table = check.tables[0];
    const renamed = {
      ...table,
      table: { ...table.table, indicators: table.table.indicators.map((i) => ({ ...i, name })) },
    };
    const lines = fileReport("x.xlsx", "x.checked.xlsx", { ...check, tables: [renamed] }, "zh");
    const line = lines.find((l) => l.includes("甲".repeat(79)));
    expect(line).toBeDefined();
    expect(line).toContain(`${"甲".repeat(79)}…`);
    expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
