/**
 * The Chinese catalogue: the default words of every generated message (see ../messages.ts). These are the
 * texts stored in `message` fields, written into cells and printed by the CLI: change one only on purpose.
 */
import { percentText as percent, scoreText as show, wanNumber } from "../shown";
import { gradeLabel } from "../../evaluate/labels";
import { withUnit } from "../../evaluate/units";
import { visitsAndPeople } from "./units";
import { exactNumber, roundedNumber } from "../../numbers";
import { COMPARATOR_SYMBOL } from "../../notation/format";
import type {
  Catalogue,
  FileProblem,
  HostAction,
  Level1Kind,
  Message,
  MessageParams,
  OutFolderProblem,
  OutputSubtype,
  TargetPartShape,
  TargetShape,
} from "../messages";

/** A target as the report shows it (`≥ 200 人次`): its normalised text, else as typed. */
const shownTarget = (t: TargetShape) => t.normalized || t.raw;

/** A part of a target of several quantities: its words and the part (`自愿咨询检测 ≥ 1000 人次`). */
const partZh = (p: TargetPartShape) => `「${p.label ? `${p.label} ` : ""}${p.target.normalized || p.target.raw}」`;
const partsZh = (parts: TargetPartShape[]) => parts.map(partZh).join("、");

/** 2024-06-30 → 2024年6月30日. */
const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split("-");
  return `${y}年${+m}月${+d}日`;
};

/** Standard review opinions (审核意见) at the head of each review message. */
const OPINIONS = {
  incomplete: "指标不够完整",
  notMeasurable: "指标不够细化、量化",
  mismatch: "指标与指标值不匹配",
  levelType: "一级/二级指标类型错误",
  wrongValue: "指标值设置不合理",
  placeholder: "指标值未填写",
  unknown: "指标值无法识别",
  funds: "资金数额不一致",
  schedule: "资金支出计划不合理",
  duplicate: "指标重复",
} as const;

const LEVEL1_LABEL: Record<Level1Kind, string> = {
  output: "产出指标",
  effect: "效益指标",
  satisfaction: "满意度指标",
};

const OUTPUT_SUBTYPE_LABEL: Record<OutputSubtype, string> = {
  quantity: "数量指标",
  quality: "质量指标",
  timeliness: "时效指标",
  cost: "成本指标",
};

const wan = (n: number) => `${wanNumber(n)} 万元`;
const quoted = (words: readonly string[]) => `“${words.join("”“")}”`;

