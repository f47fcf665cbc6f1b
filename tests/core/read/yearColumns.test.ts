/**
 * Indicator tables that give a target per year (a medium-term table: 2024年指标值 | 2025年指标值 | 2026年指标值,
 * or 指标值 merged over 2024年 | 2025年 | 2026年) and tables that show last year's level beside this year's target
 * (大庆 部门预算项目支出绩效目标申报表: 上年度实际水平 | 本年度计划水平). The year's target is the one judged.
 */
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { renderMessage } from "../../../src/core/locale/messages";
import { sheet, type Cell } from "./grid";

const HEAD: Cell[][] = [
  ["2025年项目支出绩效目标表"],
  ["项目名称", "城市道路维护", "<", "<", "<", "<"],
  ["年度资金总额", 100, null, null, null, null],
];
const ROWS: Cell[][] = [
  ["产出指标", "数量指标", "维护道路里程", "≥100公里", "≥120公里", "≥140公里"],
  ["产出指标", "质量指标", "维护合格率", "≥95%", "≥96%", "≥98%"],
];

function read(rows: Cell[][]) {
  const { tables, diagnostics } = readWorkbook({ sheets: [sheet("S", rows)] });
  return {
    targets: tables.map((t) => t.indicators.map((i) => i.targetText)),
    names: tables.map((t) => t.indicators.map((i) => i.name)),
    messages: diagnostics.map((d) => d.message),
    english: diagnostics.map((d) => renderMessage(d.text, "en")),
    cells: diagnostics.map((d) => d.cell),
  };
}

