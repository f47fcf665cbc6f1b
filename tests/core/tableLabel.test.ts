/**
 * How a table is named to the user: a second table read from one header (宜兴 2016's 目标名称 pair) or a region's table
 * of a project with no name must be told apart from the first, and found on its sheet.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { readWorkbook } from "../../src/core/read";
import { tableLabel } from "../../src/core/tableLabel";
import { snapshotFromXlsx } from "../../src/host/xlsx/snapshot";

const REAL = join(__dirname, "..", "fixtures", "real");

async function labelsOf(file: string): Promise<string[]> {
  const { snapshot } = await snapshotFromXlsx(readFileSync(join(REAL, file)));
  return readWorkbook(snapshot).tables.map(tableLabel);
}

describe("tableLabel", () => {
  const table = (name: string, title = "", region?: string) => ({ name, title, sheet: "绩效评价", region });

  it("is the name, else the title, else the sheet", () => {
    expect(tableLabel(table("村级运转经费", "项目支出绩效目标表"))).toBe("村级运转经费");
    expect(tableLabel(table("", "项目支出绩效目标表"))).toBe("项目支出绩效目标表");
    expect(tableLabel(table("  "))).toBe("绩效评价");
  });

  it("gives a part's table of a project with no name what the first table goes by, then the part", () => {
    expect(tableLabel(table("（目标名称）", "", "目标名称"))).toBe("绩效评价（目标名称）");
    expect(tableLabel(table("（新罗区）", "专项转移支付绩效目标表", "新罗区"))).toBe(
      "专项转移支付绩效目标表（新罗区）",
    );
    // With a project name the name says it all.
    expect(tableLabel(table("宗教管理经费补助（新罗区）", "专项转移支付绩效目标表", "新罗区"))).toBe(
      "宗教管理经费补助（新罗区）",
    );
    // A name that happens to be bracketed, of no part: as written.
    expect(tableLabel(table("（一）办公经费"))).toBe("（一）办公经费");
  });

  it("tells 宜兴 2016's two tables apart, and leaves 龙岩 2023's regions as they were", async () => {
    expect(await labelsOf("jiangsu-yixing-public-health-evaluation-2016.xlsx")).toEqual([
      "绩效评价",
      "绩效评价（目标名称）",
    ]);
    const longyan = await labelsOf("fujian-longyan-transfer-goals-2023.xlsx");
    expect(longyan[0]).toBe("宗教管理经费补助（新罗区）");
    expect(new Set(longyan).size).toBe(7);
  });
});
