/**
 * A threaded comment ("New Comment" in current Excel) on one of our status cells, through the add-in on the strict
 * Excel fake. Worksheet.notes does not list it and a note cannot go on its cell (tests/host/excel/fake.ts RULES:
 * COMMENTS): the reader reads its cell as a note of the user's, so the check never writes our note there.
 */
import { cellName, parseA1Range } from "../../src/core/a1";
import { excelDriver, type Held } from "./drivers";

jest.setTimeout(120_000);

const S = "预算项目绩效目标";
const COMMENT = "@王会计 这个指标的佐证材料还没收到，请补。";

/** Typing 40 as the actual of the first indicator (its status turns yellow or red and gets our note). */
function firstActual(held: Held) {
  const header = [...held.cells].find(([k, v]) => k.startsWith(`${S}!`) && v === 'v:"实际完成值"')![0];
  const h = parseA1Range(header.split("!")[1])!;
  const row = [...held.cells]
    .filter(([k, v]) => k.startsWith(`${S}!`) && v.startsWith("f:PERF.STATUS("))
    .map(([k]) => parseA1Range(k.split("!")[1])!.top)
    .filter((r) => r > h.top)
    .sort((a, b) => a - b)[0];
  return { sheet: S, row, col: h.left, type: 40 };
}

describe("Excel add-in: a threaded comment on one of our status cells", () => {
  test("checked twice, the comment stays and no note of ours goes on its cell", async () => {
    const driver = excelDriver;
    // Where our note goes once the first indicator falls behind.
    const probe = await driver.open();
    await driver.check(probe);
    const typed = firstActual(await driver.held(probe));
    await driver.edit(probe, [typed]);
    await driver.check(probe);
    const [[noted]] = [...(await driver.held(probe)).notes];
    const at = parseA1Range(noted.split("!")[1])!;

    // The same workbook, where the clerk left a threaded comment on that status cell before the actual came in.
    const fake = await driver.open();
    await driver.check(fake);
    const sheet = fake.model.sheets.find((s) => s.name === S)!;
    sheet.comments.set(`${at.top},${at.left}`, COMMENT);
    await driver.edit(fake, [typed]);
    for (let run = 1; run <= 2; run++) {
      const report = await driver.check(fake);
      expect([run, sheet.comments.get(`${at.top},${at.left}`)]).toEqual([run, COMMENT]);
      expect([run, sheet.notes.has(`${at.top},${at.left}`)]).toEqual([run, false]);
      // The plan says it kept the clerk's remark there instead of writing ours.
      expect(report.messages.join("\n")).toContain(`'${S}'!${cellName(at.top, at.left)}`);
    }
  });
});
