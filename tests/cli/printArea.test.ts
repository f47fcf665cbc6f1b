/**
 * The CLI on a workbook whose sheet has a print area (页面布局 → 打印区域) that our columns fall outside: its report
 * says so in one line, in text and in --json's diagnostics (tests/scenarios/printArea.test.ts: the copy itself).
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { concat, openPackage, packPackage, partText, setPartText } from "../../src/host/xlsx/zip";
import { ROOT, runCli } from "./runCli";

jest.setTimeout(120_000);

const SEED = path.join(ROOT, "tests", "fixtures", "seed-one-sheet.xlsx");
const LINE =
  "工作表「预算项目绩效目标」设有打印区域 A1:H177，本工具写入的监控列 I:O 在打印区域之外，打印时不会印出；如需一并打印，请在“页面布局 → 打印区域”中重新设置打印区域（包括 I:O）。您的打印区域未改动。";

test("text and --json say once that our columns print outside the clerk's print area", async () => {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-print-area-"));
  try {
    const pkg = openPackage(new Uint8Array(await fs.readFile(SEED)));
    const xml = partText(pkg, "xl/workbook.xml")!;
    const name = `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">预算项目绩效目标!$A$1:$H$177</definedName></definedNames>`;
    setPartText(pkg, "xl/workbook.xml", xml.replace("</sheets>", `</sheets>${name}`));
    const file = path.join(work, "打印区域.xlsx");
    await fs.writeFile(file, concat(packPackage(pkg)));

    const text = await runCli(["check", file, "--out", "a", "--as-of", "2024-08-15"], work);
    expect(text.code).toBe(0);
    expect(text.stdout.split("\n").filter((l) => l.includes("设有打印区域"))).toEqual([`  ${LINE}`]);
    const json = await runCli(["check", file, "--out", "b", "--as-of", "2024-08-15", "--json"], work);
    const found = JSON.stringify(JSON.parse(json.stdout).files[0]).split(LINE).length - 1;
    expect(found).toBe(1);
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
});
