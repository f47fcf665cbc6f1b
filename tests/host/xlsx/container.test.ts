import { readFileSync } from "node:fs";
import path from "node:path";
import { renderMessage } from "../../../src/core/locale/messages";
import { containerProblem } from "../../../src/host/xlsx/container";

const bytes = (...parts: string[]) => new Uint8Array(readFileSync(path.join(__dirname, "..", "..", "..", ...parts)));
const problem = (data: Uint8Array) => {
  const found = containerProblem(data);
  return found && renderMessage(found, "zh");
};

describe("what a file is before the reader opens it", () => {
  test("a workbook (a zip) goes on to the reader", () => {
    expect(containerProblem(bytes("assets", "sample.xlsx"))).toBeNull();
  });

  test("a real old binary .xls is told to be saved as .xlsx", () => {
    expect(problem(bytes("tests", "fixtures", "bad", "legacy.xls"))).toBe(
      "这是旧版二进制格式（.xls 或 WPS 的 .et）：请在 Excel 或 WPS 中另存为 .xlsx 后再检查",
    );
  });

  test("a real password-protected .xlsx is told to have its password removed, not to be saved as .xlsx", () => {
    expect(problem(bytes("tests", "fixtures", "bad", "password.xlsx"))).toBe(
      "文件设有打开密码（已加密）：请在 Excel 或 WPS 中取消密码后再检查",
    );
  });

  test("empty, text and a bare compound-file signature", () => {
    expect(problem(new Uint8Array(0))).toBe("文件是空的（0 字节）");
    expect(problem(new TextEncoder().encode("一级指标,二级指标\n"))).toBe("不是 Excel 工作簿（.xlsx / .xlsm）");
    const signatureOnly = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(problem(signatureOnly)).toMatch(/^这是旧版二进制格式/);
    // The name split across the end of the data is not a match.
    const cut = new Uint8Array([...signatureOnly, ...Array.from("Encrypted").flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(problem(cut)).toMatch(/^这是旧版二进制格式/);
  });
});
