/**
 * The reader, the judge and the self-evaluation rules against real published layouts, one row of
 * real-layouts.cases.ts per workbook (expectations written by hand from the published tables).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { checkWorkbook } from "../../../src/core/check";
import { checkedIndicators } from "../../../src/core/checked";
import { readWorkbook } from "../../../src/core/read/readWorkbook";
import { reviewTable } from "../../../src/core/review/review";
import { snapshotFromXlsx } from "../../../src/host/xlsx/snapshot";
import { DEFAULT_SETTINGS, type GoalTable, type ReadResult, type WorkbookSnapshot } from "../../../src/core/types";
import {
  REAL_LAYOUT_CASES,
  type Allowed,
  type IndicatorCase,
  type TableCase,
  type TableFields,
} from "./real-layouts.cases";

const REAL = join(__dirname, "..", "..", "fixtures", "real");

/** Line breaks and spaces inside header-like cells ("经济效益\n指标") are layout, not content. */
const squash = (s: string) => s.replace(/\s+/g, "");

/** The received value when it is allowed, else the allowance itself (so toEqual shows what was wanted). */
function fit<T>(got: T, allowed: Allowed<T>): T | Allowed<T> {
  if (Array.isArray(allowed)) return allowed.includes(got) ? got : allowed;
  if (allowed instanceof RegExp) return typeof got === "string" && allowed.test(got) ? got : allowed;
  return allowed;
}

function fieldsOf(t: GoalTable): TableFields {
  return {
    kind: t.kind,
    name: t.name,
    code: t.code,
    unit: t.unitName,
    year: t.budgetYear,
    budget: t.budget,
    fiscal: t.funds.fiscal,
    other: t.funds.other,
    total: t.funds.total,
    spent: typeof t.spent?.value === "number" ? t.spent.value : null,
    moneyUnit: t.moneyUnit,
    title: t.title,
    goal: t.goal,
    executionWeight: typeof t.executionWeight?.value === "number" ? t.executionWeight.value : null,
    executionScore: typeof t.executionScore?.value === "number" ? t.executionScore.value : null,
    totalScore: typeof t.totalScore?.value === "number" ? t.totalScore.value : null,
    period: t.period ? `${t.period.start}..${t.period.end}` : null,
  };
}

function pickTable(tables: GoalTable[], c: TableCase): GoalTable | undefined {
  if (c.sheet) return tables.find((t) => t.sheet === c.sheet);
  if (c.byName) return tables.find((t) => t.name === c.byName);
  return tables[c.index ?? 0];
}

/** The indicator of the case: the one at its position when the names agree (a name may come twice), else by name. */
function indicatorOf(t: GoalTable | undefined, e: IndicatorCase, at: number) {
  const same = (i: { name: string } | undefined) => i !== undefined && squash(i.name) === squash(e.name);
  const ind = same(t?.indicators[at]) ? t?.indicators[at] : t?.indicators.find(same);
  if (!ind)
    throw new Error(`indicator “${e.name}” not read; read: ${JSON.stringify(t?.indicators.map((i) => i.name))}`);
  const got = {
    l1: squash(ind.level1),
    l2: squash(ind.level2),
    raw: ind.targetText.trim(),
    kind: ind.target.kind,
    ...(e.op !== undefined ? { op: ind.target.op } : {}),
    ...(e.value !== undefined ? { value: ind.target.value } : {}),
    ...(e.unit !== undefined ? { unit: ind.target.unit } : {}),
  };
  const want = {
    l1: fit(got.l1, e.l1),
    l2: squash(e.l2),
    raw: e.raw,
    kind: fit(got.kind, e.kind),
    ...(e.op !== undefined ? { op: e.op } : {}),
    ...(e.value !== undefined ? { value: e.value } : {}),
    ...(e.unit !== undefined ? { unit: fit(got.unit, e.unit) } : {}),
  };
  return { got, want };
}

const valueOf = (r: { value: unknown } | null | undefined) => (r ? r.value : null);

