import { createHost, officeReportsHost } from "../../../src/taskpane/hosts/createHost";

describe("host detection", () => {
  it("is Excel only when Office.onReady reports a host", async () => {
    expect(await officeReportsHost({ onReady: async () => ({ host: "Excel" }) })).toBe(true);
    expect(await officeReportsHost({ onReady: async () => ({ host: null }) })).toBe(false);
    expect((await createHost("excel", { onReady: async () => ({ host: "Excel" }) })).kind).toBe("excel");
    // office.js loaded outside Office (a browser tab, any frame): standalone.
    expect((await createHost("excel", { onReady: async () => ({ host: null }) })).kind).toBe("standalone");
    expect((await createHost("standalone", { onReady: async () => ({ host: "Excel" }) })).kind).toBe("standalone");
  });

  it("keeps the Excel host (which reports that the API did not start) when office.js is missing or silent", async () => {
    expect(await officeReportsHost(undefined)).toBeNull();
    expect(await officeReportsHost({ onReady: () => new Promise(() => undefined) }, 10)).toBeNull();
    expect((await createHost("excel", undefined)).kind).toBe("excel");
  });
});
