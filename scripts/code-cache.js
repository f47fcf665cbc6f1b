#!/usr/bin/env node
"use strict";
/**
 * Makes lib/code-cache.bin (src/cli/codeCache.ts): the compiled CLI checks the bundled sample workbook once with
 * PERF_TARGETS_CODE_CACHE=record, as a user's run would, and keeps the bytecode of what it compiled. Run by
 * `npm run build:cli` and by `npm ci` (`prepare`) after tsc. Without the cache the CLI is only slower, so a
 * failure here is said on one line and the build goes on.
 *
 *   node scripts/code-cache.js [package root]     (default: this repository; tests build a copy elsewhere)
 */
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.resolve(process.argv[2] ?? path.join(__dirname, ".."));
const cache = path.join(root, "lib", "code-cache.bin");
const out = fs.mkdtempSync(path.join(os.tmpdir(), "perf-targets-code-cache-"));
try {
  fs.rmSync(cache, { force: true });
  const run = spawnSync(
    process.execPath,
    [path.join(root, "bin", "perf-targets.js"), "check", path.join(root, "assets", "sample.xlsx"), "--out", out],
    { env: { ...process.env, PERF_TARGETS_CODE_CACHE: "record" }, encoding: "utf8" },
  );
  if (!fs.existsSync(cache)) {
    const why = (run.stderr || run.error?.message || `exit ${run.status}`).trim().split("\n")[0];
    console.warn(`perf-targets: code cache not made, the CLI starts slower without it (${why})`);
  }
} finally {
  fs.rmSync(out, { recursive: true, force: true });
}
