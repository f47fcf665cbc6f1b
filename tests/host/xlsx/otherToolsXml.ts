/** Test helpers for parts another tool saved: is a part well-formed, and a drawing as openpyxl rewrites it. */
import { SaxesParser } from "saxes";

/** The error a namespace-aware XML parser (saxes) finds in a part, or null: Excel requires every prefix declared. */
export function wellFormed(xml: string): string | null {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | null = null;
  parser.on("error", (e) => {
    error ??= e.message;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= (e as Error).message;
  }
  return error;
}

/** A drawing part as openpyxl saves it: the spreadsheetDrawing namespace unprefixed, our chart renamed "Chart 1". */
export function asOpenpyxlSavesDrawing(xml: string): string {
  return xml
    .replace(/<xdr:wsDr\b[^>]*>/, '<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">')
    .replace(/<\/xdr:wsDr>/, "</wsDr>")
    .replace(/(<\/?)xdr:/g, "$1")
    .replace(/<a:graphic>/g, '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">')
    .replace(/<xfrm>[\s\S]*?<\/xfrm>/g, "<xfrm/>")
    .replace(/name="PerfTargetsChart"/, 'name="Chart 1"');
}