export const zh: Catalogue = {
  "review.missing-level1": (p) =>
    `${OPINIONS.incomplete}：缺少一级指标${quoted(p.missing.map((k) => LEVEL1_LABEL[k]))}`,
  "review.missing-output-subtype": (p) =>
    `${OPINIONS.incomplete}：产出指标缺少${quoted(p.missing.map((k) => OUTPUT_SUBTYPE_LABEL[k]))}`,
  "review.level-type-error.not-a-category": (p) =>
    `${OPINIONS.levelType}：一级指标“${p.level1}”不是产出、效益或满意度指标`,
  "review.level-type-error.wrong-parent": (p) =>
    `${OPINIONS.levelType}：二级指标“${p.level2}”属于${LEVEL1_LABEL[p.belongs]}，不应列在“${p.level1}”下`,
  "review.duplicate-indicator": (p) => `${OPINIONS.duplicate}：“${p.level2} / ${p.name}”与第 ${p.row} 行重复`,
  "review.placeholder": (p) => `${OPINIONS.placeholder}：“${p.name}”的指标值仍是占位“${p.shown}”`,
  "review.placeholder.empty": (p) => `${OPINIONS.placeholder}：“${p.name}”没有指标值`,
  "review.placeholder.in-name": (p) =>
    `${OPINIONS.placeholder}：“${p.name}”没有指标值；名称末尾的“${p.found}”像是指标值，请填入指标值列（未按名称判断）`,
  "review.unknown-target": (p) =>
    `${OPINIONS.unknown}：“${p.name}”的指标值“${p.target}”${p.reasons?.length ? `（${reasonsZh(p.reasons)}）` : ""}`,
  "review.not-measurable.repeats-name": (p) =>
    p.target === p.name
      ? `${OPINIONS.notMeasurable}：“${p.name}”的指标值只是重复了指标名称`
      : `${OPINIONS.notMeasurable}：“${p.name}”的指标值“${p.target}”只是重复了指标名称`,
  "review.not-measurable.needs-number": (p) =>
    `${OPINIONS.notMeasurable}：${p.level2}“${p.name}”应设定量化指标值，现为“${p.target}”`,
  "review.indicator-value-mismatch.unit": (p) =>
    `${OPINIONS.mismatch}：“${p.name}”的单位为“${p.unit}”，指标值却是“${p.target}”`,
  "review.indicator-value-mismatch.rate-as-count": (p) =>
    `${OPINIONS.mismatch}：“${p.name}”是比率，指标值“${p.target}”却是数量`,
  "review.indicator-value-mismatch.count-as-percent": (p) =>
    `${OPINIONS.mismatch}：“${p.name}”是数量，指标值“${p.target}”却是百分比`,
  "review.hint-conflict.sign": (p) =>
    `${OPINIONS.mismatch}：“${p.name}”的表样提示“${p.hint}”与指标值“${p.target}”的方向相反，按指标值（${p.read}）判断`,
  "review.hint-conflict.unit": (p) =>
    `${OPINIONS.mismatch}：“${p.name}”的表样提示“${p.hint}”的单位是“${p.unit}”，指标值“${p.target}”的单位不同，按指标值（${p.read}）判断`,
  "review.cost-with-ge": (p) =>
    `${OPINIONS.wrongValue}：成本指标“${p.name}”使用了“${COMPARATOR_SYMBOL[p.op]}”，成本指标应设上限（≤），或该指标不属于成本指标`,
  "review.percent-over-100": (p) => `${OPINIONS.wrongValue}：“${p.name}”的指标值 ${percent(p.top)} 超过 100%`,
  "review.points-as-targets": (p) =>
    `${OPINIONS.wrongValue}：指标值 ${p.values.map(exactNumber).join("、")} 都是不带单位的数字，合计 ${exactNumber(p.total)}，像是各指标的分值而不是指标值；请在指标值列填写目标（如数量、比例、时限）`,
  "review.deadline-outside-year": (p) =>
    `${OPINIONS.wrongValue}：“${p.name}”的时限 ${p.date} 不在预算年度 ${p.year} 年内`,
  "review.deadline-outside-period": (p) =>
    `${OPINIONS.wrongValue}：“${p.name}”的时限 ${p.date} 既不在预算年度 ${p.year} 年内，也不在项目期 ${p.start} 至 ${p.end} 的年份内`,
  "review.funds-mismatch": (p) =>
    `${OPINIONS.funds}：资金总额 ${wan(p.total)} ≠ 财政资金 ${wan(p.fiscal)} + 其他资金 ${wan(p.other)}（合计 ${wan(p.sum)}）`,
  "review.schedule-decreasing": (p) =>
    `${OPINIONS.schedule}：应为累计比例，${p.label} ${percent(p.percent)} 低于 ${p.beforeLabel} ${percent(p.beforePercent)}`,
  "review.schedule-not-100": (p) => `${OPINIONS.schedule}：截至${p.label}累计应为 100%，现为 ${percent(p.percent)}`,
  "read.not-an-amount": (p) => `“${p.label}”右侧的“${p.value}”不是金额，未读取`,
  "read.funds-total-zero": () => "年度资金总额为 0，按其中各项资金合计读取",
  "read.funds-total-blank-summed": () => "资金总额未填写，按其中各项资金合计读取",
  "read.funds-no-total-row-summed": () => "资金表没有总额行，按其中各项资金合计读取",
  "read.funds-total-cell-summed": (p) =>
    p.shown === null
      ? "资金表总额行的这一格是空的，按其中各项资金合计读取"
      : `资金表总额行的这一格“${p.shown}”不是金额，按其中各项资金合计读取`,
  "read.funds-no-total-row": () => "资金表中找不到总额行（年度资金总额 / 合计）",
  "read.row-without-name": (p) => `第 ${p.row} 行有内容但没有指标名称（三级指标），未读取`,
  "read.placeholder-row": (p) => `第 ${p.row} 行是模板留下的占位行（${p.name}），不是指标，未读取`,
  "read.shared-indicator-row": (p) =>
    `第 ${p.row} 行与上一行共用指标「${p.name}」和指标值（合并单元格），但有自己的实际完成值：按两个指标分别判断`,
  "read.category-only-row": (p) => `第 ${p.row} 行只写了指标类别“${p.name}”，没有指标，未读取`,
  "read.target-split": (p) => `指标值分在 ${p.columns} 列（如分地区、分年度），只读取第一列“${p.first}”`,
  "read.no-indicator-rows": () => "找到指标表头，但其下没有指标行",
  "read.project-label-in-level": (p) =>
    `第 ${p.row} 行的指标级别列写着“${p.label}”，旁边有指标“${p.name}”：按下一个项目的开头处理，此行未作为指标读取`,
  "read.target-by-region": (p) =>
    `指标值按地区分列（${p.regions.join("、")}）：每个地区读作一张表；资金为各地区合计，不按地区判断执行进度`,
  "read.region-columns-unpaired": (p) => `“${p.header}”列数与地区数（${p.regions}）不同，无法对应到地区，未读取`,
  "read.target-by-grade": (p) =>
    `“${p.header}”按等级分列（${p.grades.join("、")}）：读取“${p.read}”档作为指标值，其他等级不读取`,
  "read.target-by-year": (p) =>
    `指标值按年度分列（${p.years.map((y) => `${y}年`).join("、")}）：${
      p.from === "table"
        ? "读取预算年度"
        : p.from === "setting"
          ? "表中未写明预算年度，读取所设预算年度"
          : p.from === "code"
            ? "表中未写明预算年度，读取项目编码所示年度"
            : "表中未写明预算年度，读取本工作簿其他表的预算年度"
    } ${p.year}年 一列`,
  "read.target-year-unmatched": (p) =>
    `指标值按年度分列（${p.years.map((y) => `${y}年`).join("、")}），${
      p.budgetYear === null ? "表中未写明预算年度" : `其中没有预算年度 ${p.budgetYear}年`
    }：读取 ${p.read}年 一列，请核对`,
  "read.long-term-skipped": () => "长期绩效指标未作为年度指标读取",
  "read.mid-year-target-unread": (p) => `“${p.column}”（半年目标）未读取：各指标按“${p.chosen}”判断`,
  "read.empty-block-other-read": () => "并列的另一组指标列没有填写：各指标按此列所在的一组读取",
  "read.very-hidden-sheet": (p) => `工作表「${p.sheet}」深度隐藏，未检查`,
  "read.unknown-header": (p) => `表头“${p.header}”未识别，该列未读取`,
  "read.schedule-no-year": () => "无法确定预算年度，资金支出计划未读取",
  "read.checkpoint-unknown": (p) => `资金支出计划的时点“${p.label}”无法识别，未读取`,
  "read.checkpoint-not-a-number": (p) => `资金支出计划“${p.label}”的比例“${p.shown}”不是数字，未读取`,
  "read.checkpoint-empty": (p) => `资金支出计划“${p.label}”没有填写比例`,
  "read.schedule-over-budget": (p) =>
    `资金支出计划“${p.label}”为 ${p.shown}，合预算的 ${roundedNumber(p.percent)}%，超过 100%，不可能：请检查计划与预算的金额单位（如计划按元、预算按万元填写）；未按该计划判断支出进度`,
  "read.schedule-amounts": (p) =>
    `资金支出计划按金额填写（末项等于预算数 ${roundedNumber(p.budget)} 万元，或注明了金额单位），已换算为占预算的累计比例`,
  "read.schedule-per-period": (p) =>
    p.budget === null
      ? "资金支出计划按各期分别填写（各期合计 100%，末期不足 100%），已逐期累加为截至各期末的累计比例"
      : `资金支出计划按各期金额分别填写（各期合计等于预算数 ${roundedNumber(p.budget)} 万元），已逐期累加并换算为占预算的累计比例`,
  "read.no-project-name": () => "未找到项目名称",
  "read.no-budget-year": () => "无法确定预算年度：按监控日期所在年度判断",
  "read.period-unread": (p) =>
    `${p.label}「${p.text}」读不出起止日期，未读取：指标的时限只按预算年度判断（可写成“2024年6月-2025年1月”）`,
  "read.period-unread-glued": (p) =>
    `${p.label}「${p.text}」的年、月、日连写，「${p.end}」读法不唯一（不是年月：可能是某年某月某日，也可能是笔误），未猜测、未读取：指标的时限只按预算年度判断（可写成“2024年6月-2025年1月”）`,
  "read.year-from-names": (p) => `未写预算年度：按指标中写的 ${p.year} 年判断`,
  "read.year-from-period": (p) =>
    `表中写的是 ${p.stated} 年度，但项目期间“${p.period}”全在 ${p.year} 年：按 ${p.year} 年判断（若年度确为 ${p.stated} 年，请更正项目期间）`,
  "read.no-budget": () => "未找到本年度预算数（年度资金总额、预算数、下达资金等），执行进度无法判断",
  "read.spent-implausible": (p) =>
    `执行数 ${roundedNumber(p.spent)} 是预算数 ${roundedNumber(p.budget)} 万元的 ${roundedNumber(p.times, 0)} 倍，可能按元填写（执行数应以万元填写），执行进度未判断`,
  "read.spent-over-budget": (p) =>
    `执行数 ${roundedNumber(p.spent)} 万元超过预算数 ${roundedNumber(p.budget)} 万元（执行率 ${roundedNumber(p.rate)}%），请核实是否超预算支出或填写有误`,
  "read.rate-mismatch": (p) =>
    `表中执行率 ${roundedNumber(p.submitted)}%，与执行数 ${roundedNumber(p.spent)} ÷ 预算数 ${roundedNumber(p.budget)} = ${roundedNumber(p.expected)}% 不符，请核实执行率或金额；执行进度按金额判断`,
  "read.spent-negative": (p) =>
    `执行数 ${roundedNumber(p.spent)} 万元是负数：应填写本年累计已支出金额（退回、冲减请从累计数中扣除），执行进度未判断`,
  "read.spent-unreadable": (p) => `执行数“${p.value}”无法识别为金额，请填写数字（万元），执行进度未判断`,
  "read.schedule-beside-second": (p) => `执行进度按表头的资金支出计划判断，指标右侧的“${p.label}”未读取`,
  "read.schedule-below-unread": () =>
    "资金支出计划未读取：其右侧或下一行没有时点（如 3月底、6月底）和累计比例，执行进度按序时进度判断",
  "read.amount-uncached": (p) =>
    `${{ budget: "预算数", fiscal: "财政资金", other: "其他资金", spent: "执行数" }[p.what]}是公式，文件中没有它的计算结果：请先在 Excel 或 WPS 中打开并保存文件`,
  "read.amount-error": (p) =>
    `${{ budget: "预算数", fiscal: "财政资金", other: "其他资金", spent: "执行数" }[p.what]}显示错误值 ${p.error}：请检查该单元格的公式，${p.what === "spent" ? "执行进度" : "该金额"}未判断`,
  "read.budget-bare-decided": (p) =>
    `预算数 ${roundedNumber(p.amount)} 未写金额单位，按${p.indicator !== null ? `指标“${p.indicator}”` : `同表金额 ${p.cell} 的单位`}读作元（${roundedNumber(p.wan)} 万元）`,
  "read.budget-bare-unread": (p) =>
    `预算数 ${roundedNumber(p.amount)} 未写金额单位：按万元读将达 ${roundedNumber(p.yi)} 亿元，疑为元；预算数未读取，执行进度未判断。请在表头写明“单位：元”或“单位：万元”`,
  "read.yuan-sign-table-unit": (p) => `金额格式带 ¥（只表明人民币，不表明单位）：按表的单位“${p.unit}”读取`,
  "read.title-without-table": (p) =>
    `第 ${p.row} 行的“${p.title}”下没有指标表头（一级指标、三级指标、指标值…），该表未读取${p.selfEvaluation ? "、未评分" : ""}`,
  "read.yuan-sign-yuan": () => "表中未写金额单位，金额格式带 ¥：按元读取（如以万元填写，请在表上方写明“单位：万元”）",
  "read.spent-date": (p) => `执行数单元格中是日期 ${p.date}，不是金额，请填写支出金额（万元），执行进度未判断`,
  "read.spent-percent": (p) => `执行数“${p.value}”是比例，不是金额，请填写支出金额（万元），执行进度未判断`,
  "plan.note": (p) => p.text,
  "check.actual-misplaced": (p) =>
    `「${p.name}」的实际完成值已不在它旁边：旁边的实际完成值${p.typedFor ? `是为「${p.typedFor}」填写的` : "是为另一指标填写的"}（表格可能只排序了指标列，未连同监控列一起排序），本次未据此判断，也未改动。请撤销该排序，或选中整行（含监控列）重新排序；也可在该行重新填写它的实际完成值`,
  "asof.summary-overridden": (p) =>
    `监控汇总中填写的监控时点 ${p.typed} 未采用：本次按${p.from === "saved" ? "工作簿设置中保存" : "指定"}的监控时点 ${p.asOf} 判断`,
  "asof.summary-year-assumed": (p) =>
    `监控汇总中的监控时点“${p.shown}”未写年份：按预算年度 ${p.year} 年读作 ${p.asOf}（如指其他年份，请写明年份，如 ${p.asOf}）`,
  "asof.before-budget-year": (p) =>
    `监控时点 ${p.asOf} 在表的预算年度 ${p.year} 年开始之前（${p.tables} 张表）：计划进度和序时进度都按 0% 判断。${p.nextYear ? "如是下一年度的申报表，尚无进度可监控，审核意见仍然适用；" : ""}如年份写错，请改用 ${p.year} 年的日期（如 ${p.suggested}）`,
  "asof.summary-unreadable": (p) =>
    `监控汇总中的监控时点“${p.shown}”不是可识别的日期（应如 2024-10-31），已按 ${p.asOf} 判断`,
  "ribbon.checked": (p) => `已检查 ${p.tables} 张绩效目标表：红色预警 ${p.red} 项，黄色预警 ${p.yellow} 项。`,
  "ribbon.no-tables": () => "未找到绩效目标表。",
  "ribbon.cleared": () => "已清除本加载项写入的标记。",
  "ribbon.failed": (p) => `操作未完成：${p.detail}`,
  "ribbon.label": (p) => ({ check: "检查目标", pane: "打开面板", clear: "清除标记" })[p.control],
  "ribbon.supertip": (p) =>
    ({
      check: "读取本工作簿的绩效目标表，判断指标和执行进度，写入监控列、高亮和“监控汇总”工作表。",
      pane: "打开任务窗格：查看检查结果，修改监控时点、预警分段和语言。",
      clear: "删除本加载项写入的监控列、高亮、批注和工作表；您填写的内容保留。",
    })[p.control],
  "host.sheets-protected": (p) =>
    `工作表${sheetsZh(p.sheets)}受保护，无法写入监控列。请先在“审阅 → 撤销工作表保护”中取消保护后再检查。`,
  "host.structure-locked": (p) => {
    const action = ACTION_ZH[p.action];
    const { show, add, remove } = p.needs;
    const parts = [
      ...(show.length ? [`临时显示隐藏的工作表${sheetsZh(show)}以设置突出显示`] : []),
      ...(add.length ? [`新建工作表${sheetsZh(add)}`] : []),
      ...(remove.length ? [`删除工作表${sheetsZh(remove)}`] : []),
    ];
    return `工作簿结构受保护（审阅 → 保护工作簿），${action}需要${parts.join("、")}，${p.host} 不允许，因此未做任何改动。请先在“审阅 → 撤销工作簿保护”中取消保护再${action}，完成后可重新保护。`;
  },
  "host.refused-sheets": (p) =>
    `工作表${sheetsZh(p.sheets)}受保护，${p.host} 拒绝写入，${unfinishedZh(p.action)}（审阅 → 撤销工作表保护）。`,
  "host.refused-structure": (p) => {
    const { show, add, remove } = p.needs;
    const parts = [
      ...(show.length ? [`显示工作表${sheetsZh(show)}`] : []),
      ...(add.length ? [`新建工作表${sheetsZh(add)}`] : []),
      ...(remove.length ? [`删除工作表${sheetsZh(remove)}`] : []),
    ];
    return `工作簿结构受保护（审阅 → 保护工作簿），${p.host} 拒绝${parts.join("、")}，${unfinishedZh(p.action)}（审阅 → 撤销工作簿保护，完成后可重新保护）。`;
  },
  "host.refused": (p) =>
    `Excel 拒绝写入（无权访问），${ACTION_ZH[p.action]}未完成；读不出哪里受保护：请看工作表${sheetsZh(p.touched)}和工作簿是否受保护（审阅 → 撤销工作表保护 / 撤销工作簿保护），或是否有人正同时编辑，再${ACTION_ZH[p.action]}。`,
  "host.busy": () => "正在检查或清除标记，请等它完成后再试。",
  "host.edit-mode": () => "Excel 正在编辑单元格：请先按 Enter 或 Esc 结束编辑，再点“检查目标”。",
  "host.access-denied": () =>
    "Excel 拒绝了这项操作（无权访问）：工作簿或工作表受保护（审阅 → 撤销工作表保护 / 撤销工作簿保护）。",
  "host.too-large": () => "工作簿太大，Excel 网页版一次传不完：请在桌面版 Excel 中检查，或把表格分到几个工作簿。",
  "host.error": (p) => `${p.host} 报告错误：${p.detail}`,
  "host.no-workbook": () => "WPS 表格中没有打开的工作簿：请先打开要检查的工作簿。",
  "host.no-application": () => "没有找到 WPS 表格的 Application 对象：请在 WPS 表格中使用本加载项。",
  "host.no-task-pane": () => "这个版本的 WPS 不支持任务窗格（CreateTaskPane）。",
  "host.date-system-unknown": () =>
    "未能确认本工作簿的日期系统（1900 或 1904），日期按 1900 日期系统读写；如工作簿来自 Mac 版 Excel 且使用 1904 日期系统，请核对日期。",
  "host.notes-unsupported": () =>
    "此版本的 Excel 不能给单元格添加批注（需要 ExcelApi 1.18）：判断说明未写入单元格批注，请在本任务窗格中查看。",
  "host.rule-refused": (p) =>
    `WPS 未能在工作表「${p.sheet}」添加本工具的 ${p.rules} 条高亮规则（${p.detail}），其余已写入；同一区域已有您的条件格式规则时，删去或合并一条后再检查即可。`,
  "host.sheet-missing": (p) => `工作表「${p.sheet}」不存在`,
  "host.sheet-gone": (p) => `工作表「${p.sheet}」已不在（检查之后改了名或被删除）：请重新检查`,
  "host.workbook-closed": (p) =>
    `这些结果来自工作簿「${p.workbook}」，现在没有打开它（已关闭，或另存为了别的名字）：请在当前工作簿上重新检查，或重新打开它`,
  "usage.unknown-option": (p) =>
    p.file !== undefined
      ? `未知选项 “${p.option}”：以 - 开头的文件名请写在 -- 之后，如 -- ${p.file}`
      : p.near !== undefined
        ? `未知选项 “${p.option}”（是不是 ${p.near}？）`
        : `未知选项 “${p.option}”`,
  "usage.needs-value": (p) => `选项 ${p.option} 后面缺少值`,
  "usage.takes-no-value": (p) => `选项 ${p.option} 不带值`,
  "usage.other": (p) => p.detail,
  "usage.unknown-command": (p) => `未知命令 “${p.command}”（只有 check）`,
  "usage.out-empty": () => "--out 需要一个文件夹，收到的是空值（脚本中的变量没有设置？）",
  "usage.input-empty": () => "文件或目录名是空值（脚本中的变量没有设置？）",
  "usage.as-of": (p) => `--as-of ${reasonsZh([p.reason])}`,
  "asOf.empty": () => "没有写日期：请写成 2024-06-30 或 2024年6月30日",
  "asOf.format": (p) => `“${p.text}”不是日期：请写成 2024-06-30 或 2024年6月30日`,
  "asOf.year": (p) => `“${p.text}”的年份应在 1990–2100 之间`,
  "asOf.no-such-month": (p) => `“${p.text}”没有这一天：没有 ${p.month} 月`,
  "asOf.no-such-day": (p) => `“${p.text}”没有这一天：${p.year}年${p.month}月只有 ${p.days} 天`,
  "usage.lang": (p) => `--lang 只能是 zh 或 en，收到 “${p.value}”`,
  "usage.fail-on": (p) => `--fail-on 只能是 red 或 yellow，收到 “${p.value}”`,
  // Both languages: the usage text is where an English reader finds --lang en.
  "usage.text": () => `用法 / Usage:
  perf-targets check [文件|目录 …] [--as-of YYYY-MM-DD] [--out 目录] [--json] [--formulas]
                     [--force] [--lang zh|en] [--fail-on red|yellow]

  不给文件时检查自带的示例工作簿（assets/sample.xlsx，监控时点 2024-07-31）。
  With no file it checks the bundled sample workbook (as of 2024-07-31).

  --as-of     监控时点，写成 2024-06-30、2024/6/30、2024.6.30、2024年6月30日 或 20240630 都可以；
              只写月份（2024-06、2024年6月）即该月最后一天
              （默认：工作簿中保存的设置，其次“监控汇总”中填写的监控时点，否则今天）
  --out       检查后副本 <名称>.checked.xlsx（.xlsm、模板 .xltx / .xltm 保持原格式）的输出目录（默认 ./perf-out）；原文件从不修改
  --force     覆盖上次写出的副本（默认保留它，新副本另起名 <名称>.checked-2.xlsx；输入文件任何时候都不会被覆盖）
  --json      只在标准输出打印一个 JSON 文档（结构见 README）
  --formulas  写入 PERF 公式而不是计算值（仅在装有本加载项的 Excel 或 WPS 表格 12.1.0.20540 及以上中有用）
  --lang      报告语言：zh（默认）或 en
  --fail-on   出现该级别或更严重的预警时退出码为 3（red 或 yellow）

退出码 / Exit codes: 0 全部检查完；1 有文件无法检查（其余照常检查）；2 用法错误；3 --fail-on 命中`,
  target: (p) => p.target.normalized,
  "target.missing": () => "未填写指标值",
  "target.boolean": () => "逻辑值（TRUE/FALSE）不是指标值",
  "target.error-value": (p) => `单元格是错误值 ${p.error}，不是指标值`,
  "target.cell-unknown": () => "无法识别的单元格内容",
  "target.number-invalid": () => "数值无效",
  "target.serial-invalid": (p) => `日期格式的数值 ${p.raw} 不是有效日期`,
  "target.serial-date": (p) => `按 Excel 日期序列号 ${p.serial} 理解`,
  "target.placeholder": (p) => `「${p.raw}」是占位符，不是指标值`,
  "target.unit-only": (p) => `「${p.raw}」只有单位，没有数值（模板未填写）`,
  "target.comparator-only": () => "只有比较符号，缺少数值",
  "target.not-understood": (p) => `无法识别的指标值「${p.raw}」`,
  "target.digits-not-understood": (p) => `含有数字，但无法识别为数值、区间、变化幅度或日期：「${p.raw}」`,
  "target.range-units": (p) => `区间两端单位不同（${p.low} 与 ${p.high}）`,
  "target.range-invalid": () => "区间数值无效",
  "target.range-order": (p) => `区间下限 ${exactNumber(p.low)} 大于上限 ${exactNumber(p.high)}`,
  "target.comparator-conflict": (p) =>
    `比较词前后矛盾（${COMPARATOR_SYMBOL[p.prefix]} 与 ${COMPARATOR_SYMBOL[p.suffix]}）`,
  "target.month-invalid": (p) => `「${p.text}」中的月份 ${p.month} 无效`,
  "target.date-invalid": (p) => `「${p.text}」不是有效日期`,
  "target.year-missing": (p) => `「${p.text}」缺少年份，需要预算年度才能确定日期`,
  "target.year-implausible": (p) => `「${p.text}」的年份不合理`,
  "target.period-order": (p) => `「${p.text}」的起始日期晚于结束日期`,
  "target.unit-differs": (p) => `指标值单位「${p.unit}」与单位列「${p.column}」不同，以指标值为准`,
  "target.money-shorthand": (p) => `「${p.unit}」按${p.meaning}理解`,
  "target.ratio-one": (p) => `比率指标的 ${p.written} 按 ${p.percent}% 理解`,
  "target.approx": () => "「约 / 左右」按等于（=）理解",
  "target.sign-differs": (p) =>
    `指标性质列为「${p.sign}」，与指标值中的「${COMPARATOR_SYMBOL[p.op]}」不一致，以指标值为准`,
  "target.reach": (p) => `「${p.word}」按 ≥ 理解（正向指标，达到即完成）`,
  "target.timeliness-le": () => "时效指标未写比较符号，按不超过（≤）理解",
  "target.lower-le": () => "未写比较符号，成本或负向指标按 ≤ 理解",
  "target.cost-whole": () => "成本指标下未写比较符号的 100% 指全部达到，按 ≥ 理解（不是上限）",
  "target.cost-whole-bare": () => "成本指标下未写比较符号和单位的 100 指全部达到（100%），按 ≥ 理解（不是金额上限）",
  "target.zero-le": () => "指标值为 0 且未写比较符号：按 ≤ 0 理解（不应发生）",
  "target.zero-share": () => "完成率、满意度一类的指标值为 0：不会是目标，多半是表中未填的 0，未作判断",
  "target.zero-new": () => "新增、带动一类的数量指标值为 0：不是上限，按 ≥ 0 理解（完成多少都达标）",
  "target.clock-or-ratio": (p) =>
    `「${p.raw}」可能是时刻，也可能是比例（指标名称中既无“比”也无时间字样），未作判断：比例请在名称中写明“…比”，时刻请写在时效指标下`,
  "target.clock-time": (p) => `「${p.raw}」是时刻，不是比例，无法按数值判断`,
  "target.from-name": (p) => `指标值为空，按指标名称中的「${p.text}」理解`,
  "target.name-sign": (p) => `未写比较符号，按指标名称中的「${COMPARATOR_SYMBOL[p.op]}」理解`,
  "target.qualitative-sign": () => "指标性质为定性",
  "target.tolerance": () => "±：偏差（绝对值）不超过该值",
  "target.ignored-label": (p) => `忽略文字「${p.label}」`,
  "target.parts": (p) =>
    p.judged === null
      ? `指标值含 ${p.parts.length} 个同类数量（${partsZh(p.parts)}）：实际值请按同样顺序逐项填写（以逗号分开），逐项判断`
      : `指标值含 ${p.parts.length} 个数量（${partsZh(p.parts)}）：实际值只填一个数时按${partZh(p.parts[p.judged])}判断；按同样顺序逐项填写（以逗号分开）则逐项判断`,
  "target.parse-error": (p) => `解析指标值时出错：${p.detail}`,
  "target.reasons": (p) => reasonsZh(p.reasons),
  quantity: (p) => withUnit(p.value, p.unit),
  "actual.cell-error": (p) => `实际值显示错误值 ${p.error}：请检查该单元格的公式`,
  "actual.not-a-grade": (p) => `定性指标应填写达成情况（达成 / 部分达成 / 未达成），实际为“${p.value}”`,
  "actual.not-a-date": (p) => `时限指标应填写完成日期，实际为“${p.value}”`,
  "actual.unit-mismatch": (p) =>
    `实际值单位“${p.unit}”与指标值单位“${p.targetUnit}”不一致${visitsAndPeople(p.unit, p.targetUnit) ? "（人次按次数计，一人可计多次，与人数不能互相换算；请按指标值的单位填写）" : ""}`,
  "actual.may-exceed-cap": (p) =>
    `实际值“${p.value}”${p.near ? "是约数" : "只写了下限"}，可能超出上限 ${p.sign} ${withUnit(p.limit, p.unit)}，是否超出请填写具体数值`,
  "actual.may-miss-floor": (p) =>
    `实际值“${p.value}”${p.near ? "是约数" : "只写了上限"}，可能未达到 ${p.sign} ${withUnit(p.limit, p.unit)}，是否达到请填写具体数值`,
  "actual.over-whole": (p) =>
    p.points
      ? `实际值“${p.value}”是 ${exactNumber(p.percent)} 分，满意度一类的得分不会超过 100 分，未判断；请按得分填写（如 95）`
      : `实际值“${p.value}”按百分比是 ${exactNumber(p.percent)}%，满意度、合格率一类的比率不会超过 100%，未判断；请按百分比填写（如 95 或 95%）`,
  "actual.past-fraction": (p) =>
    `实际值“${p.value}”按比例是 ${exactNumber(Number(p.value) * 100)}%，超过 100%；按百分数是 ${p.value}%，与指标值 ${shownTarget(p.target)} 相差悬殊：可能填错，未判断；请按百分比填写（如 95 或 95%）`,
  "actual.fraction-or-percent": (p) =>
    `实际值“${p.value}”可能是 ${exactNumber(Number(p.value) * 100)}%（按比例），也可能是 ${p.value}%（按百分数），${p.outside ? `两者都不在指标值 ${shownTarget(p.target)} 内，但偏离多少不同，得分无法确定` : `对指标值 ${shownTarget(p.target)} 结果不同`}，未判断；请按百分比填写（如 ${exactNumber(Number(p.value) * 100)}% 或 ${p.value}%）`,
  "actual.negative": (p) =>
    p.money
      ? `实际值“${p.value}”是负数，金额不会小于 0，未判断；请填写实际金额（如负号是误填，请去掉）`
      : `实际值“${p.value}”是负数，数量或比率不会小于 0，未判断；请填写实际数（没有发生填 0）`,
  "actual.not-reached-under-cap": (p) =>
    `实际为“${p.value}”：指标值 ${shownTarget(p.target)} 是上限，“${p.word ?? p.value}”可以是未达到目标（未达标），也可以是未达到上限（达标），未判断；请${p.word === undefined ? "" : "核实后只"}填写实际数值`,
  "actual.day-kinds": (p) =>
    p.workdays
      ? `实际为“${p.value}”：是工作日，指标值 ${shownTarget(p.target)} 是自然日，${exactNumber(p.days)} 个工作日跨了多少自然日无法确定，未判断；请填写自然日数`
      : `实际为“${p.value}”：是自然日，指标值 ${shownTarget(p.target)} 是工作日，${exactNumber(p.days)} 个自然日中有几个工作日无法确定，未判断；请填写工作日数`,
  "actual.weeks-and-months": (p) =>
    `实际为“${p.value}”：一个月不是整数周，与指标值 ${shownTarget(p.target)} 不能直接折算，未判断；请按指标值的周期填写，或填写全年次数（如“52次/年”）`,
  "actual.not-a-percent": (p) =>
    `实际值“${p.value}”按百分比是 ${exactNumber(p.percent)}%，超过 100% 的 10 倍，不是比率，未判断；请按百分比填写（如 95 或 95%）`,
  "actual.ratio-ambiguous": (p) =>
    `实际值 ${exactNumber(p.value)} 是一个数，指标值是比例 ${shownTarget(p.target)}：无法确定含义，请按比例填写（如 1:${exactNumber(p.value)}）`,
  "actual.not-a-number": (p) => `应填写数值，实际为“${p.value}”`,
  "actual.not-applicable": (p) =>
    `实际为“${p.value}”：填报为本指标不适用，未判断、不计分；请在偏差原因中说明不适用的理由，如已实施请填写实际完成值`,
  "actual.several-numbers": (p) =>
    `实际值“${p.value}”中有 ${p.numbers.length} 个数（${p.numbers.join("、")}），无法确定哪个是本指标的完成值，未判断；请只填写本指标完成的数值`,
  "actual.none-for-number": (p) =>
    p.cap
      ? `实际为“${p.value}”：说的是没有或未发生，不是数值，对指标值 ${shownTarget(p.target)} 未判断；如确实没有发生，请填写 0（0 在上限之内）`
      : `实际为“${p.value}”：说的是没有或未发生，不是完成的数值，对指标值 ${shownTarget(p.target)} 未判断；如确实没有完成，请填写 0`,
  "actual.not-done": (p) =>
    p.said === "forecast"
      ? `实际为“${p.value}”：填写的是预计或计划的数值，不是已完成的数值，对指标值 ${shownTarget(p.target)} 未判断；请填写截至目前实际完成的数值`
      : p.said === "shortfall"
        ? `实际为“${p.value}”：说的是还差多少，不是已完成的数值，对指标值 ${shownTarget(p.target)} 未判断；请填写实际完成的数值`
        : p.said === "over"
          ? `实际为“${p.value}”：说的是比目标或计划多出多少，不是已完成的数值，对指标值 ${shownTarget(p.target)} 未判断；请填写实际完成的数值`
          : p.said === "unclear"
            ? `实际为“${p.value}”：是未完成的数量还是只完成了这么多，无法确定，对指标值 ${shownTarget(p.target)} 未判断；请填写实际完成的数值`
            : p.said === "other"
              ? `实际为“${p.value}”：说的是${p.word ? `“${p.word}”的` : "申报、需求、预算等"}数量，不是实际完成的数值，对指标值 ${shownTarget(p.target)} 未判断；请填写实际完成的数值`
              : p.said === "measure"
                ? `实际为“${p.value}”：填写的是“${p.word ?? ""}”，不是本指标的数值，对指标值 ${shownTarget(p.target)} 未判断；请填写本指标实际达到的数值`
                : p.said === "added"
                  ? `实际为“${p.value}”：说的是新增了多少，指标值 ${shownTarget(p.target)} 要求的是达到的总数，未判断；请填写实际达到的总数`
                  : p.said === "part"
                    ? `实际为“${p.value}”：说的是年内某一段时间（下半年、某季度、本月等）的数量，不是截至目前累计完成的数值，对指标值 ${shownTarget(p.target)} 未判断；请填写累计完成的数值`
                    : p.said === "under-way"
                      ? `实际为“${p.value}”：说的是在建（尚未完成）的数量，不是已完成的数值，对指标值 ${shownTarget(p.target)} 未判断；请填写已完成的数值`
                      : p.said === "earlier"
                        ? `实际为“${p.value}”：说的是年内较早时点的累计数，${p.budgetYear ?? ""} 年度已结束，这不是全年的完成值，对指标值 ${shownTarget(p.target)} 未判断；请填写全年实际完成的数值`
                        : p.said === "year"
                          ? `实际为“${p.value}”：说的是 ${p.year ?? ""} 年的数量，不是 ${p.budgetYear ?? ""} 年度的，对指标值 ${shownTarget(p.target)} 未判断；请填写本年度实际完成的数值`
                          : `实际为“${p.value}”：填写的是同比或较上年的变化，指标值 ${shownTarget(p.target)} 要求的是达到的水平，未判断；请填写实际达到的数值`,
  "actual.attended-over-due": (p) =>
    `实际为“${p.value}”：实到 ${p.came} 多于应到 ${p.due}，出席（到会）的比率不会超过 100%，未判断；请核实应到和实到的数量后填写`,
  "actual.aside-disagrees": (p) =>
    `实际为“${p.value}”：填写的 ${exactNumber(p.share)}% 与括号中“${p.aside}”算出的 ${exactNumber(p.computed)}% 不一致，未判断；请核实后只填写一个数值`,
  "actual.share-for-count": (p) =>
    `实际为“${p.value}”：填写的是百分比 ${exactNumber(p.share)}%，指标值 ${shownTarget(p.target)} 不是百分比，是占什么的百分比无法确定，未判断；请按指标值的单位填写实际完成的数值`,
  "actual.signed-fall": (p) =>
    `实际值“${p.value}”带正负号，指标值 ${shownTarget(p.target)} 是下降的幅度：是下降还是上升无法确定，未判断；请写明“下降6%”或“上升6%”，或只填下降的幅度`,
  "actual.said-not-reached": (p) =>
    `实际为“${p.value}”：数值${p.cap ? "在" : "达到了"}指标值 ${shownTarget(p.target)}${p.cap ? " 之内" : ""}，${p.word === undefined ? "括号中却注明未达到或未完成" : `却注明“${p.word}”，两者不一致`}，未判断；请核实后只填写实际完成的数值`,
  "actual.said-reached": (p) =>
    `实际为“${p.value}”：注明“${p.word}”，数值却${p.cap ? "超出" : "未达到"}指标值 ${shownTarget(p.target)}，两者不一致，未判断；请核实后只填写实际完成的数值`,
  "actual.below-expectation-under-cap": (p) =>
    `实际为“${p.value}”：指标值 ${shownTarget(p.target)} 是上限，${p.above === undefined ? "“低于预期”可能是数值低于预期（在上限之内是好事），也可能是效果未达到预期" : `“${p.above}”可能是数值高于预期（对上限不是好事），也可能是效果好于预期`}，未判断；请${p.beside ? "核实后只" : ""}填写实际完成的数值`,
  "actual.done-share-under-cap": (p) =>
    `实际为“${p.value}”：说的是工作完成了 ${exactNumber(p.share)}%，指标值 ${shownTarget(p.target)} 是不超过的上限，不是要完成的量，未判断；请填写本指标的实际数值`,
  "actual.two-readings": (p) =>
    `实际值“${p.value}”可能是 ${p.readings[0]}，也可能是 ${p.readings[1]}，无法确定，未判断；请按完整数字填写`,
  "actual.is-a-time": (p) =>
    `应填写数值，实际填的是${p.span ? "一段时间" : "时间"}“${p.value}”，不是完成的数值；请填写实际完成的数值`,
  "actual.implausible": (p) =>
    `实际值 ${exactNumber(p.value)} 按“${p.unit}”计是指标值的 ${roundedNumber(p.times, 0)} 倍，单位可能有误，未判断；请按“${p.unit}”填写或写明单位`,
  "actual.is-a-date": (p) =>
    p.targetDate
      ? `指标值 ${p.targetDate.replace(/-/g, "")} 是数值，实际是日期 ${p.date}；如指截止日期，请把指标值写成“${chineseDate(p.targetDate)}前”`
      : `应填写数值，单元格中是日期 ${p.date}（Excel 会把“9/30”“1-3”这样的输入变成日期）`,
  "actual.uncached-formula": () => "实际值是公式，文件中没有它的计算结果：请先在 Excel 或 WPS 中打开并保存文件",
  "actual.baseline-year": (p) =>
    `实际为“${p.value}”：是与 ${p.year} 年相比的变化，${p.budgetYear === undefined ? `指标值 ${shownTarget(p.target)} 比的是 ${p.baseline} 年` : `${p.budgetYear} 年度的指标值 ${shownTarget(p.target)} 比的是上年（${p.baseline} 年）`}，基期年份不同，未判断；请填写与 ${p.baseline} 年相比的变化`,
  "actual.baseline-period": (p) =>
    `实际为“${p.value}”：是与上月或上季度相比的变化（环比），指标值 ${shownTarget(p.target)} 比的是${p.year === undefined ? "上年" : ` ${p.year} 年`}，基期不同，未判断；请填写与${p.year === undefined ? "上年" : ` ${p.year} 年`}相比的变化`,
  "actual.words-for-share": (p) =>
    `实际为“${p.value}”：是文字说明，不是百分比，对指标值 ${shownTarget(p.target)} 未判断；请填写实际达到的百分比（如 100%）`,
  "actual.direction-only": (p) =>
    `实际为“${p.value}”：只写了变化的方向，没有写变化的幅度，对指标值 ${shownTarget(p.target)} 未判断；请写明幅度（如“${p.rise ? "增长" : "下降"}6%”）`,
  "actual.not-reached-said": (p) =>
    `实际为“${p.value}”：说的是没有达到，没有写实际达到的数值，对指标值 ${shownTarget(p.target)} 未判断；请填写实际达到的数值`,
  "actual.added-or-rise": (p) =>
    `实际为“${p.value}”：是本年新增的数量还是较上年增加的数量，无法确定，对指标值 ${shownTarget(p.target)} 未判断；请写明较上年增加多少（如“较上年增加120人次”）`,
  "actual.name-typed": (p) => `实际为“${p.value}”：填写的是指标名称，不是完成的数值，未判断；请填写实际完成的数值`,
  "actual.range-straddles": (p) =>
    p.exact
      ? `实际为“${p.value}”：是一个范围，指标值 ${shownTarget(p.target)} 要求恰好等于，范围中只有一个数值等于它，未判断；请填写实际完成的数值`
      : `实际为“${p.value}”：是一个范围，其中有的数值达到指标值 ${shownTarget(p.target)}，有的没有达到，未判断；请填写实际完成的数值`,
  "actual.fraction-over-one": (p) =>
    `实际值“${p.value}”按分数是 ${roundedNumber(p.share)}%，超过 100%；分子分母如写反则是 ${roundedNumber(p.swapped)}%，无法确定，未判断；请填写实际达到的百分比`,
  "actual.ordinal-range": (p) =>
    `实际为“${p.value}”：可能是第 ${p.low} 至第 ${p.high} ${p.unit}（共 ${p.high - p.low + 1} ${p.unit}），也可能是 ${p.low} 到 ${p.high} ${p.unit}，无法确定，未判断；请填写实际完成的${p.unit}数`,
  "actual.numbered-under-change": (p) =>
    `实际为“${p.value}”：是本年的第 ${p.low} 至第 ${p.high} ${p.unit}（共 ${p.high - p.low + 1} ${p.unit}），不是较上年的变化，未判断；请填写较上年增减的${p.unit}数`,
  "actual.per-part-left-out": (p) =>
    `实际值“${p.value}”只写了“${p.unit}”，指标值单位是“${p.targetUnit}”：无法确定是按“/${p.per}”计的数还是合计，未判断；${p.yearly ? `请写明是“${exactNumber(p.number)}${p.targetUnit}”还是全年“${exactNumber(p.number)}${p.yearly}”` : `如是按“/${p.per}”计，请填写“${exactNumber(p.number)}${p.targetUnit}”`}`,
  "actual.points-for-share": (p) =>
    `实际为“${p.value}”：是得分，指标值 ${shownTarget(p.target)} 是百分比，得分不是比例，未判断；如实际比例是 ${exactNumber(p.number)}%，请填写“${exactNumber(p.number)}%”`,
  "actual.no-such-month": (p) =>
    `应填写数值，实际为“${p.value}”：像是年月，但没有 ${p.month} 月，也不是完成的数量（数量不会有小数），未判断；请填写实际完成的数值`,
  "actual.conclusion-for-share": (p) =>
    `实际为“${p.value}”：是结论，不是比例，对指标值 ${shownTarget(p.target)} 未判断；全部${p.word}请填写 100%，否则填写实际的比例`,
  "actual.opinion-for-number": (p) =>
    `实际为“${p.value}”：是${p.yesNo ? "“是 / 否”的回答" : "文字评价"}，不是数值，对指标值 ${shownTarget(p.target)} 未判断；请填写${p.change ? "实际变化的幅度（如“增长6%”）" : `实际达到的${p.unit === "%" ? "百分比" : p.unit === "分" ? "分数" : p.unit ? `数值（单位：${p.unit}）` : "数值"}`}`,
  "judge.target-not-understood": (p) => (p.reasons?.length ? reasonsZh(p.reasons) : "指标值无法识别"),
  "judge.pending": () => "未填报实际值",
  "judge.actual-kind-mismatch": () => "实际值与指标类型不符",
  "judge.no-number": () => "指标值缺少数值",
  "judge.range-no-high": () => "区间缺少上限",
  "judge.no-comparator": () => "指标值缺少比较方式",
  "judge.unit-slip": (p) =>
    `（实际值 ${exactNumber(p.typed)} 可能是以${p.typedIn}填写，已按 ${withUnit(p.value, p.unit)}判断；请按“${p.unit}”填写或写明单位）`,
  "judge.ahead": () => "（快于序时进度）",
  "judge.single-item": () => "（单件交付不按序时折算，截止时判断）",
  "judge.over-exact": () => "（超出目标值，目标为等于）",
  "judge.one-read-as-whole": () => "（1 按比例读作 100%；如指 1%，请填写“1%”）",
  "judge.read-as-fraction": (p) => `（${exactNumber(p.value)} 按比例读作 ${exactNumber(p.value * 100)}%）`,
  "judge.claim-strict": (p) =>
    `（“${p.text}”不含 ${withUnit(p.value, p.unit)}本身，按${p.above ? "多于" : "少于"}它判断）`,
  "judge.claim-may-exceed": (p) =>
    `（“${p.text}”按其最低 ${withUnit(p.value, p.unit)}判断；较高的值属超额，如已超额请填写实际数）`,
  "judge.due-in-name": (p) => `（指标名称所注时点：${p.deadline} 到期）`,
  "judge.part-judged": (p) =>
    `（指标值含多个数量：按${partZh(p.judged)}判断，${partsZh(p.others)}未核对；逐项填写实际值（以逗号分开）可逐项判断）`,
  "judge.parts-needed": (p) =>
    `指标值含 ${p.parts.length} 个同类数量（${partsZh(p.parts)}），一个数无法对应：请按同样顺序逐项填写实际值（以逗号分开）`,
  "judge.parts": (p) => p.items.map((i) => `${partZh(i.part)}${i.why}`).join("；"),
  "judge.parts-count": (p) =>
    `实际值含 ${p.actual} 个数量，指标值含 ${p.parts} 个：请按指标值的顺序逐项填写（以逗号分开）`,
  "judge.plain": (p) => `实际 ${withUnit(p.actual, p.unit, p.exact)}，目标 ${p.target.normalized || p.target.raw}`,
  "judge.pro-rated": (p) =>
    `按序时应达 ${withUnit(p.expected, p.unit)}（${p.months}/${p.of}），实际 ${withUnit(p.actual, p.unit)}`,
  "judge.completed": (p) => `实际完成 ${p.done}，截止 ${p.deadline}`,
  "judge.completion-span": (p) => `（“${p.text}”是一段时间，按截至 ${p.done} 完成判断）`,
  "judge.read-from-sentence": (p) => `（从“${p.text}”中读出 ${withUnit(p.value, p.unit)}）`,
  "judge.read-typed": (p) =>
    p.as === "range"
      ? `（“${p.text}”是一个范围，其中每个数值结果相同，按 ${withUnit(p.value, p.unit)} 判断）`
      : p.as === "ordinal"
        ? `（“${p.text}”是第 1 至第 ${withUnit(p.value, p.unit)}，读作 ${withUnit(p.value, p.unit)}）`
        : p.as === "numbered"
          ? `（“${p.text}”是第 ${p.first} 至第 ${withUnit((p.first ?? 1) + p.value - 1, p.unit)}，共 ${withUnit(p.value, p.unit)}）`
          : p.as === "per-time"
            ? `（“${p.text}”折算为 ${withUnit(p.value, p.unit)}）`
            : p.as === "calendar-days"
              ? `（“${p.text}”是自然日，其中的工作日不会更多，按不超过 ${withUnit(p.value, p.unit)}判断）`
              : `（“${p.text}”按分数读作 ${withUnit(p.value, p.unit)}）`,
  "judge.read-provisional": (p) =>
    `（“${p.text}”是暂定或初步统计的数，按 ${withUnit(p.value, p.unit)}判断；数据核定后请更新）`,
  "judge.part-done": (p) => `（“${p.text}”是完成了一部分，按部分达成判断）`,
  "judge.read-over-target": (p) => `（“${p.text}”按指标值加超出的部分读作 ${withUnit(p.value, p.unit)}）`,
  "judge.read-share-of-target": (p) =>
    `（“${p.text}”是完成指标值的 ${exactNumber(p.share)}%，按指标值 ${withUnit(p.target, p.unit)}计为 ${withUnit(p.value, p.unit)}）`,
  "judge.read-added": (p) => `（“${p.text}”是本年新增的数量，即本指标的年内数量，读作 ${withUnit(p.value, p.unit)}）`,
  "judge.read-turn": (p) => `（“${p.text}”按${p.strict ? "低于" : "不高于"} ${withUnit(p.value, p.unit)}判断）`,
  "judge.read-in-year": (p) => `（“${p.text}”未写年份，按 ${p.done.slice(0, 4)} 年读作 ${p.done}）`,
  "judge.completed-late": (p) => `实际完成 ${p.done}，截止 ${p.deadline}，逾期 ${p.late} 天`,
  "judge.planned-date-passed": (p) =>
    `实际为“${p.text}”：是预计（计划）的完成时间，到监控时点 ${p.asOf} 已过，未写是否已完成，未判断；已完成请填写实际完成日期，未完成请填写“未完成”及原因`,
  "judge.planned-date-passed-late": (p) =>
    `实际为“${p.text}”：是预计（计划）的完成时间，晚于截止 ${p.deadline} ${p.late} 天，到监控时点已过，无论是否已完成都未按期完成`,
  "judge.completion-planned": (p) => `计划 ${p.done} 完成，截止 ${p.deadline}（监控时点 ${p.asOf} 尚未完成）`,
  "judge.completion-planned-late": (p) =>
    `计划 ${p.done} 完成，截止 ${p.deadline}，逾期 ${p.late} 天（监控时点 ${p.asOf} 尚未完成）`,
  "judge.done-without-date": (p) =>
    p.onTime
      ? `实际为“${p.onTime}”：截止日期未到，可能已按时完成，也可能只是按计划推进，按进度正常判断，截止 ${p.deadline}；完成后请填写完成日期`
      : `实际：${gradeLabel(p.grade)}，截止 ${p.deadline}`,
  "judge.not-started": (p) =>
    `实际：尚未开始，${p.goal ? `目标 ${shownTarget(p.goal)}，` : ""}截止 ${p.deadline}${p.due ? "" : p.late ? "（按序时进度应已开始）" : "（尚未到开始时间）"}`,
  "judge.in-progress": (p) =>
    `实际：进行中（未填数值），目标 ${shownTarget(p.goal)}，截止 ${p.deadline}${p.due ? "" : p.late ? "（按序时进度应已有完成量）" : "（序时进度尚未要求完成量）"}；请填写已完成的数值，以判断进度和评分`,
  "judge.grade": (p) => `实际：${gradeLabel(p.grade)}，目标：${p.goal}`,
  "judge.moved": (p) =>
    `实际“${p.actual}”${p.grade === "achieved" ? "与目标方向一致" : "未按目标方向变化"}，按${gradeLabel(p.grade)}判断，目标：${p.goal}`,
  "judge.grade-for-number": (p) =>
    `实际：${gradeLabel(p.grade)}（填的是达成情况而非数值，按此判断），目标 ${shownTarget(p.goal)}`,
  "judge.conforms-for-share": (p) =>
    `实际：达成（“${p.text}”${p.all ? "说的是全部，按" : "说的是符合规定，按全部符合即"} 100% 判断），目标 ${shownTarget(p.goal)}`,
  "judge.outside-range": (p) =>
    `实际：未达成（“${p.text}”说的是有不在 ${shownTarget(p.goal)} 之内的，按未达成判断），目标 ${shownTarget(p.goal)}`,
  "execution.no-budget": () => "预算数缺失或为零，无法计算执行率",
  "execution.spent-negative": (p) => `执行数 ${roundedNumber(p.spent)} 万元是负数，执行进度未判断`,
  "execution.spent-implausible": (p) =>
    `执行数 ${roundedNumber(p.spent)} 是预算数 ${roundedNumber(p.budget)} 万元的 ${roundedNumber(p.times, 0)} 倍，可能按元填写（执行数应以万元填写），执行进度未判断`,
  "execution.over-budget": (p) =>
    `执行数 ${roundedNumber(p.spent)} 万元超过预算数 ${roundedNumber(p.budget)} 万元（执行率 ${roundedNumber(p.rate)}%），超预算支出需说明`,
  "execution.why": (p) => {
    const lag = roundedNumber(Math.abs(p.lag));
    return `执行率 ${roundedNumber(p.rate)}%，${p.from === "time" ? "序时应达" : "计划应达"} ${roundedNumber(p.planned)}%，${p.lag > 0 ? `滞后 ${lag}` : `超前 ${lag}`} 个百分点（序时进度 ${roundedNumber(p.time)}%）`;
  },
  "selfeval.score.band": (p) =>
    `“${p.name}”得分 ${show(p.submitted)}，按规则应在 ${show(p.low)}–${show(p.high)} 之间（${gradeLabel(p.grade)}：分值的 ${p.lowShare}%–${p.highShare}%）`,
  "selfeval.score": (p) => `“${p.name}”得分 ${show(p.submitted)}，按规则应为 ${show(p.expected)}`,
  "selfeval.score.group": (p) =>
    `“${p.name}”等 ${p.count} 项指标合并填写的得分 ${show(p.submitted)}，按规则应${
      p.low === p.high ? `为 ${show(p.low)}` : `在 ${show(p.low)}–${show(p.high)} 之间`
    }`,
  "selfeval.reason": (p) =>
    `“${p.name}”未完成目标（得分 ${show(p.score)} / ${show(p.weight)}），应填写偏差原因及改进措施`,
  "selfeval.budget-score": (p) =>
    `预算执行得分 ${show(p.submitted)}，按规则应为 ${show(p.expected)}（执行数 ${show(p.spent)} ÷ 预算数 ${show(p.budget)} × 分值 ${show(p.weight)}）`,
  "selfeval.rate": (p) =>
    `执行率 ${show(p.submitted)}%，按规则应为 ${show(p.expected)}%（执行数 ${show(p.spent)} ÷ 预算数 ${show(p.budget)}）`,
  "selfeval.execution-reason": (p) => `预算执行率 ${show(p.rate)}%，低于 ${p.threshold}%，应说明原因`,
  "selfeval.execution-weight": (p) =>
    `预算执行分值 ${show(p.submitted)} 不合理（一般为 ${p.usual} 分），按 ${p.usual} 分计算`,
  "selfeval.execution-row-score": (p) =>
    `“${p.name}”得分 ${show(p.submitted)}，按规则应为 ${show(p.expected)}（执行率 ${show(p.rate)}% × 分值 ${show(p.weight)}）`,
  "selfeval.execution-row-rate": (p) =>
    `“${p.name}”${show(p.submitted)}%，按规则应为 ${show(p.expected)}%（执行数 ${show(p.spent)} ÷ 预算数 ${show(p.budget)}）`,
  "selfeval.total": (p) => `总分 ${show(p.submitted)}，按规则应为 ${show(p.expected)}`,
  "selfeval.weights": (p) =>
    `分值合计 ${show(p.sum)}${p.execution === null ? "" : `（预算执行 ${show(p.execution)} + 绩效指标 ${show(p.indicators)}）`}，应为 ${p.full}：按表内分值计分${p.sum > p.full ? `，总分以 ${p.full} 为限` : ""}`,
  "file.not-regular": () => "不是普通文件（设备、管道或套接字），已跳过",
  "file.too-big": (p) => `文件有 ${p.size} MB，超过 ${p.limit} MB 的上限`,
  "file.empty": () => "文件是空的（0 字节）",
  "file.too-short": (p) =>
    `文件只有 ${p.size} 字节，不可能是工作簿：多半没有保存、复制或下载完整，请找到完整的文件再检查`,
  "file.unreadable-in-browser": () =>
    "浏览器读不到它：它是文件夹，或在选择之后被移动、改名或删除了；请重新选择或拖入工作簿文件",
  "file.encrypted": () => "文件设有打开密码（已加密）：请在 Excel 或 WPS 中取消密码后再检查",
  "file.html-or-xml-table": () =>
    "这是网页（HTML）或 XML 2003 格式的表格（财务系统导出的 .xls 常是这样）：请在 Excel 或 WPS 中打开后另存为 .xlsx 再检查",
  "file.legacy-binary": () => "这是旧版二进制格式（.xls 或 WPS 的 .et）：请在 Excel 或 WPS 中另存为 .xlsx 后再检查",
  "file.other-format": (p) => `${p.ext} 格式不是 ${p.accepted}：请在 Excel 或 WPS 中另存为 .xlsx 后再检查`,
  "file.partial-download": (p) => `还没有下载完（${p.ext} 是浏览器下载中的文件）：请等「${p.name}」下载完成后再检查`,
  "file.text-table": () =>
    "不是 Excel 工作簿，而是文本（CSV 或制表符分隔的文本，多半是导出的表格改了扩展名）：请在 Excel 或 WPS 中打开后另存为 .xlsx 再检查",
  "file.not-xlsx": (p) => `不是 Excel 工作簿（${p.accepted}）`,
  "file.no-content": () => "工作簿中没有任何内容",
  "file.no-goal-tables": () => "没有找到绩效目标表（需要一个含“三级指标”或“指标名称”和“指标值”的表头行）",
  "file.locked-structure": () =>
    "工作簿结构受保护，无法添加“监控汇总”和本工具的记录工作表，未写出检查后的副本：请先在“审阅 → 保护工作簿”中撤销保护后再检查",
  "file.shared-workbook": () =>
    "这是共享工作簿（Excel 的旧版“共享工作簿”或“修订”已开启）：共享后不能再添加条件格式、数据验证和图表，而检查要添加这些标记，未写出检查后的副本：请先在“审阅 → 共享工作簿”中取消共享后再检查",
  "file.too-many-formats": (p) =>
    `工作簿已有 ${p.formats} 种单元格格式，再加本工具的 ${p.added} 种将超过 Excel 的上限 ${p.limit} 种（Excel 打开时会报告内容有问题并修复，单元格格式可能丢失），未写出检查后的副本：请先减少不同的单元格格式（如删去多余的自定义单元格样式）后再检查`,
  "file.as-of-today": (p) =>
    `未指定监控时点，按今天 ${p.asOf} 判断；表的预算年度是 ${p.budgetYear} 年，按当年年底判断请加 --as-of ${p.budgetYear}-12-31`,
  "file.missing": () => "文件不存在",
  "file.missing-wildcard": (p) =>
    `文件不存在：名字中的 * 或 ? 没有展开成文件名（Windows 的命令行不展开它们）；要检查${p.folder === "." ? "当前文件夹（.）" : `「${p.folder}」`}中的全部工作簿，请直接给出这个文件夹`,
  "file.link-broken": (p) => `这是一个链接（快捷方式），它指向的文件「${p.target}」不存在`,
  "file.same-as": (p) => `与「${p.first}」是同一个文件，只检查一次`,
  "file.lock-file": (p) => `这是 ${p.app} 打开「${p.workbook}」时留下的锁文件，不是工作簿，已跳过`,
  "file.open-elsewhere": (p) =>
    `旁边有它的锁文件「${p.lock}」，它可能正在 ${p.app} 中打开：检查的是上次保存的内容，未保存的改动请先保存再检查`,
  "file.inaccessible": (p) => `无法访问（${problemZh(p.reason)}）`,
  "file.folder-unreadable": (p) => `无法读取文件夹（${problemZh(p.reason)}），其中的文件未检查`,
  "file.check-failed": (p) => `检查时出错：${p.detail}`,
  "file.write-failed": (p) => `无法写出检查后的副本：${p.detail}`,
  "file.out-folder": (p) => `无法写出检查后的副本：${outFolderZh(p.folder, p.problem)}`,
  "file.out-in-use": (p) =>
    `无法写出检查后的副本：无法替换上次的副本「${p.name}」，它可能正在 Excel 或 WPS 中打开（关闭后再检查），或者没有写权限`,
  "file.out-name-too-long": (p) =>
    `无法写出检查后的副本：名字「${p.name}」或它的路径太长（一个名字通常最多 255 字节），请把原文件改短一些的名字再检查`,
  "file.interrupted": (p) =>
    p.removedUnfinished ? "已中断：未写完的副本已删除，已写出的副本完整保留" : "已中断：已写出的副本完整保留",
  "file.zip-no-directory": () => "文件已损坏，无法解压（找不到 zip 目录）",
  "file.zip64-invalid": () => "文件已损坏，无法解压（Zip64 目录无效）",
  "file.zip-entry-invalid": () => "文件已损坏，无法解压（目录项无效）",
  "file.part-misplaced": (p) => `文件已损坏，无法解压（部件 ${p.part} 的位置无效）`,
  "file.part-incomplete": (p) => `文件已损坏，无法解压（部件 ${p.part} 不完整）`,
  "file.part-twice": (p) => `文件已损坏，无法解压（部件 ${p.part} 出现了两次）`,
  "file.part-compression": (p) => `文件已损坏，无法解压（部件 ${p.part} 使用不支持的压缩方式 ${p.method}）`,
  "file.part-inflate-failed": (p) => `文件已损坏，无法解压（部件 ${p.part}：${p.detail}）`,
  "file.part-checksum": (p) => `文件已损坏：部件 ${p.part} 与其校验和不符（保存后在磁盘上或复制时被改坏）`,
  "file.part-encrypted": (p) => `部件 ${p.part} 已加密，无法读取`,
  "file.part-too-large": (p) =>
    `部件 ${p.part} 解压后 ${p.size} MB，超过单个部件上限 ${p.limit} MB；请删除不需要的内容后再检查`,
  "file.total-too-large": (p) =>
    `解压后超过 ${p.limit} MB（整个文件的上限），疑似压缩炸弹；请删除不需要的内容（如大图片）后再检查`,
  "file.ratio-too-high": (p) => `部件 ${p.part} 的压缩比超过 ${p.ratio} 倍（上限），疑似压缩炸弹`,
  "file.xml-broken": (p) => `文件已损坏：XML 无法解析（${xmlProblemZh(p)}）`,
  "file.strict-xml": () =>
    "这是 Strict Open XML 格式的工作簿，暂不支持：请在 Excel 中另存为“Excel 工作簿(*.xlsx)”后再检查",
  "file.word-or-powerpoint": () => "这是 Word / PowerPoint 文件，不是 Excel 工作簿",
  "file.no-workbook-part": () => "不是 Excel 工作簿：压缩包中没有工作簿部件（xl/workbook.xml）",
  "file.part-damaged": (p) => {
    const part = `${p.sheet === undefined ? "" : `工作表「${p.sheet}」的`}部件 ${p.part}`;
    return p.missing
      ? `文件已损坏：缺少${part}`
      : `文件已损坏：${part} 无法解析（${p.why ? xmlProblemZh(p.why) : `找不到 <${p.root}> 元素，内容不完整或不是 XML`}）`;
  },
  "file.sheet-entry-damaged": (p) =>
    "sameName" in p
      ? p.sameName === p.sheet
        ? `文件已损坏：有两张工作表都名为「${p.sheet}」（工作表名称不能重复）`
        : `文件已损坏：工作表「${p.sameName}」和「${p.sheet}」同名（工作表名称不分大小写，不能重复）`
      : "samePart" in p
        ? `文件已损坏：工作表「${p.samePart}」和「${p.sheet}」指向同一个部件 ${p.part}`
        : `文件已损坏：工作表「${p.sheet}」没有对应的部件（${p.rel ? `关系 ${p.rel} 不存在` : "没有写明关系"}）`,
  "file.cell-damaged": (p) =>
    `文件已损坏：工作表「${p.sheet}」的单元格 ${p.cell} ${"string" in p ? `引用的共享字符串（编号 ${p.string}）不存在，工作簿只有 ${p.count} 个共享字符串` : `引用的单元格格式（编号 ${p.style}）不存在，工作簿只有 ${p.count} 种单元格格式`}（Excel 打开时也会报告内容有问题并删去它）：请在 Excel 或 WPS 中打开、修复并另存后再检查`,
  "file.part-utf16": (p) =>
    `部件 ${p.part} 是 UTF-16 编码，本工具只能读取 UTF-8：请在 Excel 或 WPS 中打开并另存为 .xlsx 后再检查`,
  "file.too-many-cells": (p) =>
    `工作簿中有内容的单元格超过 ${p.limit.toLocaleString("en")} 个（上限），无法检查；请删除不需要的内容或把工作簿拆开后再检查`,
  "file.sheet-too-large": (p) =>
    `工作表「${p.sheet}」有 ${p.cells.toLocaleString("en")} 个有内容的单元格，超过单张工作表 ${p.limit.toLocaleString("en")} 个有内容单元格的上限；请删除不需要的内容后再检查`,
};

