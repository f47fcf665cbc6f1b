/**
 * The English catalogue: the same codes and parameters as zh/messages.ts, in English (see messages.ts).
 * The user's own text (names, cells as written) is quoted unchanged: it is their data, not ours to translate.
 */
import { percentText as percent, scoreText as show, wanNumber as wan } from "./shown";
import { gradeLabel } from "../evaluate/labels";
import { COMPARATOR_SYMBOL, flipComparator } from "../notation/format";
import { exactNumber, roundTo, roundedNumber } from "../numbers";
import { ratioText } from "../evaluate/units";
import { ratioTerm } from "../notation/text";
import { countEn, isOneEn } from "./plural";
import { IN_POINTS } from "./zh/grades";
import { visitsAndPeople } from "./zh/units";
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
} from "./messages";

/** The standard review opinions, in English. */
const OPINION = {
  incomplete: "Indicators incomplete",
  notMeasurable: "Not specific or measurable",
  mismatch: "Indicator and target do not match",
  levelType: "Wrong indicator category",
  wrongValue: "Unreasonable target",
  placeholder: "Target not filled in",
  unknown: "Target not understood",
  funds: "Amounts do not add up",
  schedule: "Unreasonable spending plan",
  duplicate: "Duplicate indicator",
} as const;

const LEVEL1: Record<Level1Kind, string> = { output: "output", effect: "benefit", satisfaction: "satisfaction" };
const OUTPUT_SUBTYPE: Record<OutputSubtype, string> = {
  quantity: "quantity",
  quality: "quality",
  timeliness: "timeliness",
  cost: "cost",
};

