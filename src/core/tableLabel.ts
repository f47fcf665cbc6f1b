import type { GoalTable } from "./types";

/**
 * How a table is named to the user (report line, summary row, task pane, plan messages): its project name, else its
 * title, else its sheet. A table read without either (the tail of a table copied from the middle of a page, 大英 2023)
 * still gets a name the user can find. A region's or a second target's table of a project with no name (宜兴 2016: the
 * name is only `（目标名称）`) goes by what the project's first table goes by, then its part — `绩效评价（目标名称）` beside
 * `绩效评价` — so the two are told apart and both found on their sheet.
 */
export function tableLabel(table: Pick<GoalTable, "name" | "title" | "sheet" | "region">): string {
  const name = table.name.trim();
  if (table.region !== undefined && name === `（${table.region}）`)
    return `${table.title.trim() || table.sheet}${name}`;
  return name || table.title.trim() || table.sheet;
}
