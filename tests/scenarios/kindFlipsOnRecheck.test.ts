/**
 * review35 — running twice is not running once on real tables: the monitoring columns the first check adds
 * (实际完成值, 全年预计完成值, 状态, 预警, 偏差原因, 完成可能性, 备注) are read by the second check as the table's own,
 * and the table changes kind — project → self-evaluation (a form with a 分值 column: 四川 井研, 重庆 奉节) or
 * project → monitoring (山东 临沂, 天津 河北区, 浙江 慈溪, 宁夏 原州). With the kind go the judgments: on the checked
 * copy of 井研, unchanged, the CLI stops saying 未填执行数, its two 指标不够完整 review opinions vanish and a new one
 * appears ("分值合计 70 … 应为 100", at K13, one of our own columns). docs/domain.md#budget-year: "our own text is never
 * evidence … Otherwise what one run wrote would change what the next run reads".
 */
import { readFileSync } from "fs";
import { join } from "path";
import { runPipeline, settingsFor } from "../../src/core/pipeline";
import { readWorkbookBytes } from "../../src/host/xlsx/read";
import { writeCheckedCopy } from "../../src/host/xlsx/write";

const AS_OF = "2024-07-31";

function check(bytes: Uint8Array) {
  const { snapshot, pkg } = readWorkbookBytes(bytes);
  const run = runPipeline(snapshot, settingsFor(snapshot, { asOf: AS_OF }, AS_OF), { formulas: false });
  if (run.outcome !== "planned") throw new Error("expected goal tables");
  const seen = {
    kinds: run.check.tables.map((t) => `${t.table.name}: ${t.table.kind}`),
    review: run.check.review.map((r) => `${r.rule} ${r.message}`),
  };
  return { seen, copy: writeCheckedCopy(pkg, run.plan) };
}

it.each([
  "sichuan-jingyan-goals-2023",
  "chongqing-fengjie-approval-2023",
  "shandong-linyi-school-goals-2025",
  "tianjin-hebei-court-goals-2023",
  "zhejiang-cixi-infant-care-goals-2023",
  "ningxia-yuanzhou-forest-goals-2022",
  "hunan-yueyang-farmland-goals-2022",
  "anhui-huangshan-police-goals-2025", // project → unit
])("%s: the checked copy, checked again unchanged, reads the same tables and review", (name) => {
  const first = check(new Uint8Array(readFileSync(join(__dirname, "../fixtures/real", `${name}.xlsx`))));
  const second = check(first.copy);
  expect(second.seen).toEqual(first.seen);
});
