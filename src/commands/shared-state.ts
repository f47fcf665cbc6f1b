/**
 * What the ribbon commands tell the task pane. In the shared runtime the pane, the commands and the custom
 * functions run in one JavaScript context. The pane's bundle shares this module with the commands bundle
 * (dependOn, webpack.config.js), but a bundle with a webpack runtime of its own (functions.js) would get its own
 * copy; so the state lives on globalThis under one key, and every copy sees the same object.
 */
import type { CheckResult } from "../core/types";
import type { Lang } from "../core/locale/messages";

export type CommandName = "checkTargets" | "clearMarks";

export interface CommandOutcome {
  command: CommandName;
  ok: boolean;
  /** User-facing text in the run's language (Chinese unless English is chosen): a short summary, or the error. */
  message: string;
  /** A clear's message in each language: the pane says it again in the language it is switched to. */
  inEach?: Record<Lang, string>;
  /** ISO timestamp of when the command finished. */
  at: string;
  /** The check's findings, so the pane can show them without checking again. */
  result?: CheckResult;
  /** A failure's code, where the error has one (the adapter's: "no-table", "protected", "busy" …). */
  code?: string;
  /** A failure after the run began writing (the adapter's whileWriting): what it wrote before stands, it did not finish. */
  unfinished?: boolean;
}

type OutcomeListener = (outcome: CommandOutcome) => void;

interface SharedState {
  last: CommandOutcome | null;
  listeners: Set<OutcomeListener>;
  /** A check or clear is running (started from the ribbon or the pane). */
  running?: boolean;
}

const GLOBAL_KEY = "__perfTargetsCommandState__";

function sharedState(): SharedState {
  const holder = globalThis as typeof globalThis & { [GLOBAL_KEY]?: SharedState };
  holder[GLOBAL_KEY] ??= { last: null, listeners: new Set() };
  return holder[GLOBAL_KEY];
}

/** Keep a ribbon or pane run's outcome as the last one and tell every listener of it. */
export function publishOutcome(outcome: CommandOutcome): void {
  const state = sharedState();
  state.last = outcome;
  for (const listener of state.listeners) listener(outcome);
}

/**
 * Run `work` unless another check or clear is running (ribbon and pane share this one flag): a second one
 * started meanwhile would read the workbook half-written by the first. Returns null when refused.
 */
export async function exclusively<T>(work: () => Promise<T>): Promise<{ value: T } | null> {
  const state = sharedState();
  if (state.running) return null;
  state.running = true;
  try {
    return { value: await work() };
  } finally {
    state.running = false;
  }
}

/** The latest outcome (e.g. for a pane opened after the command ran), or null. */
export function lastOutcome(): CommandOutcome | null {
  return sharedState().last;
}

/** Calls `listener` on every later outcome; returns the unsubscribe function (for a React effect cleanup). */
export function subscribeOutcomes(listener: OutcomeListener): () => void {
  const { listeners } = sharedState();
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
