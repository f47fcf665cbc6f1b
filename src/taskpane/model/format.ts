/** Number, date and value formatting for the pane (locale-neutral digits, the pane's own words). */
import { localIsoDate } from "../../core/dates";
import { qualifiedAddress } from "../../core/a1";
import type { CellRef, ExecutionResult, Indicator, IndicatorResult, ParsedTarget, Status } from "../../core/types";
import { renderMessage, say, type Lang } from "../../core/locale/messages";
import { roundedNumber } from "../../core/numbers";
import { shortenedText } from "../../core/locale/shown";
import type { Translate } from "../strings";
import type { LightFilter } from "./views";

/** 45.2345 → "45.2%"; whole numbers without decimals. */
export function formatPercent(value: number, digits = 1): string {
  return `${roundedNumber(value, digits)}%`;
}

/**
 * Spending against the plan in the CLI's words and precision (report.ts): “执行率 39.8%”, “序时进度 83.33%” where the
 * table has no plan of its own (“计划 83.3%” said a plan the table lacks), “滞后 43.53 个百分点”.
 */
export function executionWords(t: Translate, execution: ExecutionResult) {
  const fromTime = execution.plannedFrom === "time";
  const lag = roundedNumber(Math.abs(execution.lag));
  const rate = formatPercent(execution.rate, 2);
  return {
    rate,
    planned: t(fromTime ? "plannedAtTime" : "plannedAt", { planned: formatPercent(execution.planned, 2) }),
    lag: lag === "0" ? t(fromTime ? "onTime" : "onPlan") : t(execution.lag > 0 ? "lagPoints" : "aheadPoints", { lag }),
  };
}

/**
 * A cell's text as a row of the pane shows it: three lines at most are drawn (clampedLines), and a note of thousands of
 * characters a clerk pasted into an actual or a name is not put into the page whole (its cell, a click away, has it).
 */
export const paneText = (text: string) => shortenedText(text, PANE_TEXT_SHOWN);
const PANE_TEXT_SHOWN = 200;

/** The address as Excel writes it: "'1 办公用品采购'!F16", "'O''Brien 表 1'!A10", "Sheet1!A1". */
export function cellLabel(cell: CellRef): string {
  return qualifiedAddress(cell);
}

/** The target as the core describes it, in the pane's language ("≥ 90%", "Qualitative: “及时保障”"). */
export function targetLabel(indicator: Indicator, lang: Lang): string {
  return renderMessage(say("target", { target: indicator.target }), lang) || indicator.targetText || "—";
}

const GRADES = ["achieved", "partly", "not"] as const;
type Grade = (typeof GRADES)[number];

/** The actual as judged, in the target's unit: "85%", "12 人" / "12 people", "2024-12-20", "达成"; null when none. */
function formatActual(result: IndicatorResult, target: ParsedTarget, t: Translate, lang: Lang): string | null {
  const actual = result.actual;
  if (actual === null) return null;
  if (typeof actual === "number") return renderMessage(say("quantity", { value: actual, unit: target.unit }), lang);
  if ((GRADES as readonly string[]).includes(actual)) return t(`grade_${actual as Grade}`);
  return actual;
}

/**
 * The actual an indicator shows: as judged; else, when it could not be judged, what the clerk typed (the reason
 * beside it is about that very text, so never “未填” / “not entered”); else “未填”.
 */
export function actualLabel(indicator: Indicator, result: IndicatorResult, t: Translate, lang: Lang): string {
  const judged = formatActual(result, indicator.target, t, lang);
  if (judged !== null) return judged;
  const typed = indicator.actual?.value;
  if (result.status === "unknown" && (typeof typed === "number" || (typeof typed === "string" && typed.trim() !== "")))
    return String(typed).trim();
  return t("noActual");
}

/** "红·滞后": the light in words with the status (a red 滞后 reads apart from a yellow one); no light, the status alone. */
export function lightStatusText(t: Translate, category: LightFilter, status: Status): string {
  const words = t(`status_${status}`);
  return category === "pending" ? words : t("lightStatus", { light: t(`lightShort_${category}`), status: words });
}

/** Today in the user's calendar (not UTC), ISO. */
export const todayIso = localIsoDate;
