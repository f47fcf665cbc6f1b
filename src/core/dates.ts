/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) and Excel serials, in UTC so that
 * no host time zone can shift a day. Excel's 1900 leap-year bug is honoured: serial 60
 * is the phantom 1900-02-29 and serials from 61 on are one day ahead of a plain count.
 */

const MS_PER_DAY = 86_400_000;
/** 1899-12-30: serial 0 for every serial after the phantom leap day. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** The number written by the ASCII digits iso[from..to), or -1 when one is not a digit. */
function digitsAt(iso: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = iso.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** Day number (days since 1970-01-01) of an ISO date (exactly YYYY-MM-DD), or null if it is not a real date. */
export function isoToDay(iso: string): number | null {
  // Read by character codes, not a regex: judging asks this for every checkpoint and deadline of every table.
  if (typeof iso !== "string" || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const y = digitsAt(iso, 0, 4);
  const mo = digitsAt(iso, 5, 7);
  const d = digitsAt(iso, 8, 10);
  if (y < 0 || mo < 0 || d < 0) return null;
  // Checked by arithmetic, not by a Date round trip: judging asks this for every checkpoint of every table.
  // Date.UTC reads years 0–99 as 1900–1999, so those never were real dates here.
  if (y < 100 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return Date.UTC(y, mo - 1, d) / MS_PER_DAY;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days of month (1–12) in the proleptic Gregorian calendar, as Date uses. */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/** The ISO date of a day count since 1970-01-01 (isoToDay's inverse). */
export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** ISO date from year, month (1-12) and day, or null when the parts do not make a real date. */
export function makeIso(year: number, month: number, day: number): string | null {
  const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isoToDay(iso) === null ? null : iso;
}

/** Years a budget table, its deadlines or a monitoring date can fall in: outside are typos (1024年) or stray serials. */
export const isPlausibleYear = (year: number): boolean => year >= 1990 && year <= 2100;

/** Whether `iso` is YYYY-MM-DD naming a real day (2024-02-30 is not). */
export function isValidIso(iso: string): boolean {
  return isoToDay(iso) !== null;
}

/**
 * Days from the 1900 system's serial 0 to the 1904 system's (1904-01-01). A workbook in the 1904 date system (Excel for
 * Mac's "使用 1904 日期系统": ECMA-376 Part 1, 18.2.28 workbookPr date1904; Workbook.Date1904 in Excel and WPS) stores
 * every date that many days lower: 2024-07-31 is 45504 in the 1900 system, 44042 in the 1904 one.
 */
export const DATE1904_OFFSET = 1462;

/**
 * Excel serial (whole days) → ISO date; null outside 1900-03-01 … 9999-12-31. `date1904`: the serial is of a
 * workbook in the 1904 date system (WorkbookSnapshot.date1904). The one place a serial becomes a date.
 */
export function serialToIso(serial: number, date1904 = false): string | null {
  if (date1904) serial += DATE1904_OFFSET;
  if (!Number.isFinite(serial) || serial < 61 || serial > 2_958_465) return null;
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** ISO date → Excel serial, in the 1904 date system when `date1904` (null before 1904-01-01 there). */
export function isoToSerial(iso: string, date1904 = false): number | null {
  const day = isoToDay(iso);
  if (day === null) return null;
  const serial = day - EXCEL_EPOCH_MS / MS_PER_DAY;
  if (!date1904) return serial;
  return serial >= DATE1904_OFFSET ? serial - DATE1904_OFFSET : null;
}

/** True when `iso` is a real date and the last of its month: by arithmetic, as judging asks it for every table. */
export function isLastDayOfMonth(iso: string): boolean {
  return isoToDay(iso) !== null && Number(iso.slice(8, 10)) === daysInMonth(yearOf(iso), monthOf(iso));
}

/** The ISO date of the last day of `month` (1-12) in `year`. */
export function lastDayOfMonth(year: number, month: number): string {
  return dayToIso(Date.UTC(year, month, 0) / MS_PER_DAY);
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/**
 * The day a disbursement plan is read at, as the pane and the reports say it: the monitoring date, or its budget year's
 * end once that year is over (a February self-evaluation looks back on the finished year; 序时进度 is 100 % then).
 */
export function planDay(asOf: string, budgetYear: number | null | undefined): string {
  return budgetYear !== null && budgetYear !== undefined && yearOf(asOf) > budgetYear ? `${budgetYear}-12-31` : asOf;
}

export function monthOf(iso: string): number {
  return Number(iso.slice(5, 7));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). Both must be valid. */
export function daysBetween(from: string, to: string): number {
  return (isoToDay(to) as number) - (isoToDay(from) as number);
}

/** Order of two ISO dates (-1, 0, 1): as text, which for YYYY-MM-DD is the calendar's order. */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A moment's date in the user's own calendar (not UTC): what "today" means for a monitoring date. */
export function localIsoDate(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}
