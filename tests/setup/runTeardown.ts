/** jest's globalTeardown: stops the run's Open XML SDK validator and removes the run's folder (runSetup.ts). */
import { rmSync } from "node:fs";

export default async function runTeardown(): Promise<void> {
  const run = globalThis.perfTestRun;
  if (!run) return;
  await new Promise<void>((resolve) => {
    if (run.sdk.exitCode !== null) return resolve();
    run.sdk.once("exit", () => resolve());
    run.sdk.stdin!.end();
  });
  rmSync(run.dir, { recursive: true, force: true });
  globalThis.perfTestRun = undefined;
}
