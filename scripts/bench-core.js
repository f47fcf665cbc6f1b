"use strict";
/**
 * The core's own process for `npm run bench` section 1 (scripts/bench.ts starts it): read + judge one snapshot,
 * `warm` runs to let the JIT compile the reader, then `runs` measured, each one's wall and CPU time printed as JSON.
 *
 *   node scripts/bench-core.js <snapshot.json> <check module> <warm> <runs>
 *   node --import tsx scripts/bench-core.js <snapshot.json> src/core/check.ts <warm> <runs>
 *
 * A fresh process per variant so that one variant's heap (tsx, the source modules, a previous round's old
 * generation) never slows the other's collections. Plain JavaScript: the compiled variant runs in a Node that has
 * loaded nothing but lib/. Reading the snapshot from a file is before the timed runs; the runs touch no file.
 */
const fs = require("node:fs");
const path = require("node:path");

const [snapshotFile, checkModule, warmArg, runsArg] = process.argv.slice(2);
const snapshot = JSON.parse(fs.readFileSync(snapshotFile, "utf8"));
const settings = JSON.parse(process.env.BENCH_CORE_SETTINGS ?? "{}");
const { checkWorkbook } = require(path.resolve(checkModule));
const warm = Number(warmArg);
const runs = Number(runsArg);

const out = { ms: [], cpuMs: [], tables: 0, indicators: 0 };
for (let i = 0; i < warm + runs; i++) {
  const { ms, cpuMs } = checkOnce();
  if (i >= warm) {
    out.ms.push(ms);
    out.cpuMs.push(cpuMs);
  }
}
process.stdout.write(JSON.stringify(out));

/**
 * One timed check; its result is looked at and let go before the next one starts, as the pane's worker (which posts
 * it and keeps nothing) and the CLI (one check) do. Written inline in the loop, the last result stayed alive through
 * the next check in an interpreter register, and every check paid to copy its predecessor's ~4 MB into the old
 * generation (session 64, perf64a: ~1,000 page faults, ~17 ms a check; docs/performance.md).
 */
function checkOnce() {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = checkWorkbook(snapshot, settings);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  out.tables = result.tables.length;
  out.indicators = result.tables.reduce((n, t) => n + t.table.indicators.length, 0);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}
