/**
 * jest's globalSetup: what the test files of one run share, set up before the first of them.
 * - PERF_TEST_RUN_DIR: a fresh folder for this run (tests/setup/oncePerRun.ts keeps there what is made once per
 *   run, e.g. the browser tests' production build).
 * - One Open XML SDK validator per jest worker for the whole run (tests/host/xlsx/openXmlSdkChild.mjs), at
 *   sdkSocket(PERF_TEST_RUN_DIR, JEST_WORKER_ID). Each scenario file used to start its own, some 7 s of CPU each
 *   time before its first workbook.
 * The workers jest starts after this inherit the variable; runTeardown.ts takes it all down.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

declare global {
  var perfTestRun: { dir: string; sdks: ChildProcess[] } | undefined;
}

/** The socket of the validator of jest's worker `worker` (JEST_WORKER_ID, from 1): one each, none waits for another. */
export const sdkSocket = (dir: string, worker: string | undefined) =>
  path.join(dir, `openxml-sdk-${worker ?? "1"}.sock`);

function startValidator(socket: string): Promise<ChildProcess> {
  // stdin stays open while jest runs: the validator exits when it closes, even if jest is killed.
  const sdk = spawn(process.execPath, [path.join(__dirname, "../host/xlsx/openXmlSdkChild.mjs"), "--serve", socket], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    sdk.stdout!.once("data", () => resolve(sdk));
    sdk.once("exit", (code) => reject(new Error(`Open XML SDK validator did not start (exit ${code})`)));
  });
}

export default async function runSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "perf-jest-run-"));
  // One per worker; each loads the validator only when first asked, so the ones a run never asks cost nothing.
  const workers = Array.from({ length: Math.max(1, globalConfig.maxWorkers) }, (_, i) => String(i + 1));
  const sdks = await Promise.all(workers.map((w) => startValidator(sdkSocket(dir, w))));
  globalThis.perfTestRun = { dir, sdks };
  process.env.PERF_TEST_RUN_DIR = dir;
}
