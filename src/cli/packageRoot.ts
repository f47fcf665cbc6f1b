import fs from "node:fs";
import path from "node:path";

/**
 * The folder holding package.json and assets/: found by walking up, because the CLI runs both from its
 * sources (src/cli, under tsx) and compiled (lib/cli, built by `npm ci` through `prepare`).
 */
function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json")) && fs.existsSync(path.join(dir, "assets"))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(start, "..", "..");
  }
}

export const PACKAGE_ROOT = findPackageRoot(__dirname);

export function packageVersion(): string {
  const json = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string };
  return json.version;
}
