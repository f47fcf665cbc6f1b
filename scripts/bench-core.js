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
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = checkWorkbook(snapshot, settings);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  if (i >= warm) {
    out.ms.push(ms);
    out.cpuMs.push((used.user + used.system) / 1000);
  }
  out.tables = result.tables.length;
  out.indicators = result.tables.reduce((n, t) => n + t.table.indicators.length, 0);
}
process.stdout.write(JSON.stringify(out));
