/**
 * review71b: readActual's memo (perf71) seen from judging. What the check says of an actual depends on more than the
 * reading (the as-of date, the language, the bands, strict 质量/时效/成本, the table's year), none of which is a key of
 * the memo: each must be applied after it. Property: a judgement made with every other judgement already asked (the
 * memo full of readings made under other dates, languages and settings) is the judgement a fresh module makes; and
 * past the memo's bound (20,000 readings) a reading asked again is still its own.
 */
import { cellKey } from "../../../src/core/a1";
import { parseTarget } from "../../../src/core/notation/parseTarget";
import { DEFAULT_SETTINGS, type CellReading, type CellValue, type JudgeSettings } from "../../../src/core/types";

type Modules = {
  judge: typeof import("../../../src/core/evaluate/judgeIndicator").judgeIndicator;
  readActual: typeof import("../../../src/core/evaluate/actual").readActual;
};

function fresh(): Modules {
  let m: Modules | undefined;
  jest.isolateModules(() => {
    m = {
      judge: jest.requireActual<typeof import("../../../src/core/evaluate/judgeIndicator")>(
        "../../../src/core/evaluate/judgeIndicator",
      ).judgeIndicator,
      readActual: jest.requireActual<typeof import("../../../src/core/evaluate/actual")>(
        "../../../src/core/evaluate/actual",
      ).readActual,
    };
  });
  return m!;
}

const targets = [
  parseTarget("≥90%", {}),
  parseTarget("≥86人", {}),
  parseTarget("2024年9月30日前", { budgetYear: 2024 }),
  parseTarget("及时保障", {}),
  parseTarget("按时完成", {}),
  parseTarget("≤1.8%", {}),
  parseTarget("下降3%", {}),
];
const values: CellValue[] = [
  "92%",
  0.92,
  92,
  45565, // 2024-09-30 as a serial
  "预计2024年9月完成",
  "2024年10月8日",
  "按时",
  "达成",
  "不适用",
  "截至12月底完成120人",
  "已完成80%",
];
const formats = [undefined, "General", "0%", "yyyy-mm-dd", "@"];
const settingsList: JudgeSettings[] = [
  { ...DEFAULT_SETTINGS, asOf: "2024-07-31" },
  { ...DEFAULT_SETTINGS, asOf: "2024-12-31" },
  { ...DEFAULT_SETTINGS, asOf: "2024-07-31", lang: "en" },
  { ...DEFAULT_SETTINGS, asOf: "2025-01-15", bands: { red: 50, yellow: 95, blue: 110 }, strictQualityTimeCost: true },
  { ...DEFAULT_SETTINGS, asOf: "2024-10-01", budgetYear: 2024, exceededForLevels: true },
];
const asks = settingsList.flatMap((settings) =>
  targets.flatMap((target) =>
    values.flatMap((value) =>
      formats.map((numberFormat) => ({
        settings,
        target,
        reading: { cell: cellKey(4, 6), value, numberFormat } as CellReading,
      })),
    ),
  ),
);

test("a judgement with the memo warm from other dates, languages and settings is a fresh module's", () => {
  const warm = fresh();
  // Warm the memo with every ask, in reverse, so each is then asked with its readings made under other settings.
  for (const a of [...asks].reverse()) warm.judge(a.target, a.reading, { level2: "时效指标" }, a.settings);
  // One fresh module per settings and number format: its memo holds only readings made under those settings, of
  // cells in that format.
  const cold = new Map<string, Modules>();
  const coldFor = (settings: JudgeSettings, format: string | undefined) => {
    const key = `${settingsList.indexOf(settings)} ${format}`;
    if (!cold.has(key)) cold.set(key, fresh());
    return cold.get(key)!;
  };
  for (const a of asks) {
    expect({ ...a, got: warm.judge(a.target, a.reading, { level2: "时效指标" }, a.settings) }).toEqual({
      ...a,
      got: coldFor(a.settings, a.reading.numberFormat).judge(a.target, a.reading, { level2: "时效指标" }, a.settings),
    });
  }
});

test("past the memo's bound a reading asked again is its own", () => {
  const { readActual } = fresh();
  const percent = targets[0];
  const first = readActual({ cell: cellKey(1, 1), value: "92%" }, percent);
  // More distinct readings than the memo keeps, each checked as it is made and again after the bound is passed.
  const n = 20_050;
  const wrong: number[] = [];
  for (let i = 0; i < n; i++) {
    const read = readActual({ cell: cellKey(1, 1), value: `${i / 100}%` }, percent);
    if (read.kind !== "number" || read.value !== i / 100) wrong.push(i);
  }
  expect(wrong).toEqual([]);
  for (const i of [0, 1, 19_999, 20_000, 20_049])
    expect(readActual(`${i / 100}%`, percent)).toEqual({ kind: "number", value: i / 100 });
  expect(readActual({ cell: cellKey(1, 1), value: "92%" }, percent)).toEqual(first);
  expect(readActual({ cell: cellKey(1, 1), value: 0.92, numberFormat: "0%" }, percent)).toEqual(first);
});