/** What the add-in was doing, as the ribbon's buttons say it. */
const ACTION_ZH: Record<HostAction, string> = { check: "检查", clear: "清除标记", "save-settings": "保存设置" };

const sheetsZh = (sheets: readonly string[]) => `「${sheets.join("」「")}」`;

/** A run a protection stopped midway: unfinished, and finished by running it again once unprotected. */
const unfinishedZh = (action: HostAction) => `${ACTION_ZH[action]}未完成，取消保护后再${ACTION_ZH[action]}即可`;

function xmlProblemZh(p: MessageParams["file.xml-broken"]): string {
  return p.element
    ? `<${p.element}> 没有正确结束`
    : p.unexpected
      ? `多余的结束标签 </${p.unexpected}>`
      : p.offGrid !== undefined
        ? `引用 ${p.offGrid} 超出了工作表：最多 1,048,576 行、A–XFD 列`
        : (p.detail ?? "");
}

function outFolderZh(folder: string, p: OutFolderProblem): string {
  if ("fileInTheWay" in p)
    return p.fileInTheWay === folder
      ? `输出位置「${folder}」是一个文件，不是文件夹（--out 要指定文件夹）`
      : `无法创建输出文件夹「${folder}」：「${p.fileInTheWay}」是一个文件，不是文件夹`;
  if ("diskFull" in p) return `文件夹「${folder}」所在的磁盘空间不足（已满或超出配额），请腾出空间后再检查`;
  if ("gone" in p)
    return `文件夹「${folder}」已不在，或其中不能新建文件（检查期间被删除、移走，或共享文件夹断开了），请确认后再检查`;
  if ("readOnly" in p)
    return `文件夹「${folder}」所在的磁盘是只读的（如写保护的 U 盘、光盘、只读的共享文件夹），请用 --out 指定可以写入的文件夹`;
  return "permission" in p ? `没有权限写入文件夹「${folder}」` : `无法创建或写入输出文件夹「${folder}」（${p.code}）`;
}

/** The system's codes a clerk meets on a path typed wrong, in words (with the code, for whoever helps them). */
const CODE_ZH: Record<string, string> = {
  ENOTDIR: "路径中有一段是文件，不是文件夹",
  ENAMETOOLONG: "名字或路径太长",
  ELOOP: "链接互相指向，绕成了圈",
  EISDIR: "这是文件夹",
};

function problemZh(p: FileProblem): string {
  if ("permission" in p) return "没有权限";
  const words = CODE_ZH[p.code];
  return words ? `${words}，${p.code}` : p.code;
}

/** A target's reasons in Chinese, as the parser joins them. */
function reasonsZh(reasons: Message[]): string {
  return reasons.map((m) => (zh[m.code] as (params: Message["params"]) => string)(m.params)).join("；");
}