/** "a", "a and b", "a, b and c". */
function listEn(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const q = (text: string) => `“${text}”`;
/** A day of the year in English words: 2024-03-31 → 31 March. */
export function dayEn(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTH_NAMES[Number(iso.slice(5, 7)) - 1]}`;
}

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * Canonical units (locale/zh/units.ts) in English. A unit not listed is the user's own word: it stays as
 * written, quoted.
 */
const UNITS: Readonly<Record<string, string>> = {
  百分点: "percentage points",
  人次: "person-times",
  岁: "years of age",
  万人次: "10k person-times",
  万人: "10k people",
  人: "people",
  次: "times",
  个: "items",
  件: "items",
  项: "items",
  台套: "sets",
  台: "units",
  套: "sets",
  辆: "vehicles",
  份: "copies",
  场: "sessions",
  场次: "sessions",
  户: "households",
  家: "organisations",
  篇: "articles",
  册: "volumes",
  本: "copies",
  张: "sheets",
  条: "items",
  处: "sites",
  所: "institutions",
  座: "structures",
  间: "rooms",
  批: "batches",
  期: "rounds",
  班: "classes",
  课时: "class hours",
  学时: "study hours",
  门: "courses",
  节: "lessons",
  部: "pieces",
  支: "teams",
  组: "groups",
  队: "teams",
  笔: "transactions",
  宗: "cases",
  起: "cases",
  例: "cases",
  床: "beds",
  株: "plants",
  棵: "trees",
  头: "head",
  只: "animals",
  个点: "sites",
  点: "sites",
  万元: "10k CNY",
  亿元: "100M CNY",
  千元: "1k CNY",
  元: "CNY",
  万: "× 10k",
  亿: "× 100M",
  工作日: "working days",
  日: "days",
  周: "weeks",
  个月: "months",
  月: "months",
  年: "years",
  小时: "hours",
  分钟: "minutes",
  秒: "seconds",
  分: "points",
  公里: "km",
  米: "m",
  厘米: "cm",
  毫米: "mm",
  平方米: "m²",
  立方米: "m³",
  亩: "mu",
  公顷: "ha",
  吨: "t",
  千克: "kg",
  千瓦时: "kWh",
};

/** Scale prefixes of units not listed whole (万平方米 → 10k m²). */
const UNIT_PREFIX: Readonly<Record<string, string>> = { 万: "10k", 亿: "100M", 千: "1k" };

/** The units whose singular is not their English less its "s" ("1 person", "1 day"). */
const UNIT_ONE: Readonly<Record<string, string>> = {
  people: "person",
  copies: "copy",
  batches: "batch",
  classes: "class",
  "years of age": "year of age",
};

/**
 * A canonical unit in English: "people", "times/month", "10k m²"; after the number 1 (`one`), "person", "time/month"
 * ("10k people", "km" as they are). An unknown one quoted as written.
 */
export function unitEn(unit: string, one = false): string {
  if (/^[\x20-\x7e%‰‱]*$/.test(unit)) return unit;
  const known = UNITS[unit];
  if (known !== undefined) return !one || /^[\d×]/.test(known) ? known : (UNIT_ONE[known] ?? known.replace(/s$/, ""));
  if (unit.includes("/"))
    return unit
      .split("/")
      .map((u, i) => unitEn(u, i === 0 ? one : true)) // per month, per person: the denominator is one
      .join("/");
  const prefix = UNIT_PREFIX[unit[0]];
  const rest = unit.slice(1);
  if (prefix !== undefined && UNITS[rest] !== undefined) return `${prefix} ${UNITS[rest]}`;
  return q(unit);
}

/** The scale a unit's English starts with (10k CNY, 100M CNY, 10k people, × 10k) and the rest of it. */
const SCALED_UNIT = /^(?:× )?(10k|100M|1k)(?: (.+))?$/;
const SCALE: Readonly<Record<string, number>> = { "1k": 1e3, "10k": 1e4, "100M": 1e8 };

/**
 * A unit with a scale (万元, 亿元, 万人) multiplied into its number: “220 10k CNY” or “5 100M CNY” read as one number,
 * “2.2 million CNY” and “500 million CNY” do not. Null for a unit without a scale.
 */
function scaledEn(value: number, unit: string, exact: boolean): { n: string; rest: string } | null {
  const match = SCALED_UNIT.exec(unitEn(unit));
  if (match === null) return null;
  const whole = Number((value * SCALE[match[1]]).toPrecision(12)); // 63.14 × 10^4 is 631400.0000000001
  const [size, word] =
    Math.abs(whole) >= 1e9 ? [1e9, " billion"] : Math.abs(whole) >= 1e6 ? [1e6, " million"] : [1, ""];
  const n = exact ? exactNumber(whole / size) : roundedNumber(whole / size);
  return {
    n: size === 1 ? Number(n).toLocaleString("en-US", { maximumFractionDigits: 12 }) : `${n}${word}`,
    rest: match[2] ?? "",
  };
}

/** A number with its unit: "85%", "12 people", "2.2 million CNY"; `digits` as the Chinese text rounds it. */
function quantityEn(value: number, unit: string | null, exact = false): string {
  const n = exact ? exactNumber(value) : roundedNumber(value);
  if (!unit) return n;
  const term = ratioTerm(unit); // 1:15, as written
  if (term !== null) return exact ? `${n}${unit}` : ratioText(value, term);
  const scaled = scaledEn(value, unit, exact);
  if (scaled !== null) return scaled.rest ? `${scaled.n} ${scaled.rest}` : scaled.n;
  return unit === "%" || unit === "‰" ? `${n}${unit}` : `${n} ${unitEn(unit, isOneEn(n))}`;
}

/**
 * An amount in 万元 as English says amounts everywhere: "2.2 million CNY", "631,400 CNY" (never "220 (10k CNY)"), to
 * the 100 CNY the Chinese text keeps (155.2 万元 is "1.552 million CNY", not "1.55 million").
 */
export const moneyEn = (wan: number): string => quantityEn(roundTo(wan, 2), "万元", true);

/** The target described in English; the user's own words (qualitative text, a target not understood) quoted. */
function targetEn(shape: TargetShape): string {
  // A target in points is judged in % (judgedTarget); its words still say points (提高 3 百分点: review65).
  const t = shape.unit === "%" && IN_POINTS.test(shape.normalized) ? { ...shape, unit: "百分点" } : shape;
  const op = (c: TargetShape["op"]) => COMPARATOR_SYMBOL[c ?? ">="];
  switch (t.kind) {
    case "number": {
      const showOp = t.op !== null && (t.opExplicit || t.op !== ">=" || t.unit === "年");
      const amount = quantityEn(t.value ?? 0, t.unit, true);
      return showOp ? `${op(t.op)} ${amount}` : amount;
    }
    case "duration":
      return `${op(t.op ?? "<=")} ${quantityEn(t.value ?? 0, t.unit, true)}`;
    case "range": {
      const lowUnit = t.unit === "%" || t.unit === "‰" ? t.unit : "";
      const low = t.unit === null ? null : scaledEn(t.value ?? 0, t.unit, true);
      return `${low?.n ?? exactNumber(t.value ?? 0)}${lowUnit}–${quantityEn(t.high ?? 0, t.unit, true)}`;
    }
    case "change": {
      const v = t.value ?? 0;
      if (v === 0) return `change vs last year ${op(t.op)} ${quantityEn(0, t.unit, true)}`;
      const magnitudeOp = v > 0 ? (t.op ?? ">=") : flipComparator(t.op ?? ">=");
      const sign = magnitudeOp === ">=" ? "" : `${COMPARATOR_SYMBOL[magnitudeOp]} `;
      return `${v > 0 ? "up" : "down"} ${sign}${quantityEn(Math.abs(v), t.unit, true)} vs last year`;
    }
    case "date":
      return `by ${t.date}`;
    case "period":
      return `${t.start} to ${t.date}`;
    case "qualitative":
      // The Chinese description is "定性：" + the user's words (notation/format.ts): those words, quoted.
      return `Qualitative: ${q(t.normalized.replace(/^定性：/, ""))}`;
    case "missing":
      return "";
    default:
      return t.raw ? q(t.raw) : "";
  }
}

/** A part of a target of several quantities: its words (the user's, quoted) and the part. */
const partEn = (p: TargetPartShape) => (p.label ? `${q(p.label)} ${targetEn(p.target)}` : targetEn(p.target));
const partsEn = (parts: TargetPartShape[]) => listEn(parts.map(partEn));

export const en: Catalogue = {
  "review.missing-level1": (p) =>
    `${OPINION.incomplete}: no ${listEn(p.missing.map((k) => LEVEL1[k]))} indicators (each first-level category is needed)`,
  "review.missing-output-subtype": (p) =>
    `${OPINION.incomplete}: output indicators lack ${listEn(p.missing.map((k) => OUTPUT_SUBTYPE[k]))}`,
  "review.level-type-error.not-a-category": (p) =>
    `${OPINION.levelType}: first-level indicator ${q(p.level1)} is not output, benefit or satisfaction`,
  "review.level-type-error.wrong-parent": (p) =>
    `${OPINION.levelType}: second-level indicator ${q(p.level2)} belongs to ${LEVEL1[p.belongs]} indicators, not under ${q(p.level1)}`,
  "review.duplicate-indicator": (p) => `${OPINION.duplicate}: ${q(`${p.level2} / ${p.name}`)} repeats row ${p.row}`,
  "review.placeholder": (p) =>
    `${OPINION.placeholder}: the target of ${q(p.name)} is still the placeholder ${q(p.shown)}`,
  "review.placeholder.empty": (p) => `${OPINION.placeholder}: ${q(p.name)} has no target value`,
  // The reason is left out until the parser's reasons have codes of their own (they are Chinese).
  "review.placeholder.in-name": (p) =>
    `${OPINION.placeholder}: ${q(p.name)} has no target; the end of its name, ${q(p.found)}, looks like one: write it in the target column (the name is not judged)`,
  "review.unknown-target": (p) =>
    `${OPINION.unknown}: the target ${q(p.target)} of ${q(p.name)}${p.reasons?.length ? ` (${reasonsEn(p.reasons)})` : ""}`,
  "review.not-measurable.repeats-name": (p) =>
    // The target the very name (most often): said once.
    p.target === p.name
      ? `${OPINION.notMeasurable}: the target of ${q(p.name)} only repeats the indicator's name`
      : `${OPINION.notMeasurable}: the target ${q(p.target)} of ${q(p.name)} only repeats the indicator's name`,
  "review.not-measurable.needs-number": (p) =>
    `${OPINION.notMeasurable}: ${q(p.name)} (${q(p.level2)}) needs a quantified target, not ${q(p.target)}`,
  "review.indicator-value-mismatch.unit": (p) =>
    `${OPINION.mismatch}: ${q(p.name)} is measured in ${q(p.unit)}, but its target is ${q(p.target)}`,
  "review.indicator-value-mismatch.rate-as-count": (p) =>
    `${OPINION.mismatch}: ${q(p.name)} is a rate, but its target ${q(p.target)} is a count`,
  "review.indicator-value-mismatch.count-as-percent": (p) =>
    `${OPINION.mismatch}: ${q(p.name)} is a count, but its target ${q(p.target)} is a percentage`,
  "review.hint-conflict.sign": (p) =>
    `${OPINION.mismatch}: the form's hint ${q(p.hint)} of ${q(p.name)} points the other way from its target ${q(p.target)}; judged by the target, ${q(p.read)}`,
  "review.hint-conflict.unit": (p) =>
    `${OPINION.mismatch}: the form's hint ${q(p.hint)} of ${q(p.name)} is in ${q(p.unit)}, its target ${q(p.target)} in another unit; judged by the target, ${q(p.read)}`,
  "review.cost-with-ge": (p) =>
    `${OPINION.wrongValue}: cost indicator ${q(p.name)} uses ${q(COMPARATOR_SYMBOL[p.op])}; a cost target should be an upper limit (≤), or this is not a cost indicator`,
  "review.percent-over-100": (p) =>
    `${OPINION.wrongValue}: the target of ${q(p.name)}, ${percent(p.top)}, is above 100%`,
  "review.points-as-targets": (p) =>
    `${OPINION.wrongValue}: the targets ${p.values.map(exactNumber).join(", ")} are plain numbers adding to ${exactNumber(p.total)}, like each indicator's points rather than its target; write the target (a quantity, rate or deadline) in the target column`,
  "review.deadline-outside-year": (p) =>
    `${OPINION.wrongValue}: the deadline ${p.date} of ${q(p.name)} is outside budget year ${p.year}`,
  "review.deadline-outside-period": (p) =>
    `${OPINION.wrongValue}: the deadline ${p.date} of ${q(p.name)} is outside budget year ${p.year} and outside the years of the project period ${p.start} to ${p.end}`,
  "review.funds-mismatch": (p) =>
    `${OPINION.funds}: total funds ${wan(p.total)} ≠ fiscal funds ${wan(p.fiscal)} + other funds ${wan(p.other)} (sum ${wan(p.sum)}), in 10k CNY`,
  "review.schedule-decreasing": (p) =>
    `${OPINION.schedule}: it should be cumulative, but ${q(p.label)} ${percent(p.percent)} is below ${q(p.beforeLabel)} ${percent(p.beforePercent)}`,
  "review.schedule-not-100": (p) =>
    `${OPINION.schedule}: by ${q(p.label)} it should reach 100% in all, but is ${percent(p.percent)}`,
  "read.not-an-amount": (p) => `${q(p.value)} to the right of ${q(p.label)} is not an amount; not read`,
  "read.funds-total-zero": () => "The year's total funds are 0; read as the sum of the funds listed",
  "read.funds-total-blank-summed": () => "The total funds are left blank; read as the sum of the funds listed",
  "read.funds-no-total-row-summed": () => "The funds table has no total row; read as the sum of the funds listed",
  "read.funds-total-cell-summed": (p) =>
    p.shown === null
      ? "The funds table's total row leaves this cell blank; read as the sum of the funds listed"
      : `The funds table's total row holds ${q(p.shown)} here, no amount; read as the sum of the funds listed`,
  "read.funds-no-total-row": () => "No total row (year's total funds / sum) in the funds table",
  "read.row-without-name": (p) => `Row ${p.row} has content but no indicator name (third-level); not read`,
  "read.placeholder-row": (p) =>
    `Row ${p.row} is a placeholder left by the template (${q(p.name)}), not an indicator; not read`,
  "read.category-only-row": (p) => `Row ${p.row} only names the category ${q(p.name)}, no indicator; not read`,
  "read.shared-indicator-row": (p) =>
    `Row ${p.row} shares the indicator ${q(p.name)} and its target with the row above (merged cells) but has an actual of its own: judged as two indicators`,
  "read.target-split": (p) =>
    `The target is split over ${countEn(p.columns, "column")} (by region or year, say); only the first, ${q(p.first)}, is read`,
  "read.no-indicator-rows": () => "An indicator header was found, but no indicator rows under it",
  "read.project-label-in-level": (p) =>
    `Row ${p.row} has ${q(p.label)} in a level column beside the indicator ${q(p.name)}: taken as the next project's start; the row is not read as an indicator`,
  "read.target-by-region": (p) =>
    `Targets are given by region (${p.regions.map(q).join(", ")}): each region is read as a table of its own; the funds are the regions' total, so execution is not judged by region`,
  "read.region-columns-unpaired": (p) =>
    `The columns of ${q(p.header)} do not match the ${countEn(p.regions, "region")} and cannot be assigned to them; not read`,
  "read.target-by-grade": (p) =>
    `${q(p.header)} gives one standard per grade (${p.grades.map(q).join(", ")}): the ${q(p.read)} standard is read as the target, the other grades are not`,
  "read.target-by-year": (p) =>
    `Targets are given by year (${p.years.join(", ")})${
      p.from === "table"
        ? ": the column of the budget year"
        : p.from === "setting"
          ? " and the table states no budget year: the column of the budget year set for the check"
          : p.from === "code"
            ? " and the table states no budget year: the column of the year its project code gives"
            : " and the table states no budget year: the column of the budget year of the workbook's other tables"
    }, ${p.year}, is read`,
  "read.target-year-unmatched": (p) =>
    `Targets are given by year (${p.years.join(", ")}) and ${
      p.budgetYear === null ? "the table states no budget year" : `none is for the budget year ${p.budgetYear}`
    }: the ${p.read} column is read; please check`,
  "read.long-term-skipped": () => "Long-term indicators are not read as this year's indicators",
  "read.empty-block-other-read": () =>
    "The other indicator block beside this one is not filled in: every indicator is read from this column's block",
  "read.mid-year-target-unread": (p) =>
    `${q(p.column)} (the half-year targets) is not read: every indicator is judged by ${q(p.chosen)}`,
  "read.very-hidden-sheet": (p) => `Sheet “${p.sheet}” is very hidden and was not checked`,
  "read.unknown-header": (p) => `Column header ${q(p.header)} not recognised; the column is not read`,
  "read.schedule-no-year": () => "The budget year is unknown, so the spending plan was not read",
  "read.checkpoint-unknown": (p) => `Spending plan checkpoint ${q(p.label)} not understood; not read`,
  "read.checkpoint-not-a-number": (p) =>
    `The spending plan's share for ${q(p.label)}, ${q(p.shown)}, is not a number; not read`,
  "read.checkpoint-empty": (p) => `The spending plan gives no share for ${q(p.label)}`,
  "read.schedule-over-budget": (p) =>
    `The spending plan gives ${p.shown} for ${q(p.label)}, ${roundedNumber(p.percent)}% of the budget: above 100%, which is impossible; check the money units of plan and budget (e.g. plan in yuan, budget in 10k CNY). Spending progress is not judged on this plan`,
  "read.schedule-amounts": (p) =>
    `The spending plan is written as amounts (the last is the budget of ${moneyEn(p.budget)}, or a money unit is written): read as cumulative shares of the budget`,
  "read.schedule-per-period": (p) =>
    p.budget === null
      ? "The spending plan gives each period its own share (together 100 %, the last period less): read as running totals to the end of each period"
      : `The spending plan gives each period its own amount (together the budget of ${moneyEn(p.budget)}): read as running totals, as cumulative shares of the budget`,
  "read.no-project-name": () => "No project name found",
  "read.no-budget-year": () => "The budget year could not be determined: judged in the year of the monitoring date",
  "read.period-unread": (p) =>
    `${q(p.label)} ${q(p.text)} gives no start and end dates and was not read: time limits are judged by the budget year alone (write it as, e.g., 2024.06-2025.01)`,
  "read.period-unread-glued": (p) =>
    `${q(p.label)} ${q(p.text)} runs year, month and day together and ${q(p.end)} can be read more than one way (no year and month: a day, or a slip); not guessed, not read: time limits are judged by the budget year alone (write it as, e.g., 2024.06-2025.01)`,
  "read.year-from-names": (p) => `No budget year is written: judged in ${p.year}, the year the indicators name`,
  "read.year-from-period": (p) =>
    `The table says ${p.stated}, but its project period ${q(p.period)} lies wholly in ${p.year}: judged in ${p.year} (if the year is ${p.stated}, correct the period)`,
  "read.no-budget": () =>
    "No budget for the year found (total funds, budget, funds allocated …): budget execution cannot be judged",
  "read.spent-negative": (p) =>
    `The amount spent ${moneyEn(p.spent)} is negative: enter the year's cumulative spending (take refunds and corrections off the total); budget execution not judged`,
  "read.spent-implausible": (p) =>
    `The amount spent ${roundedNumber(p.spent)} is ${roundedNumber(p.times, 0)} times the budget of ${roundedNumber(p.budget)} (10k CNY): probably typed in yuan (it should be in 10k CNY); budget execution not judged`,
  "read.spent-over-budget": (p) =>
    `The amount spent ${moneyEn(p.spent)} exceeds the budget of ${moneyEn(p.budget)} (execution rate ${roundedNumber(p.rate)}%): check for overspending or a typing error`,
  "read.rate-mismatch": (p) =>
    `The execution rate written, ${roundedNumber(p.submitted)}%, disagrees with spent ${roundedNumber(p.spent)} ÷ budget ${roundedNumber(p.budget)} = ${roundedNumber(p.expected)}%: check the rate or the amounts; progress is judged by the amounts`,
  "read.yuan-sign-table-unit": (p) =>
    `The amount is formatted with ¥, which names the currency, not the unit: read in the table's unit (${UNITS[p.unit] ?? p.unit})`,
  "read.title-without-table": (p) =>
    `${q(p.title)} on row ${p.row} has no indicator header under it (level-1 indicator, indicator, target …): that table was not read${p.selfEvaluation ? " or scored" : ""}`,
  "read.yuan-sign-yuan": () =>
    "The table states no money unit and the amount is formatted with ¥: read in yuan (if it is in 10k CNY, state that unit above the table)",
  "read.schedule-beside-second": (p) =>
    `Execution is judged by the spending plan above the indicators; ${q(p.label)} right of them is not read`,
  "read.schedule-below-unread": () =>
    "Spending plan not read: no checkpoints (such as end of March, end of June) with cumulative shares right of it or on the next row; execution is compared with time elapsed",
  "read.amount-uncached": (p) =>
    `The ${{ budget: "budget", fiscal: "fiscal funds", other: "other funds", spent: "amount spent" }[p.what]} is a formula the file holds no result for: open and save the file in Excel or WPS first`,
  "read.amount-error": (p) =>
    `The ${{ budget: "budget", fiscal: "fiscal funds", other: "other funds", spent: "amount spent" }[p.what]} shows the error ${p.error}: check the cell's formula; ${p.what === "spent" ? "budget execution" : "the amount"} not judged`,
  "read.budget-bare-decided": (p) =>
    `The budget ${roundedNumber(p.amount)} states no money unit: read in yuan by ${p.indicator !== null ? `the indicator ${q(p.indicator)}` : `the unit of ${p.cell}`} (${roundedNumber(p.wan)} × 10k CNY)`,
  "read.budget-bare-unread": (p) =>
    `The budget ${roundedNumber(p.amount)} states no money unit: in 10k CNY it would be ${roundedNumber(p.yi)} × 100M CNY, likely yuan; the budget is not read and execution not judged. State the unit (${q("单位：元")} or ${q("单位：万元")}) above the table`,
  "read.spent-unreadable": (p) =>
    `The amount spent ${q(p.value)} is not an amount: type a number (10k CNY); budget execution not judged`,
  "read.spent-date": (p) =>
    `The amount spent holds the date ${p.date}, not an amount: type the amount spent (10k CNY); budget execution not judged`,
  "read.spent-percent": (p) =>
    `The amount spent ${q(p.value)} is a rate, not an amount: type the amount spent (10k CNY); budget execution not judged`,
  "plan.note": (p) => p.text,
  "check.actual-misplaced": (p) =>
    `The actual of ${q(p.name)} no longer sits beside it: the actual beside it was typed for ${p.typedFor ? q(p.typedFor) : "another indicator"} (the table may have been sorted without the monitoring columns); not judged from it, and left as it is. Undo the sort, or sort whole rows (with the monitoring columns); or type its actual on its row again`,
  "asof.summary-overridden": (p) =>
    `The monitoring date typed on the summary sheet, ${p.typed}, was not used: judged as of the date ${p.from === "saved" ? "saved in the workbook's settings" : "given"}, ${p.asOf}`,
  "asof.summary-year-assumed": (p) =>
    `The monitoring date ${q(p.shown)} on the summary sheet has no year: read in the budget year ${p.year} as ${p.asOf} (for another year, write it out, such as ${p.asOf})`,
  "asof.before-budget-year": (p) =>
    `The monitoring date ${p.asOf} is before the tables' budget year ${p.year} has begun (${countEn(p.tables, "table")}): planned and time progress are judged as 0%.${p.nextYear ? " For next year's proposed targets nothing is due yet; the review of the targets still applies." : ""} If the year is mistyped, use a date in ${p.year} (such as ${p.suggested})`,
  "asof.summary-unreadable": (p) =>
    `The monitoring date on the summary sheet, ${q(p.shown)}, is not a date (write it as 2024-10-31): judged as of ${p.asOf}`,
  "ribbon.checked": (p) =>
    `Checked ${countEn(p.tables, "performance target table")}: red warnings ${p.red}, yellow warnings ${p.yellow}.`,
  "ribbon.no-tables": () => "No performance target table found.",
  "ribbon.cleared": () => "The marks this add-in wrote were cleared.",
  "ribbon.failed": (p) => `Not done: ${p.detail}`,
  "ribbon.label": (p) => ({ check: "Check targets", pane: "Open pane", clear: "Clear marks" })[p.control],
  "ribbon.supertip": (p) =>
    ({
      check:
        "Read the performance target tables in this workbook, judge the indicators and the spending schedule, and write the monitoring columns, the highlights and the summary sheet.",
      pane: "Open the task pane: see the findings, change the monitoring date, the warning bands and the language.",
      clear: "Remove the monitoring columns, highlights, notes and sheets this add-in wrote; what you typed stays.",
    })[p.control],
  "host.sheets-protected": (p) =>
    `${capital(sheetsEn(p.sheets))} ${p.sheets.length > 1 ? "are" : "is"} protected, so the monitoring columns cannot be written: unprotect ${p.sheets.length > 1 ? "them" : "it"} (Review → Unprotect Sheet) and check again.`,
  "host.structure-locked": (p) => {
    const { show, add, remove } = p.needs;
    const parts = [
      ...(show.length ? [`show the hidden ${sheetsEn(show)} a moment to set the highlights`] : []),
      ...(add.length ? [`add ${sheetsEn(add)}`] : []),
      ...(remove.length ? [`delete ${sheetsEn(remove)}`] : []),
    ];
    return `The workbook's structure is protected (Review → Protect Workbook) and ${ACTION_EN[p.action]} needs to ${listEn(parts)}, which ${p.host} does not allow, so nothing was changed: unprotect the workbook (Review → Unprotect Workbook), then ${ACTION_AGAIN_EN[p.action]}; you can protect it again afterwards.`;
  },
  "host.refused-sheets": (p) =>
    `${capital(sheetsEn(p.sheets))} ${p.sheets.length > 1 ? "are" : "is"} protected and ${p.host} refused to write, so ${ACTION_EN[p.action]} did not finish: unprotect it (Review → Unprotect Sheet), then ${ACTION_AGAIN_EN[p.action]} to finish it.`,
  "host.refused-structure": (p) => {
    const { show, add, remove } = p.needs;
    const parts = [
      ...(show.length ? [`show ${sheetsEn(show)}`] : []),
      ...(add.length ? [`add ${sheetsEn(add)}`] : []),
      ...(remove.length ? [`delete ${sheetsEn(remove)}`] : []),
    ];
    return `The workbook's structure is protected (Review → Protect Workbook) and ${p.host} refused to ${listEn(parts)}, so ${ACTION_EN[p.action]} did not finish: unprotect the workbook (Review → Unprotect Workbook; you can protect it again afterwards), then ${ACTION_AGAIN_EN[p.action]} to finish it.`;
  },
  "host.refused": (p) =>
    `Excel refused to write (access denied), so ${ACTION_EN[p.action]} did not finish, and what is protected could not be read: see whether ${sheetsEn(p.touched)} or the workbook are protected (Review → Unprotect Sheet / Unprotect Workbook), or whether someone is editing at the same time, then ${ACTION_AGAIN_EN[p.action]}.`,
  "host.busy": () => "A check or Clear marks is already running: try again when it is done.",
  "host.edit-mode": () =>
    "Excel is editing a cell: press Enter or Esc to finish editing, then click Check targets again.",
  "host.access-denied": () =>
    "Excel denied the operation (access denied): the workbook or a sheet is protected (Review → Unprotect Sheet / Unprotect Workbook).",
  "host.too-large": () =>
    "The workbook is too large for Excel on the web to pass in one go: check it in Excel on the desktop, or split the tables over several workbooks.",
  "host.error": (p) => `${p.host} reported an error: ${p.detail}`,
  "host.no-workbook": () => "No workbook is open in WPS Spreadsheets: open the workbook to check first.",
  "host.no-application": () =>
    "WPS Spreadsheets' Application object was not found: use this add-in inside WPS Spreadsheets.",
  "host.no-task-pane": () => "This version of WPS does not support task panes (CreateTaskPane).",
  "host.date-system-unknown": () =>
    "The workbook's date system (1900 or 1904) could not be told; dates were read and written in the 1900 system. If the workbook uses the 1904 date system (Excel for Mac), check the dates.",
  "host.notes-unsupported": () =>
    "This version of Excel cannot add notes to cells (it needs ExcelApi 1.18): the explanations were not put on the cells; read them in this pane.",
  "host.rule-refused": (p) =>
    `WPS did not add ${p.rules === 1 ? "one of the add-in's highlight rules" : `${p.rules} of the add-in's highlight rules`} on sheet ${q(p.sheet)} (${p.detail}); the rest was written. Where rules of your own cover the same cells, delete or merge one and check again.`,
  "host.sheet-missing": (p) => `Sheet ${q(p.sheet)} does not exist`,
  "host.sheet-gone": (p) => `Sheet ${q(p.sheet)} is no longer there (renamed or deleted since the check): check again`,
  "host.workbook-closed": (p) =>
    `These results came from workbook ${q(p.workbook)}, which is not open now (closed, or saved under another name): check the current workbook, or open that one again`,
  "usage.unknown-option": (p) =>
    p.file !== undefined
      ? `Unknown option “${p.option}”: put a file name starting with - after --, as in -- ${p.file}`
      : p.near !== undefined
        ? `Unknown option “${p.option}” (did you mean ${p.near}?)`
        : `Unknown option “${p.option}”`,
  "usage.needs-value": (p) => `Option ${p.option} needs a value`,
  "usage.takes-no-value": (p) => `Option ${p.option} takes no value`,
  "usage.other": (p) => p.detail,
  "usage.unknown-command": (p) => `Unknown command “${p.command}” (there is only check)`,
  "usage.out-empty": () => "--out needs a folder, got an empty value (a variable in the script not set?)",
  "usage.input-empty": () => "A file or folder name is empty (a variable in the script not set?)",
  "usage.as-of": (p) => `--as-of: ${reasonsEn([p.reason])}`,
  "asOf.empty": () => "No date written: write it as 2024-06-30 or 2024/6/30",
  "asOf.format": (p) => `“${p.text}” is no date: write it as 2024-06-30 or 2024/6/30`,
  "asOf.year": (p) => `“${p.text}”: the year must be in 1990–2100`,
  "asOf.no-such-month": (p) => `“${p.text}” is no day: there is no month ${p.month}`,
  "asOf.no-such-day": (p) =>
    `“${p.text}” is no day: ${MONTH_NAMES[p.month - 1]} ${p.year} has ${countEn(p.days, "day")}`,
  "usage.lang": (p) => `--lang must be zh or en, got “${p.value}”`,
  "usage.fail-on": (p) => `--fail-on must be red or yellow, got “${p.value}”`,
  "usage.text": () => `Usage:
  perf-targets check [file|folder …] [--as-of YYYY-MM-DD] [--out folder] [--json] [--formulas]
                     [--force] [--lang zh|en] [--fail-on red|yellow]

  With no file it checks the bundled sample workbook (assets/sample.xlsx, as of 2024-07-31).

  --as-of     the monitoring date, written 2024-06-30, 2024/6/30, 2024.6.30 or 20240630; a month alone
              (2024-06) is its last day (default: the one saved in the workbook's settings, else the one typed
              on its summary sheet, else today)
  --out       the folder for the checked copies <name>.checked.xlsx (.xlsm and the templates .xltx / .xltm keep
              their kind; default ./perf-out); the input files are never changed
  --force     replace a copy written before (by default it is kept and the new copy is named
              <name>.checked-2.xlsx; an input file is never replaced)
  --json      print one JSON document on standard output, nothing else (its shape: see the README)
  --formulas  write PERF formulas instead of computed values (of use only in Excel or WPS Spreadsheets
              12.1.0.20540 or later with the add-in installed)
  --lang      the report's language: zh (the default) or en
  --fail-on   exit with code 3 when there is a warning of this level or worse (red or yellow)

Exit codes: 0 every file checked; 1 a file could not be checked (the others were); 2 bad usage; 3 --fail-on met`,
  target: (p) => targetEn(p.target),
  "target.missing": () => "no target value",
  "target.boolean": () => "a TRUE/FALSE value is not a target",
  "target.error-value": (p) => `the cell holds the error ${p.error}, not a target`,
  "target.cell-unknown": () => "the cell's content is not a target",
  "target.number-invalid": () => "not a valid number",
  "target.serial-invalid": (p) => `the date-formatted number ${p.raw} is not a valid date`,
  "target.serial-date": (p) => `read as the Excel date serial ${p.serial}`,
  "target.placeholder": (p) => `${q(p.raw)} is a template placeholder, not a target`,
  "target.unit-only": (p) => `${q(p.raw)} is a unit without a number (a template left unfilled), not a target`,
  "target.comparator-only": () => "a comparison sign without a number",
  "target.not-understood": (p) => `${q(p.raw)} is not a number, range, change, date or known wording`,
  "target.digits-not-understood": (p) => `${q(p.raw)} holds numbers but reads as no number, range, change or date`,
  "target.range-units": (p) => `the two ends of the range have different units (${q(p.low)} and ${q(p.high)})`,
  "target.range-invalid": () => "the range's numbers are not valid",
  "target.range-order": (p) => `the range's low end ${exactNumber(p.low)} is above its high end ${exactNumber(p.high)}`,
  "target.comparator-conflict": (p) =>
    `the comparison words contradict each other (${COMPARATOR_SYMBOL[p.prefix]} and ${COMPARATOR_SYMBOL[p.suffix]})`,
  "target.month-invalid": (p) => `month ${p.month} in ${q(p.text)} does not exist`,
  "target.date-invalid": (p) => `${q(p.text)} is not a valid date`,
  "target.year-missing": (p) => `${q(p.text)} has no year: the budget year is needed to date it`,
  "target.year-implausible": (p) => `the year of ${q(p.text)} is implausible`,
  "target.period-order": (p) => `${q(p.text)} starts after it ends`,
  "target.unit-differs": (p) =>
    `the target's unit ${q(p.unit)} differs from the unit column's ${q(p.column)}; the target's is used`,
  "target.money-shorthand": (p) => `${q(p.unit)} read as ${q(p.meaning)}`,
  "target.ratio-one": (p) => `${p.written} in a rate indicator read as ${p.percent}%`,
  "target.approx": () => "“about” read as equal (=)",
  "target.sign-differs": (p) =>
    `the indicator-type column says ${q(p.sign)}, the target ${COMPARATOR_SYMBOL[p.op]}; the target's sign is used`,
  "target.reach": (p) => `${q(p.word)} read as ≥ (reaching it is meeting it)`,
  "target.timeliness-le": () => "a timeliness target without a sign is read as at most (≤)",
  "target.lower-le": () => "no comparison sign: a cost or lower-is-better indicator is read as ≤",
  "target.cost-whole": () =>
    "100% with no comparison sign under a cost indicator means all of it: read as ≥, not as a cap",
  "target.cost-whole-bare": () =>
    "a bare 100 (no sign, no unit) under a cost indicator named for an activity means all of it (100%): read as ≥, not as an amount's cap",
  "target.zero-le": () => "a target of 0 with no comparison sign is read as ≤ 0 (it should not happen)",
  "target.zero-share": () =>
    "a target of 0 for a share to reach (a completion rate, satisfaction …) is no target — most likely the form's 0 left unfilled: not judged",
  "target.zero-new": () => "a target of 0 for things made or added is no cap: read as ≥ 0 (any number made meets it)",
  "target.clock-or-ratio": (p) =>
    `${q(p.raw)} may be a time of day or a ratio (the name says neither): not judged — name a ratio as a ratio, or put a time of day under timeliness`,
  "target.clock-time": (p) => `${q(p.raw)} is a time of day, not a ratio: it cannot be judged as a number`,
  "target.from-name": (p) => `the target cell is empty: read from the indicator's name, ${q(p.text)}`,
  "target.name-sign": (p) => `no comparison sign: read as the ${COMPARATOR_SYMBOL[p.op]} in the indicator's name`,
  "target.qualitative-sign": () => "the indicator-type column says qualitative",
  "target.tolerance": () => "±: the deviation (absolute) stays within the value",
  "target.ignored-label": (p) => `the words ${q(p.label)} were left out`,
  "target.parts": (p) =>
    p.judged === null
      ? `the target holds ${p.parts.length} quantities of one kind (${partsEn(p.parts)}): type the actuals in the same order, separated by commas, to judge each`
      : `the target holds ${p.parts.length} quantities (${partsEn(p.parts)}): a single actual is judged against ${partEn(p.parts[p.judged])}; actuals typed in the same order, separated by commas, are judged each`,
  "target.parse-error": (p) => `reading the target failed: ${p.detail}`,
  "target.reasons": (p) => reasonsEn(p.reasons),
  quantity: (p) => quantityEn(p.value, p.unit),
  "actual.cell-error": (p) => `The actual shows the error ${p.error}: check the cell's formula`,
  "actual.not-a-grade": (p) =>
    `Actual not understood: a qualitative indicator needs achieved / partly achieved / not achieved, not ${q(p.value)}`,
  "actual.not-a-date": (p) => `Actual not understood: a deadline needs a completion date, not ${q(p.value)}`,
  "actual.unit-mismatch": (p) =>
    `Actual not understood: its unit, ${unitEn(p.unit)}, does not match the target's, ${unitEn(p.targetUnit)}${visitsAndPeople(p.unit, p.targetUnit) ? " (visits count each time, one person many times: neither is the other)" : ""}`,
  "actual.may-exceed-cap": (p) =>
    `Actual not judged: ${q(p.value)} gives ${p.near ? "an approximate value" : "only a lower bound"} and may pass the cap ${p.sign} ${quantityEn(p.limit, p.unit)}; write the exact amount`,
  "actual.may-miss-floor": (p) =>
    `Actual not judged: ${q(p.value)} gives ${p.near ? "an approximate value" : "only an upper bound"} and may fall short of ${p.sign} ${quantityEn(p.limit, p.unit)}; write the exact value`,
  "actual.over-whole": (p) =>
    p.points
      ? `Actual not judged: ${q(p.value)} is ${exactNumber(p.percent)} points, and a score such as a satisfaction cannot exceed 100 points; type the score (e.g. 95)`
      : `Actual not judged: ${q(p.value)} read as a percentage is ${exactNumber(p.percent)}%, and a share such as a satisfaction or a pass rate cannot exceed 100%; type the percentage (e.g. 95 or 95%)`,
  "actual.past-fraction": (p) =>
    `Actual not judged: ${q(p.value)} as a fraction is ${exactNumber(Number(p.value) * 100)}%, over the whole, and as a percentage ${p.value}% is far from the target ${targetEn(p.target)}: probably mistyped; type the percentage (e.g. 95 or 95%)`,
  "actual.fraction-or-percent": (p) =>
    `Actual not judged: ${q(p.value)} as a fraction is ${exactNumber(Number(p.value) * 100)}% and as a percentage ${p.value}%, ${p.outside ? `both outside the target ${targetEn(p.target)} but by different amounts, so the score cannot be told` : `which compare with the target ${targetEn(p.target)} differently`}; type the percentage (e.g. ${exactNumber(Number(p.value) * 100)}% or ${p.value}%)`,
  "actual.negative": (p) =>
    p.money
      ? `Actual not judged: ${q(p.value)} is negative, and an amount of money cannot be below 0; type the actual amount (drop the minus sign if it was a slip)`
      : `Actual not judged: ${q(p.value)} is negative, and a count or a share cannot be below 0; type the actual number (0 if none)`,
  "actual.not-reached-under-cap": (p) =>
    `Actual not judged: the target ${targetEn(p.target)} is a limit, and ${q(p.word ?? p.value)} (not reached) ${p.word === undefined ? "" : `in ${q(p.value)} `}may say the target was missed or the limit was not reached (met); ${p.word === undefined ? "type the actual number" : "check it and type only the actual number"}`,
  "actual.day-kinds": (p) =>
    p.workdays
      ? `Actual not judged: ${q(p.value)} is in working days and the target ${targetEn(p.target)} in calendar days; how many calendar days ${exactNumber(p.days)} working days took is not said; type the calendar days`
      : `Actual not judged: ${q(p.value)} is in calendar days and the target ${targetEn(p.target)} in working days; how many working days ${exactNumber(p.days)} calendar days hold is not said; type the working days`,
  "actual.weeks-and-months": (p) =>
    `Actual not judged: a month is no whole number of weeks, so ${q(p.value)} does not convert to the target ${targetEn(p.target)}; type it per the target's period, or the year's count (e.g. 52 times a year)`,
  "actual.not-a-percent": (p) =>
    `Actual not judged: ${q(p.value)} as a percentage is ${exactNumber(p.percent)} %, more than ten times the whole; type the share as a percentage (e.g. 95 or 95%)`,
  "actual.ratio-ambiguous": (p) =>
    `Actual not judged: ${exactNumber(p.value)} is one number and the target a ratio, ${targetEn(p.target)}; write the ratio (e.g. 1:${exactNumber(p.value)})`,
  "actual.implausible": (p) =>
    `Actual not judged: ${exactNumber(p.value)} in ${unitEn(p.unit)} is ${roundedNumber(p.times, 0)} times the target, the unit is probably wrong; type it in ${unitEn(p.unit)} or write its unit`,
  "actual.not-a-number": (p) => `Actual not understood: a number is needed, not ${q(p.value)}`,
  "actual.not-applicable": (p) =>
    `Actual not judged: ${q(p.value)} says the indicator does not apply; not scored — give the reason in the deviation column, or type the actual value if it was done`,
  "actual.several-numbers": (p) =>
    `Actual not judged: ${q(p.value)} holds ${p.numbers.length} numbers (${p.numbers.map(q).join(", ")}); which one is this indicator's is not clear; type only its number`,
  "actual.none-for-number": (p) =>
    p.cap
      ? `Actual not judged: ${q(p.value)} says none happened, not a number, against the limit ${targetEn(p.target)}; if none happened, type 0 (0 is within the limit)`
      : `Actual not judged: ${q(p.value)} says none happened, not an amount done, against the target ${targetEn(p.target)}; if nothing was done, type 0`,
  "actual.not-done": (p) =>
    p.said === "change"
      ? `Actual not judged: ${q(p.value)} is a change (on last year or the like); the target ${targetEn(p.target)} asks for the level reached; type the level reached`
      : p.said === "unclear"
        ? `Actual not judged: ${q(p.value)} may be the amount not done or all that is done, against the target ${targetEn(p.target)}; type the amount done so far`
        : p.said === "measure"
          ? `Actual not judged: ${q(p.value)} is the number of ${q(p.word ?? "")}, not of this indicator, against the target ${targetEn(p.target)}; type this indicator's value`
          : p.said === "added"
            ? `Actual not judged: ${q(p.value)} is how much was added, and the target ${targetEn(p.target)} asks for the total held; type the total`
            : p.said === "under-way"
              ? `Actual not judged: ${q(p.value)} is an amount still under way, not done, against the target ${targetEn(p.target)}; type the amount done`
              : p.said === "earlier"
                ? `Actual not judged: ${q(p.value)} is the amount counted to a time earlier in the year, and ${p.budgetYear ?? ""} is over: not the year's amount, against the target ${targetEn(p.target)}; type the amount done in the whole year`
                : p.said === "year"
                  ? `Actual not judged: ${q(p.value)} is the amount of ${p.year ?? ""}, not of the budget year ${p.budgetYear ?? ""}, against the target ${targetEn(p.target)}; type this year's amount done`
                  : `Actual not judged: ${q(p.value)} is ${p.said === "forecast" ? "a forecast or a plan" : p.said === "shortfall" ? "what is still missing" : p.said === "other" ? "an amount applied for, needed, due, budgeted or room for" : p.said === "part" ? "the amount of a part of the year" : "how much more than the target or plan"}, not an amount done, against the target ${targetEn(p.target)}; type the amount done so far`,
  "actual.attended-over-due": (p) =>
    `Actual not judged: in ${q(p.value)} more came (${q(p.came)}) than were due (${q(p.due)}), and an attendance rate cannot pass 100%; check both numbers`,
  "actual.aside-disagrees": (p) =>
    `Actual not judged: ${q(p.value)} gives ${exactNumber(p.share)}%, and its working in brackets (${q(p.aside)}) gives ${exactNumber(p.computed)}%; check them and type one value`,
  "actual.share-for-count": (p) =>
    `Actual not judged: ${q(p.value)} is a percentage (${exactNumber(p.share)}%), the target ${targetEn(p.target)} is not, and what it is a share of is not said; type the amount done in the target's unit`,
  "actual.signed-fall": (p) =>
    `Actual not judged: ${q(p.value)} has a sign and the target ${targetEn(p.target)} is the size of a fall; whether it fell or rose is not clear; write the fall or the rise in words, or type the size of the fall only`,
  "actual.said-not-reached": (p) =>
    `Actual not judged: ${q(p.value)} ${p.cap ? "is within" : "reaches"} the target ${targetEn(p.target)}, but ${p.word === undefined ? "its note in brackets says not reached or not done" : `it says ${q(p.word)}: the two disagree`}; check it and type only the amount done`,
  "actual.said-reached": (p) =>
    `Actual not judged: ${q(p.value)} says ${q(p.word)}, but its number ${p.cap ? "passes" : "does not reach"} the target ${targetEn(p.target)}: the two disagree; check it and type only the amount done`,
  "actual.below-expectation-under-cap": (p) =>
    `Actual not judged: ${q(p.value)} under the cap ${targetEn(p.target)} may be a number ${p.above === undefined ? "below what was expected (good under a cap) or a result short of it" : `higher than expected (bad under a cap) or a result better than expected`}; ${p.beside ? "check it and type only the amount done" : "type the amount"}`,
  "actual.done-share-under-cap": (p) =>
    `Actual not judged: ${q(p.value)} says ${exactNumber(p.share)}% of the work is done, but the target ${targetEn(p.target)} is a cap not to pass, not an amount to do; type this indicator's own value`,
  "actual.two-readings": (p) =>
    `Actual not judged: ${q(p.value)} may be ${q(p.readings[0])} or ${q(p.readings[1])}; type the number in full`,
  "actual.is-a-time": (p) =>
    `Actual not understood: a number is needed, and ${q(p.value)} is ${p.span ? "a period" : "a time"}, not the amount done; type the amount done`,
  "actual.is-a-date": (p) =>
    p.targetDate
      ? `The target ${p.targetDate.replace(/-/g, "")} is a number and the actual the date ${p.date}; if a deadline is meant, write the target as “by ${p.targetDate}”`
      : `Actual not understood: a number is needed, the cell holds the date ${p.date} (Excel turns "9/30" or "1-3" into dates)`,
  "actual.uncached-formula": () =>
    "Actual not understood: a formula the file holds no result for; open and save the file in Excel or WPS first",
  "actual.baseline-year": (p) =>
    `Actual not judged: ${q(p.value)} is a change on ${p.year}, and ${p.budgetYear === undefined ? `the target ${targetEn(p.target)} compares with ${p.baseline}` : `the ${p.budgetYear} target ${targetEn(p.target)} compares with the year before (${p.baseline})`}; type the change on ${p.baseline}`,
  "actual.baseline-period": (p) =>
    `Actual not judged: ${q(p.value)} is a change on the month or quarter before, and the target ${targetEn(p.target)} compares with ${p.year === undefined ? "the year before" : p.year}; type the change on ${p.year === undefined ? "the year before" : p.year}`,
  "actual.words-for-share": (p) =>
    `Actual not judged: ${q(p.value)} is words, not a percentage, against the target ${targetEn(p.target)}; type the percentage reached (such as 100%)`,
  "actual.direction-only": (p) =>
    `Actual not judged: ${q(p.value)} gives the way it changed, not how far, against the target ${targetEn(p.target)}; write the size (such as “${p.rise ? "up" : "down"} 6%”)`,
  "actual.not-reached-said": (p) =>
    `Actual not judged: ${q(p.value)} says what was not reached, not the value reached, against the target ${targetEn(p.target)}; type the value reached`,
  "actual.added-or-rise": (p) =>
    `Actual not judged: ${q(p.value)} may be this year's new ones or the rise on last year, against the target ${targetEn(p.target)}; write the rise on last year`,
  "actual.name-typed": (p) =>
    `Actual not judged: ${q(p.value)} is the indicator's name, not the amount done; type the amount done`,
  "actual.range-straddles": (p) =>
    p.exact
      ? `Actual not judged: ${q(p.value)} is a range, and the target ${targetEn(p.target)} asks for exactly one value of it; type the value reached`
      : `Actual not judged: ${q(p.value)} is a range, part of it meets the target ${targetEn(p.target)} and part does not; type the value reached`,
  "actual.fraction-over-one": (p) =>
    `Actual not judged: ${q(p.value)} as a fraction is ${roundedNumber(p.share)}%, over 100%; with its terms swapped it is ${roundedNumber(p.swapped)}%; type the percentage reached`,
  "actual.ordinal-range": (p) =>
    `Actual not judged: ${q(p.value)} may be the ${p.low}th to the ${p.high}th (${p.high - p.low + 1} of them) or from ${p.low} to ${p.high}; type how many were done`,
  "actual.numbered-under-change": (p) =>
    `Actual not judged: ${q(p.value)} is this year's ${p.low}th to ${p.high}th (${p.high - p.low + 1} of them), not a change from last year; type how many more or fewer than last year`,
  "actual.per-part-left-out": (p) =>
    `Actual not judged: ${q(p.value)} gives only ${unitEn(p.unit)} and the target is in ${unitEn(p.targetUnit)}: whether it is per ${unitEn(p.per)} or a total cannot be told; ${p.yearly ? `type “${exactNumber(p.number)}${p.targetUnit}” or, for the year, “${exactNumber(p.number)}${p.yearly}”` : `if per ${unitEn(p.per)}, type “${exactNumber(p.number)}${p.targetUnit}”`}`,
  "actual.points-for-share": (p) =>
    `Actual not judged: ${q(p.value)} is a score and the target ${targetEn(p.target)} a percentage; a score is no share. If the share reached is ${exactNumber(p.number)}%, type “${exactNumber(p.number)}%”`,
  "actual.no-such-month": (p) =>
    `Actual not understood: ${q(p.value)} looks like a year and a month, but there is no month ${p.month}, nor is it a count (a count has no fraction); type the amount done`,
  "actual.conclusion-for-share": (p) =>
    `Actual not judged: ${q(p.value)} is a conclusion, not a share, against the target ${targetEn(p.target)}; type 100% if every one passed, or the share that did`,
  "actual.opinion-for-number": (p) =>
    `Actual not judged: ${q(p.value)} is ${p.yesNo ? "a yes or a no" : "an opinion in words"}, not a number, against the target ${targetEn(p.target)}; type ${p.change ? "how far it changed (such as “up 6%”)" : `the ${p.unit === "%" ? "percentage" : p.unit === "分" ? "score" : p.unit ? `number (in ${unitEn(p.unit)})` : "number"} reached`}`,
  "judge.target-not-understood": (p) => (p.raw ? `Target not understood: ${q(p.raw)}` : "No target value"),
  "judge.pending": () => "No actual value yet",
  "judge.actual-kind-mismatch": () => "The actual does not fit the kind of target",
  "judge.no-number": () => "The target has no number",
  "judge.range-no-high": () => "The range has no upper end",
  "judge.no-comparator": () => "The target has no comparator",
  "judge.unit-slip": (p) =>
    ` (${exactNumber(p.typed)} was probably typed in ${unitEn(p.typedIn)}: judged as ${quantityEn(p.value, p.unit)}; type it in ${unitEn(p.unit)} or write its unit)`,
  "judge.ahead": () => " (ahead of schedule)",
  "judge.single-item": () => " (a single item is not pro-rated: judged at its deadline)",
  "judge.over-exact": () => " (above the target, which asks for exactly this)",
  "judge.one-read-as-whole": () => " (1 read as a fraction: 100%; if 1% is meant, type “1%”)",
  "judge.read-as-fraction": (p) => ` (${exactNumber(p.value)} read as a fraction: ${exactNumber(p.value * 100)}%)`,
  "judge.claim-strict": (p) =>
    ` (${q(p.text)} excludes ${quantityEn(p.value, p.unit)} itself: judged as ${p.above ? "more" : "less"} than it)`,
  "judge.claim-may-exceed": (p) =>
    ` (${q(p.text)} judged at its least, ${quantityEn(p.value, p.unit)}; higher values it allows are exceeded — if so, type the number)`,
  "judge.due-in-name": (p) => ` (due ${p.deadline}, the date in the indicator name)`,
  "judge.part-judged": (p) =>
    ` (the target holds several quantities: judged against ${partEn(p.judged)}; ${partsEn(p.others)} not checked — type the actuals separated by commas to judge each)`,
  "judge.parts-needed": (p) =>
    `The target holds ${p.parts.length} quantities of one kind (${partsEn(p.parts)}); one number cannot say which: type the actuals in the same order, separated by commas`,
  "judge.parts": (p) => p.items.map((i) => `${partEn(i.part)}: ${i.why}`).join("; "),
  "judge.parts-count": (p) =>
    `The actual holds ${countEn(p.actual, "quantity", "quantities")}, the target ${p.parts}: type them in the target's order, separated by commas`,
  "judge.plain": (p) => `Actual ${quantityEn(p.actual, p.unit, p.exact)}, target ${targetEn(p.target)}`,
  "judge.pro-rated": (p) =>
    `Pro-rated target ${quantityEn(p.expected, p.unit)} (${p.months}/${p.of}), actual ${quantityEn(p.actual, p.unit)}`,
  "judge.completed": (p) => `Completed ${p.done}, deadline ${p.deadline}`,
  "judge.completion-span": (p) => ` (${q(p.text)} is a span of time: judged as done by its end, ${p.done})`,
  "judge.read-from-sentence": (p) => ` (read ${quantityEn(p.value, p.unit)} out of ${q(p.text)})`,
  "judge.read-typed": (p) =>
    p.as === "range"
      ? ` (${q(p.text)} is a range whose every value gives the same verdict, judged at ${quantityEn(p.value, p.unit)})`
      : p.as === "ordinal"
        ? ` (${q(p.text)} read as the first to the ${p.value}th: ${quantityEn(p.value, p.unit)})`
        : p.as === "numbered"
          ? ` (${q(p.text)} is the ${p.first}th to the ${(p.first ?? 1) + p.value - 1}th: ${quantityEn(p.value, p.unit)})`
          : p.as === "per-time"
            ? ` (${q(p.text)} converted: ${quantityEn(p.value, p.unit)})`
            : p.as === "calendar-days"
              ? ` (${q(p.text)} is in calendar days, which hold no more working days: judged as at most ${quantityEn(p.value, p.unit)})`
              : ` (${q(p.text)} read as the fraction ${quantityEn(p.value, p.unit)})`,
  "judge.read-provisional": (p) =>
    ` (${q(p.text)} is provisional: judged at ${quantityEn(p.value, p.unit)}; update it once the figure is final)`,
  "judge.part-done": (p) => ` (${q(p.text)} is part of the work done: judged as partly achieved)`,
  "judge.read-over-target": (p) => ` (${q(p.text)} read as the target and the excess: ${quantityEn(p.value, p.unit)})`,
  "judge.read-share-of-target": (p) =>
    ` (${q(p.text)} is ${exactNumber(p.share)}% of the target done: of ${quantityEn(p.target, p.unit)}, read as ${quantityEn(p.value, p.unit)})`,
  "judge.read-added": (p) =>
    ` (${q(p.text)} is what the year added, the indicator's count of the year: read as ${quantityEn(p.value, p.unit)})`,
  "judge.read-turn": (p) =>
    ` (${q(p.text)} judged as ${p.strict ? "below" : "at most"} ${quantityEn(p.value, p.unit)})`,
  "judge.read-in-year": (p) => ` (${q(p.text)} has no year: read as ${p.done}, in the target's year)`,
  "judge.completed-late": (p) => `Completed ${p.done}, deadline ${p.deadline}, ${countEn(p.late, "day")} late`,
  "judge.planned-date-passed": (p) =>
    `Actual not judged: ${q(p.text)} is when the work was expected to finish, now past at the monitoring date ${p.asOf}, and whether it did is not said; type the completion date, or that it is not done and why`,
  "judge.planned-date-passed-late": (p) =>
    `${q(p.text)} is when the work was expected to finish, ${countEn(p.late, "day")} after the deadline ${p.deadline}, now past: late whether it was done or not`,
  "judge.completion-planned": (p) =>
    `Planned for ${p.done}, deadline ${p.deadline} (not completed at the monitoring date ${p.asOf})`,
  "judge.completion-planned-late": (p) =>
    `Planned for ${p.done}, deadline ${p.deadline}, ${countEn(p.late, "day")} late (not completed at the monitoring date ${p.asOf})`,
  "judge.done-without-date": (p) =>
    p.onTime
      ? `Actual ${q(p.onTime)}: the deadline is still ahead; it may be done on time or only on schedule, judged on track, deadline ${p.deadline}; enter the completion date once done`
      : `Actual: ${gradeLabel(p.grade, "en")}, deadline ${p.deadline}`,
  "judge.not-started": (p) =>
    `Actual: not started, ${p.goal ? `target ${targetEn(p.goal)}, ` : ""}deadline ${p.deadline}${p.due ? "" : p.late ? " (by the schedule it should have begun)" : " (not yet due to begin)"}`,
  "judge.in-progress": (p) =>
    `Actual: in progress (no value), target ${targetEn(p.goal)}, deadline ${p.deadline}${p.due ? "" : p.late ? " (by the schedule some should be done)" : " (nothing due yet)"}; enter the amount done to judge progress and score it`,
  "judge.grade": (p) => `Actual: ${gradeLabel(p.grade, "en")}, target: ${q(p.goal)}`,
  "judge.moved": (p) =>
    `Actual ${q(p.actual)} ${p.grade === "achieved" ? "goes the target's way" : "does not go the target's way"}, judged ${gradeLabel(p.grade, "en")}, target: ${q(p.goal)}`,
  "judge.grade-for-number": (p) =>
    `Actual: ${gradeLabel(p.grade, "en")} (an achievement given instead of a value, judged as stated), target ${targetEn(p.goal)}`,
  "judge.conforms-for-share": (p) =>
    `Actual: achieved (${q(p.text)} ${p.all ? "says every one passed, judged as" : "says the rules are kept, judged as all kept,"} 100%), target ${targetEn(p.goal)}`,
  "judge.outside-range": (p) =>
    `Actual: not achieved (${q(p.text)} says some lie outside ${targetEn(p.goal)}, judged not achieved), target ${targetEn(p.goal)}`,
  "execution.no-budget": () => "No budget: the execution rate cannot be computed",
  "execution.spent-negative": (p) => `The amount spent ${moneyEn(p.spent)} is negative: budget execution not judged`,
  "execution.spent-implausible": (p) =>
    `The amount spent ${roundedNumber(p.spent)} is ${roundedNumber(p.times, 0)} times the budget of ${roundedNumber(p.budget)} (10k CNY): probably typed in yuan (it should be in 10k CNY); budget execution not judged`,
  "execution.over-budget": (p) =>
    `Spent ${moneyEn(p.spent)} exceeds the budget of ${moneyEn(p.budget)} (execution rate ${roundedNumber(p.rate)}%): overspending must be explained`,
  "execution.why": (p) => {
    const lag = roundedNumber(Math.abs(p.lag));
    return `Spent ${roundedNumber(p.rate)}%, ${p.from === "time" ? "time-proportional plan" : "planned"} ${roundedNumber(p.planned)}%, ${countEn(lag, "point")} ${p.lag > 0 ? "behind" : "ahead"} (time progress ${roundedNumber(p.time)}%)`;
  },
  "selfeval.score.band": (p) =>
    `${q(p.name)} scored ${show(p.submitted)}; the rules allow ${show(p.low)}–${show(p.high)} (${gradeLabel(p.grade, "en")}: ${p.lowShare}%–${p.highShare}% of the weight)`,
  "selfeval.score": (p) => `${q(p.name)} scored ${show(p.submitted)}; by the rules it should be ${show(p.expected)}`,
  "selfeval.score.group": (p) =>
    `${q(p.name)} and the ${countEn(p.count - 1, "indicator")} below it share a score of ${show(p.submitted)}; by the rules it should be ${
      p.low === p.high ? show(p.low) : `${show(p.low)}–${show(p.high)}`
    }`,
  "selfeval.reason": (p) =>
    `${q(p.name)} missed its target (score ${show(p.score)} / ${show(p.weight)}): give the reason and the corrective measures`,
  "selfeval.budget-score": (p) =>
    `Budget execution score ${show(p.submitted)}; by the rules it should be ${show(p.expected)} (spent ${show(p.spent)} ÷ budget ${show(p.budget)} × weight ${show(p.weight)})`,
  "selfeval.rate": (p) =>
    `Execution rate ${show(p.submitted)}%; by the rules it should be ${show(p.expected)}% (spent ${show(p.spent)} ÷ budget ${show(p.budget)})`,
  "selfeval.execution-reason": (p) =>
    `Budget execution rate ${show(p.rate)}% is below ${p.threshold}%: the reason must be given`,
  "selfeval.execution-weight": (p) =>
    `Budget execution weight ${show(p.submitted)} is implausible (usually ${countEn(p.usual, "point")}); scored at ${p.usual}`,
  "selfeval.execution-row-score": (p) =>
    `${q(p.name)} scored ${show(p.submitted)}; by the rules it should be ${show(p.expected)} (execution rate ${show(p.rate)}% × weight ${show(p.weight)})`,
  "selfeval.execution-row-rate": (p) =>
    `${q(p.name)} is ${show(p.submitted)}%; by the rules it should be ${show(p.expected)}% (spent ${show(p.spent)} ÷ budget ${show(p.budget)})`,
  "selfeval.total": (p) => `Total score ${show(p.submitted)}; by the rules it should be ${show(p.expected)}`,
  "selfeval.weights": (p) =>
    `The weights add up to ${show(p.sum)}${p.execution === null ? "" : ` (budget execution ${show(p.execution)} + indicators ${show(p.indicators)})`}, not ${p.full}: scored on the weights as written${p.sum > p.full ? `, the total capped at ${p.full}` : ""}`,
  "file.not-regular": () => "Not a regular file (a device, pipe or socket): skipped",
  "file.too-big": (p) => `The file is ${p.size} MB, over the limit of ${p.limit} MB`,
  "file.empty": () => "The file is empty (0 bytes)",
  "file.too-short": (p) =>
    `The file is only ${countEn(p.size, "byte")} long, too short to be a workbook: it was most likely not saved, copied or downloaded in full; check the whole file`,
  "file.unreadable-in-browser": () =>
    "The browser cannot read it: it is a folder, or it was moved, renamed or deleted after it was chosen; choose or drop the workbook file again",
  "file.encrypted": () =>
    "The file has a password to open (encrypted): remove the password in Excel or WPS, then check it",
  "file.html-or-xml-table": () =>
    "The file is a web page (HTML) or an XML Spreadsheet 2003 table (as finance systems export under an .xls name): open it in Excel or WPS, save it as .xlsx, then check it",
  "file.legacy-binary": () =>
    "The file is in an old binary format (.xls, or WPS's .et): save it as .xlsx in Excel or WPS, then check it",
  "file.other-format": (p) =>
    `The ${p.ext} format is not ${p.accepted}: save it as .xlsx in Excel or WPS, then check it`,
  "file.partial-download": (p) =>
    `A download not finished yet (${p.ext} is a browser's file while it downloads): check “${p.name}” once it has downloaded`,
  "file.text-table": () =>
    "Not an Excel workbook but text (CSV or tab-separated, most likely an export renamed): open it in Excel or WPS, save it as .xlsx, then check it",
  "file.not-xlsx": (p) => `Not an Excel workbook (${p.accepted})`,
  "file.no-content": () => "The workbook holds nothing",
  "file.no-goal-tables": () =>
    "No performance goal table found (it needs a header row with “三级指标”, or with “指标名称” and “指标值”)",
  "file.locked-structure": () =>
    "The workbook's structure is protected, so the summary sheet and the add-in's record sheet cannot be added and no checked copy was written: unprotect it (Review → Protect Workbook) and check again",
  "file.shared-workbook": () =>
    "This is a shared workbook (Excel's legacy Share Workbook or Track Changes is on): a shared workbook takes no new conditional formats, data validation or charts, which the check adds, so no checked copy was written: stop sharing it (Review → Share Workbook) and check again",
  "file.too-many-formats": (p) =>
    `The workbook has ${p.formats} cell formats; the add-in's ${p.added} more would pass Excel's limit of ${p.limit} (Excel would report a problem with the content and repair it, which can take cell formats away), so no checked copy was written: reduce the number of different cell formats (for example delete unused custom cell styles), then check again`,
  "file.missing": () => "No such file",
  "file.missing-wildcard": (p) =>
    `No such file: the * or ? in its name was not expanded into file names (Windows' command lines never do); to check every workbook in ${p.folder === "." ? "the current folder (.)" : q(p.folder)}, give that folder`,
  "file.link-broken": (p) => `This is a link (shortcut) to ${q(p.target)}, which no longer exists`,
  "file.same-as": (p) => `The same file as ${q(p.first)}: checked once`,
  "file.lock-file": (p) =>
    `This is the lock file ${p.app} keeps while ${q(p.workbook)} is open, not a workbook: skipped`,
  "file.open-elsewhere": (p) =>
    `Its lock file ${q(p.lock)} is beside it, so it may be open in ${p.app}: it was checked as last saved; save your changes and check again`,
  "file.as-of-today": (p) =>
    `No monitoring date given: judged as of today, ${p.asOf}; the tables' budget year is ${p.budgetYear}, add --as-of ${p.budgetYear}-12-31 to judge at its end`,
  "file.inaccessible": (p) => `Cannot open it (${problemEn(p.reason)})`,
  "file.folder-unreadable": (p) => `Cannot read the folder (${problemEn(p.reason)}); the files in it were not checked`,
  "file.check-failed": (p) => `Error while checking: ${p.detail}`,
  "file.write-failed": (p) => `Cannot write the checked copy: ${p.detail}`,
  "file.out-folder": (p) => `Cannot write the checked copy: ${outFolderEn(p.folder, p.problem)}`,
  "file.out-in-use": (p) =>
    `Cannot write the checked copy: the earlier copy “${p.name}” cannot be replaced; it may be open in Excel or WPS (close it and check again), or it cannot be written`,
  "file.out-name-too-long": (p) =>
    `Cannot write the checked copy: its name “${p.name}” or its path is too long (a name usually takes at most 255 bytes); give the file a shorter name and check it again`,
  "file.interrupted": (p) =>
    p.removedUnfinished
      ? "Interrupted: the unfinished copy was removed; copies already written are complete and kept"
      : "Interrupted: copies already written are complete and kept",
  "file.zip-no-directory": () => "The file is damaged and cannot be unzipped (no zip directory found)",
  "file.zip64-invalid": () => "The file is damaged and cannot be unzipped (invalid Zip64 directory)",
  "file.zip-entry-invalid": () => "The file is damaged and cannot be unzipped (invalid directory entry)",
  "file.part-misplaced": (p) => `The file is damaged and cannot be unzipped (part ${p.part} lies outside the file)`,
  "file.part-incomplete": (p) => `The file is damaged and cannot be unzipped (part ${p.part} is incomplete)`,
  "file.part-twice": (p) => `The file is damaged and cannot be unzipped (part ${p.part} is there twice)`,
  "file.part-compression": (p) =>
    `The file is damaged and cannot be unzipped (part ${p.part} uses unsupported compression method ${p.method})`,
  "file.part-inflate-failed": (p) => `The file is damaged and cannot be unzipped (part ${p.part}: ${p.detail})`,
  "file.part-checksum": (p) =>
    `The file is damaged: part ${p.part} does not match its checksum (its bytes changed after it was saved, on a disk or in a copy)`,
  "file.part-encrypted": (p) => `Part ${p.part} is encrypted and cannot be read`,
  "file.part-too-large": (p) =>
    `Part ${p.part} unpacks to ${p.size} MB, over the limit of ${p.limit} MB per part: delete what is not needed and check again`,
  "file.total-too-large": (p) =>
    `It unpacks to more than ${p.limit} MB (the limit for a whole file): possibly a zip bomb; delete what is not needed (large pictures) and check again`,
  "file.ratio-too-high": (p) =>
    `Part ${p.part} is compressed more than ${p.ratio} times (the limit): possibly a zip bomb`,
  "file.xml-broken": (p) => `The file is damaged: its XML cannot be read (${xmlProblemEn(p)})`,
  "file.strict-xml": () =>
    "This workbook is in Strict Open XML format, which is not supported yet: save it in Excel as “Excel Workbook (*.xlsx)” and check it again",
  "file.word-or-powerpoint": () => "This is a Word / PowerPoint file, not an Excel workbook",
  "file.no-workbook-part": () => "Not an Excel workbook: the package holds no workbook part (xl/workbook.xml)",
  "file.part-damaged": (p) => {
    const part = `part ${p.part}${p.sheet === undefined ? "" : ` (sheet “${p.sheet}”)`}`;
    return p.missing
      ? `The file is damaged: ${part} is missing`
      : `The file is damaged: ${part} cannot be read (${p.why ? xmlProblemEn(p.why) : `no <${p.root}> element: it is incomplete or not XML`})`;
  },
  "file.sheet-entry-damaged": (p) =>
    "sameName" in p
      ? p.sameName === p.sheet
        ? `The file is damaged: two sheets are named “${p.sheet}” (sheet names are unique)`
        : `The file is damaged: sheets “${p.sameName}” and “${p.sheet}” have the same name (sheet names are unique, whatever their case)`
      : "samePart" in p
        ? `The file is damaged: sheets “${p.samePart}” and “${p.sheet}” are the same part ${p.part}`
        : `The file is damaged: sheet “${p.sheet}” has no part (its relationship ${p.rel ? `“${p.rel}”` : "(none)"} is not there)`,
  "file.cell-damaged": (p) =>
    `The file is damaged: cell ${p.cell} of sheet “${p.sheet}” refers to ${"string" in p ? `shared string ${p.string}, which does not exist (the workbook holds ${p.count})` : `cell format ${p.style}, which does not exist (the workbook holds ${p.count})`} (Excel, too, reports a problem with its content and removes it): open it in Excel or WPS, let it repair the file, save it, then check it`,
  "file.part-utf16": (p) =>
    `Part ${p.part} is in UTF-16, and only UTF-8 can be read: open the file in Excel or WPS, save it as .xlsx and check it again`,
  "file.too-many-cells": (p) =>
    `The workbook holds more than ${p.limit.toLocaleString("en")} filled cells (the limit) and cannot be checked: delete what is not needed or split the workbook, then check again`,
  "file.sheet-too-large": (p) =>
    `Sheet “${p.sheet}” holds ${p.cells.toLocaleString("en")} filled cells, beyond the limit of ${p.limit.toLocaleString("en")} filled cells per sheet: delete what is not needed and check again`,
};

