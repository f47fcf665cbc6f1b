/**
 * A part whose bytes changed after the file was saved (a bad disk sector, a broken copy): breaker41 stored the
 * parts of a LibreOffice-saved workbook uncompressed (zip -0) and flipped one digit of a target, 63.14 → 93.14, the
 * zip's CRC-32 left as it was. `unzip -t` says "bad CRC"; the check read ≤93.14万元 as the target and wrote a copy
 * whose checksum was made anew, the damage made good. It now says the file is damaged, naming the part, and
 * writes nothing.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { concat, openPackage, packPackage, partText } from "../../src/host/xlsx/zip";
import { ROOT, runCli } from "./runCli";

jest.setTimeout(120_000);

const SAMPLE = path.join(ROOT, "assets", "sample.xlsx");
const PART = "xl/worksheets/sheet2.xml";

/** The sample with its second sheet stored uncompressed and one byte of it changed, its recorded CRC kept. */
async function flipped(): Promise<Uint8Array> {
  const pkg = openPackage(new Uint8Array(await fs.readFile(SAMPLE)));
  const text = partText(pkg, PART)!;
  const at = text.indexOf("<v>155.2</v>");
  expect(at).toBeGreaterThan(0);
  const bytes = new TextEncoder().encode(text.slice(0, at) + "<v>955.2</v>" + text.slice(at + 12));
  const entry = pkg.parts.get(PART)!;
  pkg.parts.set(PART, { ...entry, compression: 0, flag: 0, originalSize: bytes.length, data: bytes });
  return concat(packPackage(pkg));
}

test("a part that does not match its CRC-32: one line naming it, no copy", async () => {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "perf-checksum-"));
  try {
    await fs.writeFile(path.join(work, "损坏.xlsx"), await flipped());
    const zh = await runCli(["check", "损坏.xlsx", "--out", "out"], work);
    expect(zh.code).toBe(1);
    const lines = (zh.stdout + zh.stderr).split("\n").filter((l) => l.trim());
    expect(lines).toEqual([
      `损坏.xlsx: 无法检查：文件已损坏：部件 ${PART} 与其校验和不符（保存后在磁盘上或复制时被改坏）`,
    ]);
    const en = await runCli(["check", "损坏.xlsx", "--out", "out", "--lang", "en"], work);
    expect(en.stdout + en.stderr).toContain(`The file is damaged: part ${PART} does not match its checksum`);
    expect(await fs.readdir(work)).toEqual(["损坏.xlsx"]);
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
});
