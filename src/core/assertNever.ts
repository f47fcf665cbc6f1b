/**
 * The default branch of an exhaustive switch: it only compiles when every case is handled, so a new plan
 * operation (or phase, or light) cannot be silently ignored; at run time it fails loudly instead.
 */
export function assertNever(value: never, what = "value"): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
