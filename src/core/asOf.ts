/**
 * A monitoring date (监控时点) as a finance officer types it: the command line's `--as-of` and the pane's date box read
 * it here, so both take the same writings and say the same line for the rest. Taken: 2024-06-30, 2024/6/30, 2024.6.30,
 * 2024年6月30日 (or 号), 20240630, full-width digits and spaces anywhere; a month alone (2024年6月, 2024-06, 2024年6月底)
 * is its last day, as a month's monitoring is at its end. Not taken, each with one line: a day the calendar does not
 * have (2024-02-30, 2024-13-01), a year outside 1990–2100, and anything else (6/30/2024, 年底, 2024-06-30 前).
 */
import { isPlausibleYear, lastDayOfMonth, makeIso } from "./dates";
import { say, type Message } from "./locale/messages";
import { matchWrittenDate, normalizeText } from "./notation/text";

type AsOfReading = { iso: string } | { error: Message };

/** Eight digits glued (20240630): taken here only, where nothing but a date is typed (in a target it is a number). */
const GLUED_DAY = /^(\d{4})(\d{2})(\d{2})$/;

/** The monitoring date typed, as ISO, or the one line that says why it is none. */
export function readAsOf(typed: string): AsOfReading {
  // Spaces, full-width digits and signs (２０２４－０６－３０) are as typed by an IME; none of them changes the date.
  const text = normalizeText(typed).replace(/ /g, "");
  if (text === "") return { error: say("asOf.empty", {}) };
  const glued = GLUED_DAY.exec(text);
  const written = glued ? { year: +glued[1], month: +glued[2], day: +glued[3] } : matchWrittenDate(text);
  if (written) return dayOf(typed.trim(), written.year, written.month, written.day);
  return { error: say("asOf.format", { text: typed.trim() }) };
}

function dayOf(text: string, year: number, month: number, day: number | null): AsOfReading {
  if (!isPlausibleYear(year)) return { error: say("asOf.year", { text }) };
  if (month < 1 || month > 12) return { error: say("asOf.no-such-month", { text, month }) };
  if (day === null) return { iso: lastDayOfMonth(year, month) };
  const iso = makeIso(year, month, day);
  if (iso !== null) return { iso };
  const days = Number(lastDayOfMonth(year, month).slice(8));
  return { error: say("asOf.no-such-day", { text, year, month, days }) };
}
