/**
 * The WPS fake's conditional-format look (FormatCondition.Interior / Font in ./fake.ts): colours are RGB() integers,
 * Font.Bold / Font.Italic / Font.Strikethrough true or false, Font.Underline none, single or double (not the accounting
 * ones), each read back as set; anything else is refused.
 */
import { XL } from "../../../src/host/wps/model";
import { FakeWps, modelFromSnapshot, WpsError } from "./fake";

function rule() {
  const fake = new FakeWps(
    modelFromSnapshot({ sheets: [{ name: "表", originRow: 0, originCol: 0, values: [[null]], merges: [] }] }),
  );
  const ws = fake.app.ActiveWorkbook!.Worksheets.Item("表");
  ws.Activate();
  ws.Range("A1:C3").Select();
  ws.Range("A1").Activate();
  return ws.Range("A1:C3").FormatConditions.Add(2, undefined, '=$A1="红"');
}

test("a rule's colours and font style are read back as set", () => {
  const r = rule();
  expect([r.Font.Bold, r.Font.Italic]).toEqual([false, false]);
  r.Interior.Color = 0x00c0ff; // RGB(255, 192, 0)
  r.Font.Color = 0;
  r.Font.Bold = true;
  r.Font.Italic = true;
  expect([r.Interior.Color, r.Font.Color, r.Font.Bold, r.Font.Italic]).toEqual([0x00c0ff, 0, true, true]);
});

test("a rule's underline and strikethrough are read back as set; none when never set", () => {
  const r = rule();
  expect([r.Font.Underline, r.Font.Strikethrough]).toEqual([XL.underlineNone, false]);
  r.Font.Underline = XL.underlineDouble;
  r.Font.Strikethrough = true;
  expect([r.Font.Underline, r.Font.Strikethrough]).toEqual([XL.underlineDouble, true]);
  r.Font.Underline = XL.underlineSingle;
  expect(r.Font.Underline).toBe(XL.underlineSingle);
});

test("an accounting underline (会计用下划线) and a strikethrough that is no boolean are refused", () => {
  const r = rule();
  expect(() => (r.Font.Underline = 4)).toThrow(WpsError); // xlUnderlineStyleSingleAccounting
  expect(() => (r.Font.Underline = 5)).toThrow(WpsError); // xlUnderlineStyleDoubleAccounting
  expect(() => ((r.Font as unknown as { Strikethrough: unknown }).Strikethrough = 1)).toThrow(WpsError);
});

test("a style that is no boolean, a colour that is no RGB() integer, are refused", () => {
  const r = rule();
  expect(() => ((r.Font as unknown as { Bold: unknown }).Bold = 1)).toThrow(WpsError);
  expect(() => ((r.Font as unknown as { Italic: unknown }).Italic = "true")).toThrow(WpsError);
  expect(() => ((r.Interior as unknown as { Color: unknown }).Color = "#FFC000")).toThrow(WpsError);
});

test("a rule's edges: Item(xlTop / xlBottom / xlLeft / xlRight) read back as set, none when never set", () => {
  const r = rule();
  expect(r.Borders.Item(XL.bottom).LineStyle).toBe(XL.lineStyleNone);
  const edge = r.Borders.Item(XL.bottom);
  edge.LineStyle = 1; // xlContinuous
  edge.Weight = 1; // xlHairline
  edge.Color = 0x0000ff;
  const again = r.Borders.Item(XL.bottom);
  expect([again.LineStyle, again.Weight, again.Color]).toEqual([1, 1, 0x0000ff]);
  expect(r.Borders.Item(XL.top).LineStyle).toBe(XL.lineStyleNone);
});

test("an xlEdge index, a style or weight a conditional format does not take, are refused", () => {
  const r = rule();
  expect(() => r.Borders.Item(9)).toThrow(WpsError); // xlEdgeBottom
  expect(() => (r.Borders.Item(XL.top).LineStyle = -4119)).toThrow(WpsError); // xlDouble
  expect(() => (r.Borders.Item(XL.top).Weight = -4138)).toThrow(WpsError); // xlMedium
});