describe("a target per year: the budget year's column is read", () => {
  test("dated target columns (2024年指标值 | 2025年指标值 | 2026年指标值) in a 2025 table: 2025's", () => {
    const got = read([
      ...HEAD,
      ["一级指标", "二级指标", "三级指标", "2024年指标值", "2025年指标值", "2026年指标值"],
      ...ROWS,
    ]);
    expect(got.targets).toEqual([["≥120公里", "≥96%"]]);
    expect(got.messages).toContain("指标值按年度分列（2024年、2025年、2026年）：读取预算年度 2025年 一列");
    expect(got.english).toContain(
      "Targets are given by year (2024, 2025, 2026): the column of the budget year, 2025, is read",
    );
  });

  test("指标值 merged over 2024年 | 2025年 | 2026年: 2025's, the year row is header, no warning per row", () => {
    const got = read([
      ...HEAD,
      ["一级指标", "二级指标", "三级指标", "指标值", "<", "<"],
      ["^", "^", "^", "2024年", "2025年", "2026年"],
      ...ROWS,
    ]);
    expect(got.names).toEqual([["维护道路里程", "维护合格率"]]);
    expect(got.targets).toEqual([["≥120公里", "≥96%"]]);
    expect(got.messages.filter((m) => /指标值分在/.test(m))).toEqual([]);
    // Said once, at the target header.
    const at = got.messages.indexOf("指标值按年度分列（2024年、2025年、2026年）：读取预算年度 2025年 一列");
    expect(got.cells[at]).toMatchObject({ sheet: "S", row: 3, col: 3 });
  });

  test("the year's column is not always the rightmost: a 2026 table reads 2026年目标值 between 2025 and 2027", () => {
    const head = HEAD.map((r, i) => (i === 0 ? ["2026年项目支出绩效目标表"] : r));
    const got = read([
      ...head,
      ["一级指标", "二级指标", "三级指标", "2025年目标值", "2026年目标值", "2027年目标值"],
      ...ROWS,
    ]);
    expect(got.targets).toEqual([["≥120公里", "≥96%"]]);
  });

  test("bare years with no 指标值 word (2025年 | 2026年 | 2027年) are the targets: 2025's", () => {
    const got = read([...HEAD, ["一级指标", "二级指标", "三级指标", "2025年", "2026年", "2027年"], ...ROWS]);
    expect(got.targets).toEqual([["≥100公里", "≥95%"]]);
    expect(got.messages).toContain("指标值按年度分列（2025年、2026年、2027年）：读取预算年度 2025年 一列");
  });

  test("no stated year: the column read is named in a warning (to check by hand)", () => {
    const head = HEAD.map((r, i) => (i === 0 ? ["项目支出绩效目标表"] : r));
    const got = read([
      ...head,
      ["一级指标", "二级指标", "三级指标", "2024年指标值", "2025年指标值", "2026年指标值"],
      ...ROWS,
    ]);
    expect(got.targets).toEqual([["≥140公里", "≥98%"]]);
    expect(got.messages).toContain(
      "指标值按年度分列（2024年、2025年、2026年），表中未写明预算年度：读取 2026年 一列，请核对",
    );
  });

  // Session 36: the code's year dated the table (its deadlines, its schedule) but not the column: 2026's target was
  // judged in a 2025 table, with a warning to check by hand.
  test.each(["2025-XM-001", "13020025P006820107627"])(
    "no stated year, project code %s: the code's year (2025) is the table's and its column's, said once",
    (code) => {
      const head = [["项目支出绩效目标表"], ["项目编码", code, null, null, null, null], ...HEAD.slice(1)];
      const rows = [
        ...head,
        ["一级指标", "二级指标", "三级指标", "2024年指标值", "2025年指标值", "2026年指标值"],
        ...ROWS,
      ];
      const got = read(rows);
      expect(got.targets).toEqual([["≥120公里", "≥96%"]]);
      expect(got.messages).toContain(
        "指标值按年度分列（2024年、2025年、2026年）：表中未写明预算年度，读取项目编码所示年度 2025年 一列",
      );
      expect(got.messages.filter((m) => /请核对/.test(m))).toEqual([]);
      expect(readWorkbook({ sheets: [sheet("S", rows)] }).tables[0].budgetYear).toBe(2025);
      // A year set for the check outranks the code, as it does for the table's year.
      const set = readWorkbook({ sheets: [sheet("S", rows)] }, { budgetYear: 2026 }).tables[0];
      expect([set.budgetYear, set.indicators[0].targetText]).toEqual([2026, "≥140公里"]);
    },
  );

  test("a stated year none of the columns is for: warned, as written", () => {
    const head = HEAD.map((r, i) => (i === 0 ? ["2023年项目支出绩效目标表"] : r));
    const got = read([
      ...head,
      ["一级指标", "二级指标", "三级指标", "指标值", "<", "<"],
      ["^", "^", "^", "2024年", "2025年", "2026年"],
      ...ROWS,
    ]);
    expect(got.targets).toEqual([["≥100公里", "≥95%"]]);
    expect(got.english).toContain(
      "Targets are given by year (2024, 2025, 2026) and none is for the budget year 2023: the 2024 column is read; please check",
    );
  });

  test("long-term and annual columns (实施周期指标值 | 年度指标值) are not years: the annual one, nothing said", () => {
    const got = read([...HEAD, ["一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值", "备注"], ...ROWS]);
    expect(got.targets).toEqual([["≥120公里", "≥96%"]]);
    expect(got.messages.filter((m) => /按年度分列/.test(m))).toEqual([]);
  });
});

describe("last year's level beside this year's target", () => {
  test("大庆's 上年度实际水平 | 本年度计划水平: a table, this year's plan the target", () => {
    const got = read([
      ...HEAD,
      ["一级指标", "二级指标", "三级指标", "上年度实际水平", "本年度计划水平", "备注"],
      ...ROWS,
    ]);
    expect(got.targets).toEqual([["≥120公里", "≥96%"]]);
  });

  test("本年度指标值 | 上年度指标值: this year's, wherever last year's stands", () => {
    const got = read([...HEAD, ["一级指标", "二级指标", "三级指标", "备注", "本年度指标值", "上年度指标值"], ...ROWS]);
    expect(got.targets).toEqual([["≥120公里", "≥96%"]]);
  });

  test("上年实际完成值 is neither this year's actual nor an unread column", () => {
    const { tables, diagnostics } = readWorkbook({
      sheets: [
        sheet("S", [...HEAD, ["一级指标", "二级指标", "三级指标", "年度指标值", "上年实际完成值", "备注"], ...ROWS]),
      ],
    });
    expect(tables[0].indicators.map((i) => [i.targetText, i.actual])).toEqual([
      ["≥100公里", null],
      ["≥95%", null],
    ]);
    expect(diagnostics.map((d) => d.message).filter((m) => /未识别/.test(m))).toEqual([]);
  });
});

