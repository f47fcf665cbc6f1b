/** The plan never looks inside a parsed target; a plain stand-in keeps these tests independent of the parser. */
import type { ParsedTarget } from "../../../src/core/types";

export function parseTarget(raw: string): ParsedTarget {
  return { kind: "qualitative", op: null, opExplicit: false, value: null, unit: null, normalized: raw, raw };
}
