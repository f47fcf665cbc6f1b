/** jsdom leaves out TextEncoder / TextDecoder, which the core's readers use; Node's are the same API. */
import { TextDecoder, TextEncoder } from "node:util";

const g = globalThis as typeof globalThis & { TextEncoder?: unknown; TextDecoder?: unknown };
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;
