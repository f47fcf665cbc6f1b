/**
 * Ribbon commands (manifest: ExecuteFunction "checkTargets" and "clearMarks"). Thin on purpose: the work is
 * in src/host/excel/actions.ts; here we only run it, tell the pane the outcome, show the pane when something
 * went wrong (ribbon commands have no UI of their own), and always complete the event so Excel's ribbon
 * does not stay busy.
 */
import { checkTargets, clearMarks, loadSettings } from "../host/excel/actions";
import { countLights, itemLights } from "../core/lights";
import { errorText, renderMessage, say, type Lang } from "../core/locale/messages";
import { parseStoredSettings } from "../core/settings";
import type { CheckResult } from "../core/types";
import { publishOutcome, type CommandName, type CommandOutcome } from "./shared-state";

export interface CommandEvent {
  completed: () => void;
}

export interface CommandUi {
  showPane: () => Promise<void>;
  now: () => Date;
}

// What a ribbon command says, in the language of its run: Excel's commands here and the WPS ribbon share these.

/** The ribbon's one-line answer after a check: how many tables, red and yellow lights (or that none was found). */
export function summarizeCheck(result: CheckResult, lang: Lang): string {
  if (result.tables.length === 0) return renderMessage(say("ribbon.no-tables", {}), lang);
  const { red, yellow } = countLights(result.tables.flatMap(itemLights));
  return renderMessage(say("ribbon.checked", { tables: result.tables.length, red, yellow }), lang);
}

/** What clearing reported (the plan's messages, worded in the run's language), or a plain confirmation. */
export function clearedText(messages: readonly string[], lang: Lang): string {
  return messages.length > 0 ? messages.join("\n") : renderMessage(say("ribbon.cleared", {}), lang);
}

/** A clear's lines in each language (Plan.said), worded as clearedText words them: the pane says them in its own. */
export function clearedInEach(said: { zh: string[]; en: string[] }): Record<Lang, string> {
  return { zh: clearedText(said.zh, "zh"), en: clearedText(said.en, "en") };
}

/** Why a command failed, in the run's language: our errors are worded in it, the host's own keep their text. */
export function failedText(error: unknown, lang: Lang): string {
  return renderMessage(say("ribbon.failed", { detail: errorText(error, lang) }), lang);
}

/** A failed run told no language: the one the workbook's settings choose, when they can still be read; else Chinese. */
async function langAfterFailure(): Promise<Lang> {
  try {
    return parseStoredSettings(await loadSettings()).lang;
  } catch {
    return "zh";
  }
}

/** Runs one command: publishes the outcome, opens the pane on failure, and completes the event in every case. */
export async function runCommand(
  command: CommandName,
  work: () => Promise<Pick<CommandOutcome, "message" | "result" | "inEach">>,
  event: CommandEvent,
  ui: CommandUi,
): Promise<void> {
  try {
    const done = await work();
    publishOutcome({ command, ok: true, at: ui.now().toISOString(), ...done });
  } catch (error) {
    const message = failedText(error, await langAfterFailure());
    const { code, whileWriting } = (error ?? {}) as { code?: unknown; whileWriting?: unknown };
    publishOutcome({
      command,
      ok: false,
      message,
      at: ui.now().toISOString(),
      ...(typeof code === "string" ? { code } : {}),
      ...(whileWriting === true ? { unfinished: true } : {}),
    });
    try {
      await ui.showPane();
    } catch {
      // The pane cannot open (e.g. an older Excel): the outcome stays in the shared state for later.
    }
  } finally {
    event.completed();
  }
}

export const commandWork: Record<CommandName, () => Promise<Pick<CommandOutcome, "message" | "result" | "inEach">>> = {
  checkTargets: async () => {
    const { check, lang } = await checkTargets();
    return { message: summarizeCheck(check, lang), result: check };
  },
  clearMarks: async () => {
    const { messages, lang, said } = await clearMarks();
    const inEach = said && clearedInEach(said);
    return { message: clearedText(messages, lang), ...(inEach ? { inEach } : {}) };
  },
};

const officeUi: CommandUi = {
  showPane: () => Office.addin.showAsTaskpane(),
  now: () => new Date(),
};

// taskpane.html loads this bundle in a plain browser too (standalone mode), where there is no Office.
if (typeof Office !== "undefined") {
  Office.onReady(() => {
    Office.actions.associate("checkTargets", (event: CommandEvent) =>
      runCommand("checkTargets", commandWork.checkTargets, event, officeUi),
    );
    Office.actions.associate("clearMarks", (event: CommandEvent) =>
      runCommand("clearMarks", commandWork.clearMarks, event, officeUi),
    );
  });
}
