/**
 * 数据 → 创建组 in the Excel fake (RULES: OUTLINE in ./fake.ts): Range.group("ByRows") puts each row one level deeper,
 * eight levels at most; ByColumns is not imitated; rows inserted on a sheet with grouped rows are refused.
 */
import { FakeExcel, installExcelGlobals, modelFromSnapshot } from "./fake";

installExcelGlobals();

function sheet() {
  const fake = new FakeExcel(
    modelFromSnapshot({ sheets: [{ name: "表", originRow: 0, originCol: 0, values: [[null]], merges: [] }] }),
  );
  return { fake, ws: fake.context.workbook.worksheets.getItem("表") };
}

test("rows grouped go one level deeper each time, to the eighth level", async () => {
  const { fake, ws } = sheet();
  ws.getRange("4:9").group(Excel.GroupOption.byRows);
  ws.getRange("4:5").group(Excel.GroupOption.byRows);
  await fake.context.sync();
  const levels = fake.model.sheets[0].outlineLevels!;
  expect([...levels].sort((a, b) => a[0] - b[0])).toEqual([
    [3, 3],
    [4, 3],
    [5, 2],
    [6, 2],
    [7, 2],
    [8, 2],
  ]);
  for (let i = 0; i < 5; i++) ws.getRange("4:4").group(Excel.GroupOption.byRows);
  await fake.context.sync();
  expect(levels.get(3)).toBe(8);
  ws.getRange("4:4").group(Excel.GroupOption.byRows);
  await expect(fake.context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
});

test("columns grouped are not imitated; rows inserted beside grouped rows are refused", async () => {
  const { fake, ws } = sheet();
  ws.getRange("C:D").group(Excel.GroupOption.byColumns);
  await expect(fake.context.sync()).rejects.toThrow(/not imitated/);
  ws.getRange("4:5").group(Excel.GroupOption.byRows);
  await fake.context.sync();
  ws.getRange("2:2").insert("Down");
  await expect(fake.context.sync()).rejects.toThrow(/grouped rows/);
});
