import type { GoalTable } from "./types";

/**
 * How a table is named to the user (report line, summary row, task pane, plan messages): its project name, else its
 * title, else its sheet. A table read without either (the tail of a table copied from the middle of a page, 大英 2023)
 * still gets a name the user can find.
 */
export function tableLabel(table: Pick<GoalTable, "name" | "title" | "sheet">): string {
  return table.name.trim() || table.title.trim() || table.sheet;
}
