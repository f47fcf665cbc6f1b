/**
 * A folder every test file of a jest run may need and that comes out the same each time (the browser tests'
 * production build): made once per run, by whichever file asks first, into the run's folder (runSetup.ts), while
 * the others wait for it, in this process or in another of jest's workers; each file gets its own copy to change.
 * A failure is kept and given to each file that asks. Outside a jest run (no PERF_TEST_RUN_DIR) it is made anew.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Fills the empty folder `into` with what `make` makes for `name`. */
export async function copyOfOncePerRun(
  name: string,
  make: (dir: string) => Promise<void>,
  into: string,
): Promise<void> {
  const run = process.env.PERF_TEST_RUN_DIR;
  if (!run) return make(into);
  const made = path.join(run, name);
  const failed = path.join(run, `${name}.failed`);
  let maker = true;
  try {
    mkdirSync(path.join(run, `${name}.making`)); // creates the folder or finds it there: one maker
  } catch {
    maker = false;
  }
  if (maker) {
    const part = mkdtempSync(path.join(run, `${name}.part-`));
    try {
      await make(part);
    } catch (e) {
      writeFileSync(failed, e instanceof Error ? e.message : String(e));
      throw e;
    }
    renameSync(part, made);
  }
  while (!existsSync(made)) {
    if (existsSync(failed)) throw new Error(`${name} (made by another test file): ${readFileSync(failed, "utf8")}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  cpSync(made, into, { recursive: true });
}
