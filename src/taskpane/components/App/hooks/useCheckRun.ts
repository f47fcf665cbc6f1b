/**
 * Opening and checking: what is shown (results and the file they belong to, set together), the work
 * under way with its progress, cancel, and the download. Only the latest request may change what is
 * shown: a file chosen while another is still opening wins, and a failed or cancelled open leaves the
 * shown results (and their download) as they were.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { CheckResult } from "../../../../core/types";
import { toHostError, type PaneHost, type PickedFile, type Progress } from "../../../host";
import type { Wording } from "../../../strings";
import type { Messages } from "./useMessages";
import type { SettingsState } from "./useSettingsState";
import type { StoredSettings } from "../../../../core/settings";
import { changesSince, writeNotes } from "../../../model/views";

interface Shown {
  result: CheckResult;
  /** Standalone: the file these results are of (the download writes a copy of this file). */
  fileName: string | null;
}

export interface Work extends Progress {
  /** The file being read, or the shown one when checking again. */
  name: string;
  startedAt: number;
}

/** A file without stored settings was checked at today's date, but its tables are for an earlier year. */
interface DateHint {
  year: number;
  date: string;
  today: string;
}

/** The budget year most tables state; null when none does. */
function budgetYearOf(result: CheckResult): number | null {
  const counts = new Map<number, number>();
  for (const { table } of result.tables)
    if (table.budgetYear) counts.set(table.budgetYear, (counts.get(table.budgetYear) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = year;
  return best;
}

/**
 * What a check says after it: what changed since `before` (the shown result, the same workbook's), so the list is not
 * read as the one before; and what writing the marks left (a protected sheet), said by no one else in Excel or WPS.
 * Null when there is nothing to say.
 */
function afterCheck(host: PaneHost, before: CheckResult | null | undefined, result: CheckResult): Wording | null {
  const compared = before && before.tables.length > 0 && (host.sameWorkbook?.(before, result) ?? true);
  const changes = compared ? changesSince(before, result) : null;
  if (!changes && writeNotes(result, "zh").length === 0) return null;
  return (t, lang) => {
    const said = !changes
      ? []
      : [changes.appeared + changes.resolved === 0 ? t("changesSinceNone") : t("changesSince", changes)];
    return [...said, ...writeNotes(result, lang)].join(" ");
  };
}

export function useCheckRun(host: PaneHost, s: SettingsState, messages: Messages) {
  const [shown, setShown] = useState<Shown | null>(null);
  /** The result shown now, for a ribbon check to be compared with (its listener outlives renders). */
  const shownNow = useRef<CheckResult | null>(null);
  shownNow.current = shown?.result ?? null;
  const [work, setWork] = useState<Work | null>(null);
  const [dateHint, setDateHint] = useState<DateHint | null>(null);
  /** Counts files opened; the pane moves focus to the results when it changes. */
  const [opened, setOpened] = useState(0);
  const latest = useRef(0);
  const hasResults = useRef(false);
  hasResults.current = shown !== null && shown.result.tables.length > 0;

  /**
   * Excel / WPS checked a workbook without a goal table: the pane shows what a table needs (as for a file opened in the
   * page), not a failed read with advice about cell edit mode; the results shown before were another workbook's, or
   * the tables' that are gone.
   */
  const showNoTables = useCallback(() => {
    const none: CheckResult = { asOf: s.asOf, tables: [], diagnostics: [], review: [] };
    setShown((before) => ({ result: none, fileName: before?.fileName ?? null }));
  }, [s.asOf]);

  // Checks run from the ribbon show up here too, and so does why one failed (the ribbon opens the pane then).
  useEffect(() => {
    if (!host.subscribeResults) return;
    return host.subscribeResults(
      (checked) => {
        latest.current += 1;
        hasResults.current = checked.tables.length > 0; // a clear said at once after it (WPS) is said of these
        // What changed since the result shown (before, only a pane check said it), and what writing the marks left (a
        // protected sheet): Excel's ribbon says nothing of a check that succeeded.
        messages.setNotice(afterCheck(host, shownNow.current, checked));
        shownNow.current = checked;
        setShown((before) => ({ result: checked, fileName: before?.fileName ?? null }));
        s.showAsOf(checked.asOf);
        setWork(null);
      },
      (error) => (error.code === "no-tables" ? showNoTables() : messages.setError({ error })),
      // The ribbon's 清除标记: what it said (before, said nowhere in Excel), and that results shown are of before it; in
      // the pane's language, also once it is switched (the clear says its lines in both).
      (said) => {
        messages.clear();
        const key = hasResults.current ? "ribbonClearedShown" : "ribbonCleared";
        messages.setNotice((t, lang) => t(key, { said: said[lang] }));
      },
    );
  }, [host, s.showAsOf, messages.setError]); // eslint-disable-line react-hooks/exhaustive-deps -- state setters

  /** Start a request: it becomes the latest; returns its token and its progress callback. */
  const begin = useCallback((name: string) => {
    const token = ++latest.current;
    const startedAt = Date.now();
    setWork({ stage: "read", done: 0, total: 0, name, startedAt });
    const onProgress = (p: Progress) => {
      if (token === latest.current) setWork({ ...p, name, startedAt });
    };
    return { token, onProgress, isLatest: () => token === latest.current };
  }, []);

  const fail = useCallback(
    (e: unknown, fallback: "read-failed" | "not-xlsx", extra: { retry?: () => void; fileName?: string }) => {
      const error = toHostError(e, fallback);
      if (error.code === "cancelled") return; // said by cancel(), or a newer file took over
      if (error.code === "no-tables") return showNoTables();
      messages.setError({ error, ...extra });
    },
    [messages, showNoTables],
  );

  const runCheck = useCallback(
    /**
     * `keepNotice`: judged again in another language only, what the notice said still holds (it re-words itself).
     * `languageOnly`: the 中文 / English switch, which changes no finding: nothing said of what changed.
     */
    async (current: StoredSettings = s.settings, date: string = s.asOf, keepNotice = false, languageOnly = false) => {
      const run = begin(shown?.fileName ?? "");
      if (keepNotice) messages.dismissError();
      else messages.clear();
      // Judged again at the same date (other settings, another language): the offer of another date still holds.
      setDateHint((hint) => (hint && hint.today === date ? hint : null));
      try {
        // WPS: the active workbook may be another than the one whose settings the pane holds (one pane per window).
        const own = host.kind === "wps" ? await s.reload() : current;
        // Its stored date, unless one was typed in the pane; without one, not chosen: the workbook's own (request).
        const at = own !== current && !s.asOfTouched ? (own.asOf ?? date) : date;
        const stored = await s.storeDateBeforeCheck(own, at);
        const result = await host.check(s.request(stored, at), run.onProgress);
        if (run.isLatest()) {
          setShown((before) => ({ result, fileName: before?.fileName ?? null }));
          // Checked again after the clerk's edits: what changed. Not for the language switch (it changes no finding),
          // nor against another workbook's results (WPS).
          const notice = afterCheck(host, languageOnly ? null : shown?.result, result);
          if (notice) messages.setNotice(notice);
          if (!s.asOfTouched) s.showAsOf(result.asOf); // the workbook's own date, when it had one
        }
      } catch (e) {
        if (run.isLatest()) fail(e, "read-failed", { retry: () => void runCheck(current, date) });
      } finally {
        if (run.isLatest()) setWork(null);
      }
    },
    [host, s, shown, messages, begin, fail],
  );

  const openFile = useCallback(
    /** `notice`: said while it opens and after (a drop of several items names those not opened). */
    async (file: PickedFile, notice: Wording | null = null) => {
      if (!host.openFile) return;
      const run = begin(file.name);
      messages.clear();
      if (notice) messages.setNotice(notice);
      try {
        let todayUsed = false;
        let requested = s.asOf;
        // A workbook that stores no settings has the defaults (in the pane's language): the previous file's settings
        // and stored date are that file's own — carried over, a second unit's workbook was judged at the first
        // unit's date, marked chosen, and its copy kept that date for every later check.
        const openedFile = await host.openFile(
          file,
          (stored) => {
            todayUsed = !stored?.asOf && !s.asOfTouched;
            requested = stored?.asOf ?? s.dateForUnstored;
            return s.request(s.orDefaults(stored), requested);
          },
          run.onProgress,
        );
        if (!run.isLatest()) return;
        s.adopt(s.orDefaults(openedFile.settings));
        if (!s.asOfTouched) s.showAsOf(openedFile.result.asOf); // the date stored, typed on its summary, or today
        setShown({ result: openedFile.result, fileName: openedFile.name });
        const year = budgetYearOf(openedFile.result);
        const yearEnd = year ? `${year}-12-31` : null;
        // Today used: no date stored or chosen, none typed on the file's summary either.
        todayUsed &&= openedFile.result.asOf === requested;
        setDateHint(
          todayUsed && year && yearEnd && yearEnd < requested ? { year, date: yearEnd, today: requested } : null,
        );
        setOpened((n) => n + 1);
      } catch (e) {
        if (run.isLatest()) fail(e, "not-xlsx", { fileName: file.name });
      } finally {
        if (run.isLatest()) setWork(null);
      }
    },
    [host, s, messages, begin, fail],
  );

  const cancel = useCallback(() => {
    if (!host.cancel) return;
    latest.current += 1; // whatever answers now is dropped
    host.cancel();
    setWork(null);
    messages.setNotice((t) => t(shown ? "cancelled" : "cancelledNothing"));
  }, [host, shown, messages]);

  const applyDateHint = useCallback(() => {
    if (!dateHint) return;
    s.setAsOf(dateHint.date);
    void runCheck(s.settings, dateHint.date);
  }, [dateHint, s, runCheck]);

  return { shown, work, dateHint, opened, runCheck, openFile, cancel, applyDateHint };
}
