/** jsdom leaves out TextEncoder / TextDecoder, which the core's readers use; Node's are the same API. */
import { TextDecoder, TextEncoder } from "node:util";

const g = globalThis as unknown as Record<string, unknown>;
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;
