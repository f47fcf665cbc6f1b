/**
 * The clerk copies the sheet our check wrote the unit-wide goals out on (福建安溪 2025: the goals in 附件's prose, written
 * out as 项目绩效目标; Move or Copy… → create a copy, to keep a version of it) and checks again. The copy carries our
 * block beside the written-out table. The check must find that block in place and update it, as it does on a copy of a
 * sheet of the clerk's (copiedSheet.test.ts) — not keep it as the clerk's and write a second 状态 / 预警 beside it (session
 * 66: M:N, two 状态 columns on the copy). The written-out table on the copy is the clerk's; a cell they typed over our
 * 状态 on the copy stays and is said; a third check changes nothing; Clear marks keeps the copy and the clerk's cells on
 * it. Through the CLI's checked copy, the add-in on the strict Excel fake and the WPS fake.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCellRef } from "../../src/core/a1";
import { runCheck, runClear } from "../../src/host/wps/actions";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { FakeWps, modelFromSnapshot } from "../host/wps/fake";
import { AS_OF, BOTH_DRIVERS, BOTH_MODES, heldOfWps, type Held } from "./drivers";

jest.setTimeout(120_000);

const FILE = path.join(__dirname, "../fixtures/real/fujian-anxi-whole-town-award-goals-2025.xlsx");
const OURS = "项目绩效目标"; // the sheet a first check writes 附件's goals out on
const COPY = `${OURS} (2)`;
const TYPED = "已核实"; // the clerk's word over our 状态 of the copy's first indicator

const on = (held: Held, sheet: string) => [...held.cells].filter(([k]) => k.startsWith(`${sheet}!`));
/** The cell of the first 状态 header's column on the first row under it, as the first check wrote it. */
const firstStatus = (held: Held) => {
  const header = on(held, OURS)
    .find(([, v]) => v === 'v:"状态"')![0]
    .split("!")[1];
  const col = header.replace(/\d+/, "");
  return `${col}${Number(header.replace(/\D+/, "")) + 1}`;
};

describe.each(BOTH_DRIVERS)("$name: the written-out sheet copied by the clerk, checked again", (driver) => {
  test.each(BOTH_MODES)(
    "one block on the copy, in place ($mode); the clerk's 状态 kept; again; Clear marks",
    async ({ formulas }) => {
      const first = await driver.check(await driver.open(FILE), formulas);
      const held = await driver.held(first.workbook);
      expect(held.sheets).toContain(OURS);
      const status = firstStatus(held);
      const edited = await driver.edit(first.workbook, [
        { sheet: OURS, copyTo: COPY },
        { sheet: COPY, ...parseCellRef(status)!, type: TYPED },
      ]);
      const before = await driver.held(edited);

      const again = await driver.check(edited, formulas);
      const second = await driver.held(again.workbook);
      // The copy's cells where they were, none added: no second 状态 / 预警 beside the copied block.
      expect(on(second, COPY).map(([k]) => k)).toEqual(on(before, COPY).map(([k]) => k));
      expect(on(second, COPY).filter(([, v]) => v === 'v:"状态"')).toHaveLength(
        on(held, OURS).filter(([, v]) => v === 'v:"状态"').length,
      );
      expect(second.cells.get(`${COPY}!${status}`)).toBe(`v:"${TYPED}"`);
      expect(again.messages.join("\n")).toContain(`${COPY}'!${status}`);
      expect(on(second, OURS)).toEqual(on(held, OURS));

      const third = await driver.held((await driver.check(again.workbook, formulas)).workbook);
      expect(Object.fromEntries(third.cells)).toEqual(Object.fromEntries(second.cells));

      const cleared = await driver.held((await driver.clear(again.workbook)).workbook);
      expect(cleared.sheets).toContain(COPY);
      expect(cleared.cells.get(`${COPY}!${status}`)).toBe(`v:"${TYPED}"`);
      expect(on(cleared, COPY).filter(([, v]) => v === 'v:"预警"')).toEqual([]);
      for (const [k, v] of on(before, COPY)) if (!/[F-Z]\d/.test(k.split("!")[1])) expect(cleared.cells.get(k)).toBe(v);
    },
  );
});

/** The same in WPS 表格 (右键 → 移动或复制 → 建立副本; Worksheet.Copy), values mode (WPS writes values unless told). */
describe.each(["new", "same"] as const)("WPS: the written-out sheet copied (the copy's code name: %s)", (codeName) => {
  test("one block on the copy, in place; the clerk's 状态 kept; again; Clear marks", () => {
    const fake = new FakeWps(modelFromSnapshot(readWorkbookBytes(readFileSync(FILE)).snapshot));
    fake.copyCodeName = codeName;
    const check = () => runCheck(fake.app, { asOf: AS_OF }, AS_OF);
    check();
    const held = heldOfWps(fake.model);
    const status = firstStatus(held);
    const last = fake.model.sheets.filter((s) => s.visible === -1).at(-1)!.name;
    fake.userSheet(OURS).Copy(null, fake.userSheet(last));
    fake.userSheet(COPY).Range(status).Value2 = TYPED;
    const before = heldOfWps(fake.model);

    const again = check();
    const second = heldOfWps(fake.model);
    expect(on(second, COPY).map(([k]) => k)).toEqual(on(before, COPY).map(([k]) => k));
    expect(second.cells.get(`${COPY}!${status}`)).toBe(`v:"${TYPED}"`);
    expect(again.plan.messages.join("\n")).toContain(`${COPY}'!${status}`);
    expect(on(second, OURS)).toEqual(on(held, OURS));

    check();
    expect(heldOfWps(fake.model)).toEqual(second);
    runClear(fake.app);
    const cleared = heldOfWps(fake.model);
    expect(cleared.sheets).toContain(COPY);
    expect(cleared.cells.get(`${COPY}!${status}`)).toBe(`v:"${TYPED}"`);
    expect(on(cleared, COPY).filter(([, v]) => v === 'v:"预警"')).toEqual([]);
  });
});
