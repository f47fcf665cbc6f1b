/**
 * breaker54: the clerk freezes panes on a checked table (视图 → 冻结窗格: the title and header rows and the first two
 * columns stay in view). Excel saves that in the sheet's view (ECMA-376 Part 1, 18.3.1.66 pane: "state … frozen"), in
 * the part our checked copy patches: the next check, a third and Clear marks keep it as the clerk left it. (The add-in
 * never touches a window's panes; this is the CLI copy's part.)
 */
import path from "node:path";
import { workbookMap } from "../../src/host/xlsx/parts";
import { concat, openPackage, packPackage, partText, setPartText } from "../../src/host/xlsx/zip";
import { xlsxDriver } from "./drivers";

const SAMPLE = path.join(__dirname, "../../assets/sample.xlsx");
const SHEET = "1 办公用品采购";
const VIEWS =
  '<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane xSplit="2" ySplit="10" topLeftCell="C11" ' +
  'activePane="bottomRight" state="frozen"/><selection pane="topRight"/><selection pane="bottomLeft"/>' +
  '<selection pane="bottomRight" activeCell="C11" sqref="C11"/></sheetView></sheetViews>';

const sheetXml = (bytes: Uint8Array) => {
  const pkg = openPackage(bytes);
  return { pkg, part: workbookMap(pkg).sheets.find((s) => s.name === SHEET)!.part! };
};
const viewsOf = (bytes: Uint8Array) => {
  const { pkg, part } = sheetXml(bytes);
  return /<sheetViews>[\s\S]*?<\/sheetViews>/.exec(partText(pkg, part) ?? "")?.[0] ?? null;
};

/** 冻结窗格 as Excel saves it: the sheet's view, after <dimension> (CT_Worksheet's order). */
function freeze(bytes: Uint8Array): Uint8Array {
  const { pkg, part } = sheetXml(bytes);
  const xml = partText(pkg, part) as string;
  if (/<sheetViews\b/.test(xml)) throw new Error("the seed's sheet has a view already (not imitated)");
  setPartText(pkg, part, xml.replace(/(<dimension\b[^>]*\/>)/, `$1${VIEWS}`));
  return concat(packPackage(pkg));
}

test("frozen panes stay through a check, a third check (the same sheet) and Clear marks", async () => {
  const once = (await xlsxDriver.check(await xlsxDriver.open(SAMPLE), false)).workbook;
  const frozen = freeze(once);
  expect(viewsOf(frozen)).toBe(VIEWS);
  const second = (await xlsxDriver.check(frozen, false)).workbook;
  expect(viewsOf(second)).toBe(VIEWS);
  const third = (await xlsxDriver.check(second, false)).workbook;
  const xmlOf = (bytes: Uint8Array) => {
    const { pkg, part } = sheetXml(bytes);
    return partText(pkg, part);
  };
  expect(xmlOf(third)).toBe(xmlOf(second));
  expect(viewsOf((await xlsxDriver.clear(third)).workbook)).toBe(VIEWS);
});
