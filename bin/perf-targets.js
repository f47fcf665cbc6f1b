#!/usr/bin/env node
"use strict";
// Runs the TypeScript sources directly (tsx), so `npm ci && npx perf-targets check` needs no build step.
require("tsx/cjs/api").register();
const { main } = require("../src/cli/main.ts");

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`perf-targets: ${error && error.stack ? error.stack : error}`);
    process.exitCode = 1;
  },
);
