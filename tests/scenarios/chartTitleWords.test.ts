/**
 * review59: the clerk adds their words after our chart's title on 监控汇总 (计划进度与实际执行（2024年度）) and checks
 * again. Excel and the CLI copy took any title starting with ours and a bracket for ours (it may name the projects not
 * drawn) and wrote the plan's over it: the clerk's words were gone. They stay now, at this check and the next.
 */
import { xlsxDriver, excelDriver } from "./drivers";
import { openPackage, packPackage, partText, setPartText, concat } from "../../src/host/xlsx/zip";
import { readRels, workbookMap } from "../../src/host/xlsx/parts";

jest.setTimeout(120_000);

const SUMMARY = "监控汇总";
const THEIRS = "计划进度与实际执行（2024年度）";

test("CLI copy: the clerk's words after our title stay", async () => {
  const first = (await xlsxDriver.check(await xlsxDriver.open(), false)).workbook;
  expect((await xlsxDriver.held(first)).chartTitles.get(SUMMARY)).toEqual(["计划进度与实际执行"]);
  // Typed in the chart's title box in Excel and saved: the title run's text.
  const pkg = openPackage(first);
  const sheet = workbookMap(pkg).sheets.find((s) => s.name === SUMMARY)!.part!;
  const drawing = readRels(pkg, sheet).find((r) => r.type.endsWith("/drawing"))!.target;
  const part = readRels(pkg, drawing).find((r) => r.type.endsWith("/chart"))!.target;
  const xml = partText(pkg, part)!;
  expect(xml).toContain("<a:t>计划进度与实际执行</a:t>");
  setPartText(pkg, part, xml.replace("<a:t>计划进度与实际执行</a:t>", `<a:t>${THEIRS}</a:t>`));
  const retitled = concat(packPackage(pkg));
  const second = (await xlsxDriver.check(retitled, false)).workbook;
  expect((await xlsxDriver.held(second)).chartTitles.get(SUMMARY)).toEqual([THEIRS]);
  const third = (await xlsxDriver.check(second, false)).workbook;
  expect((await xlsxDriver.held(third)).chartTitles.get(SUMMARY)).toEqual([THEIRS]);
});

test("Excel add-in: the clerk's words after our title stay", async () => {
  const fake = (await excelDriver.check(await excelDriver.open(), false)).workbook;
  expect((await excelDriver.held(fake)).chartTitles.get(SUMMARY)).toEqual(["计划进度与实际执行"]);
  // Through Office.js, as the title box typed in: Chart.title.text.
  const chart = fake.context.workbook.worksheets.getItem(SUMMARY).charts.getItemAt(0);
  chart.title.text = THEIRS;
  await fake.context.sync();
  await excelDriver.check(fake, false);
  expect((await excelDriver.held(fake)).chartTitles.get(SUMMARY)).toEqual([THEIRS]);
});
