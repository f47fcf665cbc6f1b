import v8 from "node:v8";

/** Workbook files up to this size keep V8's young generation at its starting size (the bench's 1,000 tables: 1.4 MB). */
const STEADY_UP_TO_BYTES = 4 * 1024 * 1024;

/**
 * How far V8's young generation (where new objects are made) may grow while the file of `bytes` is checked.
 * By default its two semi-spaces double from 1 MB up to 16 MB each as objects survive; a check reaches that
 * (32 MB committed), and on this machine every page first touched costs a page fault. Kept at its starting
 * size (`--semi-space-growth-factor=1`) the bench's 1,000-table check peaks at 124 instead of 150 MB and takes
 * slightly less CPU (docs/performance.md, session 37). A larger file keeps V8's default growth (2,
 * `node --v8-options`): on a 60 MB sheet the small young generation sent more to the old one and the peak
 * varied 668–821 MB against 673–676 MB.
 *
 * V8 reads this flag each time the young generation would grow, so it can be set between files (it is the
 * only V8 flag the CLI changes mid-run; bin/perf-targets.js sets --interrupt-budget once its modules are loaded).
 */
export function sizeYoungGenerationFor(bytes: number): void {
  v8.setFlagsFromString(`--semi-space-growth-factor=${bytes <= STEADY_UP_TO_BYTES ? 1 : 2}`);
}

/** V8's default growth again (`node --v8-options`: 2), as a new process has it (the code cache is made under it). */
export function restoreYoungGenerationDefault(): void {
  v8.setFlagsFromString("--semi-space-growth-factor=2");
}
