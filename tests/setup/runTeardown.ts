/** jest's globalTeardown: stops the run's Open XML SDK validators and removes the run's folder (runSetup.ts). */
import { rmSync } from "node:fs";

export default async function runTeardown(): Promise<void> {
  const run = globalThis.perfTestRun;
  if (!run) return;
  const stopped = (sdk: (typeof run.sdks)[number]) =>
    new Promise<void>((resolve) => {
      if (sdk.exitCode !== null) return resolve();
      sdk.once("exit", () => resolve());
      sdk.stdin!.end();
    });
  await Promise.all(run.sdks.map(stopped));
  rmSync(run.dir, { recursive: true, force: true });
  globalThis.perfTestRun = undefined;
}
