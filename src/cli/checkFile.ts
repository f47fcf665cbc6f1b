import { promises as fs } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { runPipeline, settingsFor } from "../core/pipeline";
import type { CheckResult } from "../core/types";
import { applyPlanToExcelJs, writeXlsx } from "../host/xlsx/apply";
import { snapshotFromXlsx } from "../host/xlsx/snapshot";

/** A file that cannot be checked; the message names the problem in words a clerk understands. */
export class UnreadableFileError extends Error {}

export interface FileOutcome {
  file: string;
  output: string | null;
  check: CheckResult | null;
  error: string | null;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (data: Buffer, magic: number[]) => magic.every((b, i) => data[i] === b);

async function loadWorkbook(data: Buffer) {
  if (data.length === 0) throw new UnreadableFileError("文件是空的（0 字节）");
  if (startsWith(data, OLE_MAGIC))
    throw new UnreadableFileError("文件已加密，或是旧版 .xls 格式：请在 Excel 中取消密码并另存为 .xlsx");
  if (!startsWith(data, ZIP_MAGIC)) throw new UnreadableFileError("不是 Excel 工作簿（.xlsx）");
  try {
    return await snapshotFromXlsx(data);
  } catch (e) {
    throw new UnreadableFileError(`文件已损坏，无法打开（${(e as Error).message.split("\n")[0]}）`);
  }
}

export interface CheckFileOptions {
  outPath: string;
  asOf: string | null;
  today: string;
  formulas: boolean;
  lang: "zh" | "en";
}

/** Read → the core's pipeline → apply the plan to a copy → write the copy atomically. Never touches the input. */
export async function checkFile(file: string, options: CheckFileOptions): Promise<FileOutcome> {
  let check: CheckResult;
  let workbook: ExcelJS.Workbook;
  try {
    const data = await fs.readFile(file);
    const loaded = await loadWorkbook(data);
    workbook = loaded.workbook;
    const { snapshot } = loaded;
    if (snapshot.sheets.every((s) => s.values.length === 0)) throw new UnreadableFileError("工作簿是空的");
    const settings = settingsFor(snapshot, { asOf: options.asOf ?? undefined, lang: options.lang }, options.today);
    const run = runPipeline(snapshot, settings, { formulas: options.formulas });
    if (run.outcome === "no-tables")
      throw new UnreadableFileError("没有找到绩效目标表（需要一个含“三级指标”或“指标名称”和“指标值”的表头行）");
    check = run.check;
    applyPlanToExcelJs(workbook, run.plan);
  } catch (e) {
    const message = e instanceof UnreadableFileError ? e.message : `检查时出错：${(e as Error).message}`;
    if (!(e instanceof UnreadableFileError) && process.env.PERF_DEBUG) console.error(e);
    return { file, output: null, check: null, error: message };
  }
  const temp = `${options.outPath}.${process.pid}.tmp`;
  try {
    // Inside the try: an --out that cannot be made (a file in the way, no permission) is this file's error.
    await fs.mkdir(path.dirname(options.outPath), { recursive: true });
    await fs.writeFile(temp, await writeXlsx(workbook));
    await fs.rename(temp, options.outPath);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined); // cleaning up must not hide the real error
    return { file, output: null, check, error: `无法写出检查后的副本：${(e as Error).message}` };
  }
  return { file, output: options.outPath, check, error: null };
}
