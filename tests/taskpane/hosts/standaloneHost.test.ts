import { checkedFileName, createStandaloneHost, type Engine } from "../../../src/taskpane/hosts/standaloneHost";
import { HostError } from "../../../src/taskpane/host";
import { toJudgeSettings } from "../../../src/core/settings";
import type { WorkbookSnapshot } from "../../../src/core/types";
import { DEFAULTS, sampleResult } from "../fixtures";

const ZIP = new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]).buffer;
const file = (name: string, data: ArrayBuffer) => ({ name, arrayBuffer: async () => data });

/** An engine that records what the host asks of it; the real modules are exercised by the browser test. */
function fakeEngine(snapshot: WorkbookSnapshot = { sheets: [], settings: null }) {
  const written = new Uint8Array([1, 2, 3]).buffer;
  const workbook = { xlsx: { writeBuffer: jest.fn(async () => written) } };
  const engine = {
    snapshotFromXlsx: jest.fn(async () => ({ workbook, snapshot })),
    checkWorkbook: jest.fn(() => sampleResult()),
    runPipeline: jest.fn((_snapshot: WorkbookSnapshot, settings: unknown, _request: { storeSettings?: string }) => ({
      outcome: "planned",
      settings,
      check: sampleResult(),
      plan: { ops: [], marks: {}, messages: [] },
    })),
    applyPlanToExcelJs: jest.fn(),
    writeXlsx: jest.fn(async () => new Uint8Array(written)),
  };
  return { engine, workbook, written };
}

function hostWith(engine: unknown) {
  const saveFile = jest.fn();
  const host = createStandaloneHost({ loadEngine: async () => engine as Engine, saveFile });
  return { host, saveFile };
}

describe("standalone host", () => {
  const settings = toJudgeSettings(DEFAULTS, "2024-08-15");

  it("names the checked copy after the file", () => {
    expect(checkedFileName("预算.xlsx")).toBe("预算.checked.xlsx");
    expect(checkedFileName("Book.XLSX")).toBe("Book.checked.xlsx");
  });

  it("refuses to check or download before a file is opened", async () => {
    const { host } = hostWith(fakeEngine().engine);
    await expect(host.check(settings)).rejects.toMatchObject({ code: "no-workbook" });
    await expect(host.downloadChecked!(settings)).rejects.toBeInstanceOf(HostError);
  });

  it("rejects a file that is not a zip (.xls, .et, text) before ExcelJS sees it", async () => {
    const { engine } = fakeEngine();
    const { host } = hostWith(engine);
    await expect(host.openFile!(file("old.xls", new Uint8Array([0xd0, 0xcf, 0x11]).buffer))).rejects.toMatchObject({
      code: "not-xlsx",
    });
    expect(engine.snapshotFromXlsx).not.toHaveBeenCalled();
  });

  it("reports a zip that ExcelJS cannot read as not-xlsx", async () => {
    const { engine } = fakeEngine();
    engine.snapshotFromXlsx.mockRejectedValueOnce(new Error("End of data reached"));
    const { host } = hostWith(engine);
    await expect(host.openFile!(file("broken.xlsx", ZIP))).rejects.toMatchObject({
      code: "not-xlsx",
      detail: "End of data reached",
    });
  });

  it("opens, reads the stored settings, checks and downloads the checked copy", async () => {
    const { engine, written } = fakeEngine({
      sheets: [],
      settings: JSON.stringify({ lang: "en", asOf: "2024-07-31" }),
    });
    const { host, saveFile } = hostWith(engine);
    const opened = await host.openFile!(file("预算.xlsx", ZIP));
    expect(opened).toMatchObject({ name: "预算.xlsx", settings: { lang: "en", asOf: "2024-07-31" } });
    expect(await host.loadSettings()).toMatchObject({ lang: "en" });

    const result = await host.check(settings);
    expect(result.tables).toHaveLength(2);
    expect(engine.checkWorkbook).toHaveBeenLastCalledWith(expect.objectContaining({ sheets: [] }), settings);

    const out = await host.downloadChecked!({ ...settings, lang: "en" });
    expect(out).toEqual({ fileName: "预算.checked.xlsx", bytes: 3 });
    expect(saveFile).toHaveBeenCalledWith("预算.checked.xlsx", written);
    expect(engine.runPipeline).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ lang: "en", bands: settings.bands }),
      expect.objectContaining({ formulas: false }),
    );
    expect(engine.applyPlanToExcelJs).toHaveBeenCalledTimes(1);
    // The settings in force go to the plan, which writes them where the CLI and Excel read them (A2 of the marks sheet).
    const request = engine.runPipeline.mock.calls[0][2];
    expect(JSON.parse(request.storeSettings!)).toMatchObject({ lang: "en", asOf: "2024-08-15" });
  });
});
