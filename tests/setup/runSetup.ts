/**
 * jest's globalSetup: what the test files of one run share, set up before the first of them.
 * - PERF_TEST_RUN_DIR: a fresh folder for this run (tests/setup/oncePerRun.ts keeps there what is made once per
 *   run, e.g. the browser tests' production build).
 * - PERF_OPENXML_SDK_SOCKET: one Open XML SDK validator for the whole run (tests/host/xlsx/openXmlSdkChild.mjs).
 *   Each scenario file used to start its own, some 7 s of CPU each time before its first workbook.
 * The workers jest starts after this inherit both variables; runTeardown.ts takes it all down.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

declare global {
  var perfTestRun: { dir: string; sdk: ChildProcess } | undefined;
}

export default async function runSetup(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "perf-jest-run-"));
  const socket = path.join(dir, "openxml-sdk.sock");
  // stdin stays open while jest runs: the validator exits when it closes, even if jest is killed.
  const sdk = spawn(process.execPath, [path.join(__dirname, "../host/xlsx/openXmlSdkChild.mjs"), "--serve", socket], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    sdk.stdout!.once("data", () => resolve());
    sdk.once("exit", (code) => reject(new Error(`Open XML SDK validator did not start (exit ${code})`)));
  });
  globalThis.perfTestRun = { dir, sdk };
  process.env.PERF_TEST_RUN_DIR = dir;
  process.env.PERF_OPENXML_SDK_SOCKET = socket;
}
