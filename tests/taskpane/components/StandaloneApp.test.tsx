/** @jest-environment jsdom */
import "../jsdomSetup";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Root } from "../../../src/taskpane/components/Root/Root";
import { HostError, type PaneHost } from "../../../src/taskpane/host";
import { fakeHost } from "../fixtures";

function standaloneHost(overrides: Partial<PaneHost> = {}) {
  return fakeHost({
    kind: "standalone",
    openFile: jest.fn(async (f: { name: string }) => ({ name: f.name, settings: null })),
    downloadChecked: jest.fn(async () => ({ fileName: "预算.checked.xlsx", bytes: 10 })),
    ...overrides,
  } as Partial<PaneHost>);
}

const xlsx = () => new File([new Uint8Array([0x50, 0x4b])], "预算.xlsx");

describe("App (standalone)", () => {
  it("offers open and drop, and cannot check before a file is opened", () => {
    render(<Root host={standaloneHost()} today="2024-08-15" />);
    expect(screen.getByRole("button", { name: "打开 .xlsx" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "检查目标" })).toHaveProperty("disabled", true);
    expect(screen.getByTestId("welcome").textContent).toContain("拖到这里");
    expect(screen.queryByTestId("download")).toBeNull();
  });

  it("opens a picked file, checks it at once and offers the download", async () => {
    const user = userEvent.setup();
    const host = standaloneHost();
    render(<Root host={host} today="2024-08-15" />);
    await user.upload(screen.getByTestId("file-input"), xlsx());
    expect(await screen.findAllByTestId("project")).toHaveLength(2);
    expect(screen.getByTestId("file-name").textContent).toBe("已打开：预算.xlsx");
    expect(host.check).toHaveBeenCalledWith(expect.objectContaining({ asOf: "2024-08-15" }));
    await user.click(screen.getByRole("button", { name: "下载检查结果" }));
    expect(host.downloadChecked).toHaveBeenCalledWith(expect.objectContaining({ asOf: "2024-08-15", lang: "zh" }));
    expect((await screen.findByTestId("notice")).textContent).toContain("已下载 预算.checked.xlsx");
  });

  it("opens a dropped file", async () => {
    const host = standaloneHost();
    render(<Root host={host} today="2024-08-15" />);
    fireEvent.drop(screen.getByTestId("pane"), { dataTransfer: { files: [xlsx()] } });
    expect(await screen.findAllByTestId("project")).toHaveLength(2);
    expect(host.openFile).toHaveBeenCalledWith(expect.objectContaining({ name: "预算.xlsx" }));
  });

  it("explains a dropped file that is not an .xlsx (dropping bypasses the picker's filter)", async () => {
    const user = userEvent.setup();
    const host = standaloneHost({
      openFile: jest.fn(async () => {
        throw new HostError("not-xlsx", "not a zip", "old.xls is not an .xlsx (zip) file");
      }),
    });
    render(<Root host={host} today="2024-08-15" />);
    fireEvent.drop(screen.getByTestId("pane"), { dataTransfer: { files: [new File(["x"], "old.xls")] } });
    const error = await screen.findByTestId("error");
    expect(error.getAttribute("data-code")).toBe("not-xlsx");
    expect(error.textContent).toContain("另存为 .xlsx");
    await user.click(within(error).getByRole("button", { name: "关闭" }));
    expect(screen.queryByTestId("error")).toBeNull();
    expect(screen.getByTestId("welcome")).toBeTruthy();
  });
});
