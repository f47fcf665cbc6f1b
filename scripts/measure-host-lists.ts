/**
 * A re-check in the Excel and WPS add-ins on their strict fakes (tests/host/excel/fake.ts, tests/host/wps/fake.ts),
 * on the sample's tables copied to N sheets (tests/browser/bigWorkbook.ts): the second check's time (median), its
 * syncs, its largest request and the request of the drop-down list read. Not a test: numbers for docs/performance.md.
 *
 *   npx tsx scripts/measure-host-lists.ts [tables=300] [runs=5]
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { sheetsWeMade } from "../src/core/plan/marks";
import { readWorkbook as readTables } from "../src/core/read/readWorkbook";
import { runCheck as excelCheck } from "../src/host/excel/actions";
import { readWorkbook as readExcel } from "../src/host/excel/read";
import { runCheck as wpsCheck } from "../src/host/wps/actions";
import { readWorkbookBytes } from "../src/host/xlsx/read";
import { bigWorkbook } from "../tests/browser/bigWorkbook";
import { FakeExcel, installExcelGlobals, modelFromSnapshot } from "../tests/host/excel/fake";
import { FakeWps, modelFromSnapshot as wpsModel } from "../tests/host/wps/fake";

const TABLES = Number(process.argv[2] ?? 300);
const RUNS = Number(process.argv[3] ?? 5);
const AS_OF = "2024-07-31";
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  installExcelGlobals();
  const bytes = await bigWorkbook(path.join(__dirname, "../assets/sample.xlsx"), TABLES);
  const { snapshot } = readWorkbookBytes(bytes);
  const excel: number[] = [];
  const wps: number[] = [];
  const tableRead: number[] = [];
  let shape = "";
  for (let i = 0; i < RUNS; i++) {
    const fake = new FakeExcel(modelFromSnapshot(snapshot));
    await excelCheck(fake.context, { asOf: AS_OF }, AS_OF, true);
    const [syncs, requests] = [fake.syncs, fake.requests.length];
    const t = performance.now();
    const report = await excelCheck(fake.context, { asOf: AS_OF }, AS_OF, true);
    excel.push(performance.now() - t);
    const again = fake.requests.slice(requests);
    // The list read: the syncs after the cells' bands and before the write (readSyncs counts the read's).
    const read = again.slice(0, report.readSyncs);
    shape =
      `read syncs ${report.readSyncs} (of ${fake.syncs - syncs} in all), largest request ${Math.max(...again)} B, ` +
      `read requests ${read.join(" / ")} B`;

    // What the second read of the tables cost (listCellsNow's, before this session): the core reader on the re-check's snapshot.
    const again2 = (await readExcel(new FakeExcel(fake.model).context)).snapshot;
    const v = performance.now();
    readTables(again2, { ownSheets: sheetsWeMade(again2) });
    tableRead.push(performance.now() - v);

    const wpsFake = new FakeWps(wpsModel(snapshot));
    wpsCheck(wpsFake.app, { asOf: AS_OF }, AS_OF);
    const u = performance.now();
    wpsCheck(wpsFake.app, { asOf: AS_OF }, AS_OF);
    wps.push(performance.now() - u);
  }
  console.log(
    `${TABLES} tables, ${RUNS} runs: Excel re-check median ${median(excel).toFixed(0)} ms (${excel.map((x) => x.toFixed(0)).join(", ")})`,
  );
  console.log(`  ${shape}`);
  console.log(`  one read of the tables (core readWorkbook) median ${median(tableRead).toFixed(0)} ms`);
  console.log(`  WPS re-check median ${median(wps).toFixed(0)} ms (${wps.map((x) => x.toFixed(0)).join(", ")})`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