/** What the add-in was doing, as the subject of a sentence; and how to do it again. */
const ACTION_EN: Record<HostAction, string> = {
  check: "the check",
  clear: "Clear marks",
  "save-settings": "saving the settings",
};
const ACTION_AGAIN_EN: Record<HostAction, string> = {
  check: "check again",
  clear: "clear the marks again",
  "save-settings": "save the settings again",
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** sheet “A”, sheets “A” and “B”. */
const sheetsEn = (sheets: readonly string[]) => `${sheets.length > 1 ? "sheets" : "sheet"} ${listEn(sheets.map(q))}`;

function xmlProblemEn(p: MessageParams["file.xml-broken"]): string {
  return p.element
    ? `<${p.element}> is not closed properly`
    : p.unexpected
      ? `unexpected closing tag </${p.unexpected}>`
      : p.offGrid !== undefined
        ? `the reference ${p.offGrid} lies outside the sheet (1,048,576 rows, columns A–XFD)`
        : (p.detail ?? "");
}

function outFolderEn(folder: string, p: OutFolderProblem): string {
  if ("fileInTheWay" in p)
    return p.fileInTheWay === folder
      ? `the output location ${q(folder)} is a file, not a folder (--out takes a folder)`
      : `cannot make the output folder ${q(folder)}: ${q(p.fileInTheWay)} is a file, not a folder`;
  if ("diskFull" in p)
    return `the disk of the folder ${q(folder)} is full (or over its quota); free some space and check again`;
  if ("gone" in p)
    return `the folder ${q(folder)} is no longer there, or no file can be made in it (deleted, moved or a share disconnected during the check); make sure it is there and check again`;
  if ("readOnly" in p)
    return `the folder ${q(folder)} is on a read-only disk (a write-protected USB stick, a disc, a read-only share); give --out a folder that can be written`;
  return "permission" in p
    ? `no permission to write in the folder ${q(folder)}`
    : `cannot make or write in the output folder ${q(folder)} (${p.code})`;
}

/** The system's codes a clerk meets on a path typed wrong, in words (with the code, for whoever helps them). */
const CODE_EN: Record<string, string> = {
  ENOTDIR: "a part of the path is a file, not a folder",
  ENAMETOOLONG: "the name or path is too long",
  ELOOP: "links point at each other in a loop",
  EISDIR: "it is a folder",
};

function problemEn(p: FileProblem): string {
  if ("permission" in p) return "permission denied";
  const words = CODE_EN[p.code];
  return words ? `${words}, ${p.code}` : p.code;
}

/** A target's reasons in English. */
function reasonsEn(reasons: Message[]): string {
  return reasons.map((m) => (en[m.code] as (params: Message["params"]) => string)(m.params)).join("; ");
}
