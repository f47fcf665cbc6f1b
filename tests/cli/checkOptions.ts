import path from "node:path";
import type { CheckFileOptions } from "../../src/cli/checkFile";

/** checkFile's options for the sample checked as of 2024-07-31, the copy written to `<work>/out/<name>.checked.xlsx`. */
export const sampleOptions = (work: string, lang: "zh" | "en" = "zh", name = "x"): CheckFileOptions => ({
  outPath: path.join(work, "out", `${name}.checked.xlsx`),
  asOf: "2024-07-31",
  today: "2024-07-31",
  formulas: false,
  lang,
});