describe("a form's numbered blank rows (大庆: 1. / 2. / 3. / …… under each 二级)", () => {
  test("are template rows, not indicators named “1.”; a filled row among them is read", () => {
    const { tables, diagnostics } = readWorkbook({
      sheets: [
        sheet("S", [
          ...HEAD,
          ["一级指标", "二级指标", "三级指标", "年度指标值", "备注", null],
          ["产出指标", "数量指标", "1.", null, null, null],
          ["^", "^", "2、", null, null, null],
          ["^", "^", "(3)", null, null, null],
          ["^", "质量指标", "维护合格率", "≥95%", null, null],
        ]),
      ],
    });
    expect(tables[0].indicators.map((i) => i.name)).toEqual(["维护合格率"]);
    expect(diagnostics.map((d) => d.message)).toEqual(
      expect.arrayContaining(["第 5 行是模板留下的占位行（1.），不是指标，未读取"]),
    );
  });
});

describe("a target per year in a table stating no year: the column of the year the table is read in", () => {
  const TABLE = (title: string): Cell[][] => [
    [title],
    ["项目名称", "城市道路维护"],
    ["年度资金总额", 100],
    ["一级指标", "二级指标", "三级指标", "2024年指标值", "2025年指标值", "2026年指标值"],
    ["产出指标", "数量指标", "维护道路里程", "≥100公里", "≥120公里", "≥140公里"],
  ];
  const YEARS = "指标值按年度分列（2024年、2025年、2026年）";

  test("budget year 2025 set for the check: 2025's column, and said so", () => {
    const { tables, diagnostics } = readWorkbook(
      { sheets: [sheet("S", TABLE("项目支出绩效目标表"))] },
      { budgetYear: 2025 },
    );
    expect(tables[0].budgetYear).toBe(2025);
    expect(tables[0].indicators.map((i) => i.targetText)).toEqual(["≥120公里"]);
    const said = diagnostics.filter((d) => d.message.startsWith(YEARS));
    expect(said.map((d) => d.message)).toEqual([`${YEARS}：表中未写明预算年度，读取所设预算年度 2025年 一列`]);
    expect(said.map((d) => renderMessage(d.text, "en"))).toEqual([
      "Targets are given by year (2024, 2025, 2026) and the table states no budget year: the column of the budget year set for the check, 2025, is read",
    ]);
  });

  test("budget year 2025 from the workbook's other tables (on a sheet before or after): 2025's column", () => {
    const other: Cell[][] = [
      ["2025年项目支出绩效目标表"],
      ["项目名称", "办公用品采购"],
      ["年度资金总额", 50],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "采购批次", "≥4批"],
    ];
    for (const sheets of [
      [sheet("A", other), sheet("B", TABLE("项目支出绩效目标表"))],
      [sheet("B", TABLE("项目支出绩效目标表")), sheet("A", other)],
    ]) {
      const { tables, diagnostics } = readWorkbook({ sheets });
      const mine = tables.find((t) => t.sheet === "B")!;
      expect(mine.budgetYear).toBe(2025);
      expect(mine.indicators.map((i) => i.targetText)).toEqual(["≥120公里"]);
      const said = diagnostics.filter((d) => d.message.startsWith(YEARS));
      expect(said.map((d) => d.message)).toEqual([
        `${YEARS}：表中未写明预算年度，读取本工作簿其他表的预算年度 2025年 一列`,
      ]);
      expect(said.map((d) => renderMessage(d.text, "en"))).toEqual([
        "Targets are given by year (2024, 2025, 2026) and the table states no budget year: the column of the budget year of the workbook's other tables, 2025, is read",
      ]);
    }
  });

  test("the year stated above the table wins over the one set for the check (as for its budget year)", () => {
    const { tables } = readWorkbook({ sheets: [sheet("S", TABLE("2024年项目支出绩效目标表"))] }, { budgetYear: 2025 });
    expect(tables[0].budgetYear).toBe(2024);
    expect(tables[0].indicators.map((i) => i.targetText)).toEqual(["≥100公里"]);
  });
});
