import { readFileSync, writeFileSync } from "node:fs";
import { runPipeline, settingsFor } from "../src/core/pipeline";
import { readWorkbookBytes } from "../src/host/xlsx/read";
import { writeCheckedCopy } from "../src/host/xlsx/write";
const bytes = readFileSync("tests/fixtures/seed-one-sheet.xlsx");
const r = readWorkbookBytes(bytes);
const run = runPipeline(r.snapshot, settingsFor(r.snapshot, { asOf: "2024-08-15" }, "2024-08-15"), { formulas: true });
if (run.outcome !== "planned") throw 1;
writeFileSync("/tmp/x/out.xlsx", writeCheckedCopy(r.pkg ?? bytes, run.plan));
