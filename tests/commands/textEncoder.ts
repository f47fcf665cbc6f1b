/**
 * jsdom has no TextEncoder / TextDecoder; the Excel adapter measures request sizes with one at load time, and the
 * package reader (src/host/xlsx/zip.ts) makes one of each at load time (Node's are the same as a browser's).
 */
import { TextDecoder, TextEncoder } from "node:util";

const g = globalThis as { TextEncoder?: unknown; TextDecoder?: unknown };
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;
