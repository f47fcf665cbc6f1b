import { promises as fs } from "node:fs";
import path from "node:path";

/** Excel's lock files (~$name.xlsx) and our own outputs are never inputs. */
const isCandidate = (name: string) =>
  /\.xlsx$/i.test(name) && !name.startsWith("~$") && !/\.checked\.xlsx$/i.test(name);

/** Expand files and directories (searched recursively, sorted) into .xlsx paths; missing paths are reported. */
export async function expandInputs(inputs: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  async function walk(dir: string) {
    const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory() && !e.name.startsWith(".") && e.name !== "node_modules") await walk(full);
      else if (e.isFile() && isCandidate(e.name)) files.push(full);
    }
  }
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (!stat) missing.push(input);
    else if (stat.isDirectory()) await walk(input);
    else files.push(input);
  }
  return { files, missing };
}

/**
 * `<name>.checked.xlsx` in outDir; a second input with the same name gets `<name>-2.checked.xlsx`
 * (or the next free number: an input really named `<name>-2.xlsx` keeps its own name).
 */
export function outputPaths(files: string[], outDir: string): string[] {
  const used = new Set<string>();
  return files.map((file) => {
    const base = path.basename(file).replace(/\.xlsx$/i, "");
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    used.add(name.toLowerCase());
    return path.join(outDir, `${name}.checked.xlsx`);
  });
}
