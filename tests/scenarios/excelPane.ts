/** The pane in Excel over a fake workbook: the globals office.js gives the pane (Excel.run, Office.context). */
import type { FakeExcel } from "../host/excel/fake";

type Work = (context: Excel.RequestContext) => Promise<unknown>;
/** Excel.run(batch), or Excel.run(context, batch): "the same RequestContext" an event handler was added in. */
type Run = (first: Work | Excel.RequestContext, batch?: Work) => Promise<unknown>;
const globals = globalThis as unknown as { Excel: { run?: Run }; Office?: unknown };

/**
 * Call once at a test file's top level: each test then opens its fake with the function returned, and the globals
 * are removed after it (the next test starts without a workbook).
 */
export function excelPaneGlobals(): (fake: FakeExcel) => void {
  afterEach(() => {
    delete globals.Excel.run;
    delete globals.Office;
  });
  return (fake) => {
    globals.Excel.run = (first, batch) => (batch ?? (first as Work))(fake.context);
    globals.Office = {
      context: { document: { settings: { get: () => null } }, requirements: { isSetSupported: () => true } },
    };
  };
}
