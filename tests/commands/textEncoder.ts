/** jsdom has no TextEncoder; the Excel adapter measures request sizes with one at load time (Node's is the same). */
import { TextEncoder } from "node:util";

const g = globalThis as { TextEncoder?: unknown };
g.TextEncoder ??= TextEncoder;
