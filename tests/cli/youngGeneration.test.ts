import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");

/**
 * The size V8's young generation reaches in a fresh process once sizeYoungGenerationFor(`fileBytes`) was
 * called and the process then keeps making objects that survive a while (as reading a workbook does).
 */
function youngGenerationAfter(fileBytes: number): number {
  const script = `
    const v8 = require("node:v8");
    require(${JSON.stringify(path.join(ROOT, "src", "cli", "youngGeneration.ts"))}).sizeYoungGenerationFor(${fileBytes});
    const kept = [];
    for (let i = 0; i < 400000; i++) kept[i % 50000] = { row: i, text: "单元格" + i };
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
    process.stdout.write(String(young.space_size));`;
  const child = spawnSync(process.execPath, ["--import", "tsx", "-e", script], { cwd: ROOT, encoding: "utf8" });
  if (child.status !== 0) throw new Error(child.stderr);
  return Number(child.stdout);
}

describe("sizeYoungGenerationFor (a V8 flag set while the CLI runs: this checks that V8 still reads it then)", () => {
  it("keeps the young generation at its starting size for an ordinary workbook file", () => {
    expect(youngGenerationAfter(1_400_000)).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it("lets it grow as V8 does by default for a large file", () => {
    expect(youngGenerationAfter(64 * 1024 * 1024)).toBeGreaterThan(4 * 1024 * 1024);
  });
});
