/** @jest-environment jsdom */
/**
 * review39: the standalone page, one unit's workbook after another's. The first workbook stores its own settings
 * (监控时点 2024-07-31, other bands); the second was never given any. Nothing was typed in the pane: the second must
 * be judged as of its own date (the one typed on its summary, else today) with the default settings — as the CLI
 * and the add-in judge it — not at the first unit's stored date, marked "chosen" (then written into its copy).
 */
import "../jsdomSetup";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Root } from "../../../src/taskpane/components/Root/Root";
import type { PaneHost, PickedFile } from "../../../src/taskpane/host";
import { DEFAULT_STORED, type JudgeRequest, type StoredSettings } from "../../../src/core/settings";
import { fakeHost, sampleResult } from "../fixtures";

jest.setTimeout(30_000);

const TODAY = "2024-08-15";
const FIRST_UNIT: StoredSettings = { ...DEFAULT_STORED, asOf: "2024-07-31", bands: { red: 50, yellow: 70, blue: 130 } };

/** What each workbook stores in its record (A2 of _PerfTargets); the second stores nothing. */
const storedIn: Record<string, StoredSettings | null> = { "甲单位.xlsx": FIRST_UNIT, "乙单位.xlsx": null };

describe("standalone page: a second unit's workbook after the first", () => {
  it("judges a workbook without stored settings at its own date and the defaults, not the previous file's", async () => {
    const user = userEvent.setup();
    const asked: Record<string, JudgeRequest> = {};
    const host = fakeHost({
      kind: "standalone",
      // As the real host does (standaloneHost.ts openFile): the opened workbook's stored settings go to judge().
      openFile: jest.fn(async (f: PickedFile, judge: (s: StoredSettings | null) => JudgeRequest) => {
        const request = judge(storedIn[f.name]);
        asked[f.name] = request;
        // As the worker does (core/pipeline.ts settingsFor): a date not chosen is the one typed on the workbook's
        // summary, else the request's own date. None is typed here: the request's date is what it is judged at
        // (pane55: a stand-in that answered TODAY by itself hid that the pane asked for the first unit's date).
        const asOf = request.asOf;
        return { name: f.name, settings: storedIn[f.name], result: { ...sampleResult(), asOf } };
      }),
      cancel: jest.fn(),
      downloadChecked: jest.fn(async () => ({ fileName: "乙单位.checked.xlsx", bytes: 10 })),
    } as Partial<PaneHost>);
    render(<Root host={host} today={TODAY} />);

    await user.upload(screen.getByTestId("file-input"), new File([new Uint8Array([0x50, 0x4b])], "甲单位.xlsx"));
    await screen.findByText("已打开：甲单位.xlsx");
    expect(asked["甲单位.xlsx"]).toEqual(expect.objectContaining({ asOf: "2024-07-31" }));

    await user.upload(screen.getByTestId("file-input"), new File([new Uint8Array([0x50, 0x4b])], "乙单位.xlsx"));
    await screen.findByText("已打开：乙单位.xlsx");
    const second = asked["乙单位.xlsx"];
    // Its own date: not chosen by the pane, so the worker reads the one on its summary, else today.
    expect(second.asOfChosen).toBe(false);
    expect(second.asOf).toBe(TODAY);
    expect(second.bands).toEqual(DEFAULT_STORED.bands);
    await waitFor(() => expect(screen.getByLabelText("监控时点")).toHaveProperty("value", TODAY));

    // Its copy carries no date it never had (the first unit's 2024-07-31 would be read by every later check).
    await user.click(screen.getByRole("button", { name: "下载检查结果" }));
    expect(host.downloadChecked).toHaveBeenCalledWith(expect.objectContaining({ asOfChosen: false }));
  });
});