describe.each(REAL_LAYOUT_CASES.map((c) => [c.file, c] as const))("%s", (_file, layout) => {
  let snapshot: WorkbookSnapshot;
  let result: ReadResult;
  let tables: GoalTable[];
  beforeAll(async () => {
    snapshot = (await snapshotFromXlsx(readFileSync(join(REAL, layout.file)))).snapshot;
    result = readWorkbook(snapshot);
    // Goals written inside text cells are read by the check (one home: src/core/prose), after the grid tables.
    if (layout.fromText) {
      const fromText = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: "2025-12-31" }).tables.filter(
        (c) => c.table.source === "prose",
      );
      tables = [...result.tables, ...fromText.map((c) => c.table)];
    } else tables = result.tables;
  });

  test(`${layout.what}: table kinds`, () => {
    expect(result.tables.map((t) => t.kind)).toEqual(layout.kinds);
  });

  if (layout.diagnostics) {
    test("diagnostics tied to their cells", () => {
      for (const pattern of layout.diagnostics ?? []) {
        const found = result.diagnostics.find((d) => pattern.test(d.message));
        expect(found ? { message: pattern, cell: !!found.cell } : null).toEqual({ message: pattern, cell: true });
      }
    });
  }

  describe.each(layout.tables.map((c, i) => [c.sheet ?? c.byName ?? `table ${c.index ?? i}`, c] as const))(
    "%s",
    (_label, c) => {
      const table = () => pickTable(tables, c);

      if (c.fields) {
        test("fields", () => {
          const t = table();
          expect(t).toBeDefined();
          const got = fieldsOf(t!);
          const keys = Object.keys(c.fields!) as (keyof TableFields)[];
          const picked = Object.fromEntries(keys.map((k) => [k, got[k]]));
          const wanted = Object.fromEntries(keys.map((k) => [k, fit(got[k] as never, c.fields![k] as never)]));
          expect(picked).toEqual(wanted);
        });
      }
      if (c.columns) test("columns", () => expect(table()?.header.columns).toMatchObject(c.columns!));
      if (c.indicators) {
        const expected = c.indicators;
        test("indicator names and count", () => {
          expect(table()?.indicators.map((i) => squash(i.name))).toEqual(expected.map((e) => squash(e.name)));
        });
        if (expected.length > 0) {
          test.each(expected.map((e, i) => [e.name, e, i] as const))("indicator %s", (_n, e, i) => {
            const { got, want } = indicatorOf(table(), e, i);
            expect(got).toEqual(want);
          });
        }
      }
      if (c.someNames) {
        test("indicator names", () => {
          expect(table()?.indicators.map((i) => squash(i.name))).toEqual(expect.arrayContaining(c.someNames!));
        });
      }
      if (c.indicatorCount !== undefined)
        test("indicator count", () => expect(table()?.indicators).toHaveLength(c.indicatorCount!));
      if (c.details) {
        test("indicator details", () => {
          for (const d of c.details!) {
            const ind = table()?.indicators.find((i) => squash(i.name) === squash(d.name));
            const got = {
              name: d.name,
              ...(d.description !== undefined ? { description: ind?.description } : {}),
              ...(d.actual !== undefined ? { actual: valueOf(ind?.actual) } : {}),
              ...(d.forecast !== undefined ? { forecast: valueOf(ind?.forecast) } : {}),
              ...(d.likelihood !== undefined ? { likelihood: ind?.likelihood } : {}),
              ...(d.reason !== undefined ? { reason: ind?.reason } : {}),
            };
            expect(got).toEqual(d);
          }
        });
      }
      if (c.rows) {
        test("weights, submitted scores and actuals", () => {
          expect(table()?.indicators.map((i) => [i.weight, valueOf(i.score), valueOf(i.actual)])).toEqual(c.rows);
        });
      }
      if (c.noReview) {
        test(`no ${c.noReview.join(", ")} finding`, () => {
          const t = table();
          expect(t).toBeDefined();
          const found = reviewTable(t!, {}).filter((f) => c.noReview!.includes(f.rule));
          expect(found.map((f) => f.message)).toEqual([]);
        });
      }
      if (c.judged) {
        const judged = c.judged;
        test(`judged at ${judged.asOf}`, () => {
          const t = table();
          const checked = checkWorkbook(snapshot, { ...DEFAULT_SETTINGS, asOf: judged.asOf }).tables.find(
            (x) => x.table.sheet === t?.sheet && x.table.name === t?.name && x.table.header.row === t?.header.row,
          );
          expect(checked).toBeDefined();
          const got = {
            ...(judged.statuses ? { statuses: checked!.results.map((r) => r.status) } : {}),
            ...(judged.scores ? { scores: checkedIndicators(checked!).map((i) => i.score) } : {}),
            ...(judged.budgetScore !== undefined ? { budgetScore: checked!.selfEvaluation?.budgetScore ?? null } : {}),
            ...(judged.executionLight ? { executionLight: checked!.result.execution?.light } : {}),
          };
          const { asOf: _asOf, findings: patterns, noFindings, ...want } = judged;
          expect(got).toEqual(want);
          const messages = checked!.selfEvaluation?.findings.map((f) => f.message) ?? [];
          for (const p of patterns ?? []) expect(messages.join("\n")).toMatch(p);
          if (noFindings) expect(messages).toEqual([]);
        });
      }
    },
  );
});
