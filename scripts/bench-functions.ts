/**
 * Throughput of PERF.STATUS as Excel calls it (ranges as any[][], mixed targets and actuals, the
 * monitoring date as a serial). scripts/bench.ts calls benchStatus(); run alone with
 * `npx tsx scripts/bench-functions.ts`.
 */
import { isoToSerial } from "../src/core/dates";
import { status } from "../src/functions/functions";
import { clearMemos } from "../src/functions/implemented";

export interface BenchResult {
  name: string;
  evaluations: number;
  runs: number;
  /** Median wall time of one run, milliseconds (rows repeat targets and actuals, as a recalculation does). */
  medianMs: number;
  /** Evaluations per second at the median run (wall time). */
  perSecond: number;
  /** The same by process CPU time: steadier on a shared, busy machine. */
  cpuPerSecond: number;
  /** Goal: 1,000,000 evaluations per second (wall time). */
  meetsGoal: boolean;
  /** Every row a different actual and the result memo emptied before each run: only parsing is memoised. */
  distinctMedianMs: number;
  distinctPerSecond: number;
  distinctCpuPerSecond: number;
}

const GOAL_PER_SECOND = 1_000_000;

/** A monitoring sheet's worth of rows: targets as one cell or sign / value / unit, actuals of every kind. */
const TARGETS: unknown[][][] = [
  [["≥90%"]],
  [["≤1.8%"]],
  [["100人"]],
  [["≥50个"]],
  [["≥", 95, "%"]],
  [["≤", 90, "万元"]],
  [["及时保障"]],
  [["2024年12月31日前"]],
  [["不少于2次"]],
  [["70%以上"]],
  [["10日内"]],
  [["≥100百分比"]],
];
const ACTUALS: unknown[] = [
  95,
  85,
  0.92,
  "98%",
  60,
  "12人",
  "",
  null,
  "达成",
  "部分达成",
  3,
  "2024年12月20日",
  88.5,
  1.2,
];
const TYPES: (unknown[][] | null)[] = [null, [["成本指标"]], [["产出指标", "数量指标", "培训人数"]], null];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Time `n` PERF.STATUS evaluations, `runs` times (after one warm-up run), and report the median.
 * The argument rows are built before timing, as Excel builds them before calling the function.
 */
export function benchStatus(n = 100_000, runs = 7): BenchResult {
  const asOf = isoToSerial("2024-07-31") as number;
  const rows = Array.from({ length: n }, (_, i) => ({
    target: TARGETS[i % TARGETS.length],
    actual: ACTUALS[(i * 7) % ACTUALS.length],
    /** A number no other row has (for the distinct-rows measure). */
    distinct: 50 + i / n,
    type: TYPES[i % TYPES.length] ?? undefined,
  }));
  clearMemos();
  const repeated = timeRuns(runs, () => {
    let sink = 0;
    for (const row of rows) sink += (status(row.target, row.actual, asOf, row.type) as string).length;
    return sink;
  });
  const distinct = timeRuns(runs, () => {
    clearMemos("results");
    let sink = 0;
    for (const row of rows) sink += (status(row.target, row.distinct, asOf, row.type) as string).length;
    return sink;
  });
  const rate = (ms: number) => Math.round((n / ms) * 1000);
  return {
    name: "PERF.STATUS",
    evaluations: n,
    runs,
    medianMs: repeated.wallMs,
    perSecond: rate(repeated.wallMs),
    cpuPerSecond: rate(repeated.cpuMs),
    meetsGoal: rate(repeated.wallMs) >= GOAL_PER_SECOND,
    distinctMedianMs: distinct.wallMs,
    distinctPerSecond: rate(distinct.wallMs),
    distinctCpuPerSecond: rate(distinct.cpuMs),
  };
}

/** Median wall and CPU milliseconds of `runs` timed runs after one warm-up run (JIT and memos). */
function timeRuns(runs: number, body: () => number): { wallMs: number; cpuMs: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r <= runs; r++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    const sink = body();
    const used = process.cpuUsage(startCpu);
    if (r > 0) {
      wall.push(performance.now() - start);
      cpu.push((used.user + used.system) / 1000);
    }
    if (sink === 0) throw new Error("PERF.STATUS returned nothing"); // also keeps the loop from being optimised away
  }
  return { wallMs: median(wall), cpuMs: median(cpu) };
}

if (require.main === module) {
  const r = benchStatus();
  console.log(
    `${r.name}: ${r.evaluations.toLocaleString("en")} evaluations, median ${r.medianMs.toFixed(1)} ms of ${r.runs} runs → ` +
      `${r.perSecond.toLocaleString("en")}/s (goal ${GOAL_PER_SECOND.toLocaleString("en")}/s: ${r.meetsGoal ? "met" : "NOT met"}); ` +
      `by CPU time ${r.cpuPerSecond.toLocaleString("en")}/s; every row distinct: median ${r.distinctMedianMs.toFixed(1)} ms → ` +
      `${r.distinctPerSecond.toLocaleString("en")}/s (CPU ${r.distinctCpuPerSecond.toLocaleString("en")}/s)`,
  );
}
