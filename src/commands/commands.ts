/**
 * Ribbon commands (manifest: ExecuteFunction "checkTargets" and "clearMarks"). Thin on purpose: the work is
 * in src/host/excel/actions.ts; here we only run it, tell the pane the outcome, show the pane when something
 * went wrong (ribbon commands have no UI of their own), and always complete the event so Excel's ribbon
 * does not stay busy.
 */
import { checkTargets, clearMarks } from "../host/excel/actions";
import { countLights, itemLights } from "../core/lights";
import type { CheckResult } from "../core/types";
import { publishOutcome, type CommandName, type CommandOutcome } from "./shared-state";

export interface CommandEvent {
  completed: () => void;
}

export interface CommandUi {
  showPane: () => Promise<void>;
  now: () => Date;
}

export function summarizeCheck(result: CheckResult): string {
  if (result.tables.length === 0) return "未找到绩效目标表。";
  const { red, yellow } = countLights(result.tables.flatMap(itemLights));
  return `已检查 ${result.tables.length} 张绩效目标表：红色预警 ${red} 项，黄色预警 ${yellow} 项。`;
}

function errorText(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `操作未完成：${detail}`;
}

/** Runs one command: publishes the outcome, opens the pane on failure, and completes the event in every case. */
export async function runCommand(
  command: CommandName,
  work: () => Promise<Pick<CommandOutcome, "message" | "result">>,
  event: CommandEvent,
  ui: CommandUi,
): Promise<void> {
  try {
    const done = await work();
    publishOutcome({ command, ok: true, at: ui.now().toISOString(), ...done });
  } catch (error) {
    publishOutcome({ command, ok: false, message: errorText(error), at: ui.now().toISOString() });
    try {
      await ui.showPane();
    } catch {
      // The pane cannot open (e.g. an older Excel): the outcome stays in the shared state for later.
    }
  } finally {
    event.completed();
  }
}

export const commandWork: Record<CommandName, () => Promise<Pick<CommandOutcome, "message" | "result">>> = {
  checkTargets: async () => {
    const result = await checkTargets();
    return { message: summarizeCheck(result), result };
  },
  clearMarks: async () => {
    // The adapter may report what it removed (plan messages); otherwise a generic confirmation.
    const reported: unknown = await clearMarks();
    const messages = Array.isArray(reported) ? reported.filter((m): m is string => typeof m === "string") : [];
    return { message: messages.length > 0 ? messages.join("\n") : "已清除本加载项写入的标记。" };
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
