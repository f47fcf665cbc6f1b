/**
 * Which of a sheet's conditional-format rules a removeConditionalFormat op takes — one rule for the three appliers.
 */
import { formulaShape } from "./fingerprint";

/**
 * The rules with the recorded formula itself, when there are any: ours, where we wrote them. A rule of the same
 * shape elsewhere is someone else's — the user's, or one a check left as the user's (a block whose record was
 * lost: the earlier check wrote its own beside it) — and stays, so a second check takes nothing the first kept.
 * None with the recorded formula: our rules moved (Excel rewrites the references when rows or columns are
 * inserted), and every rule of that shape goes, as it always did.
 */
export function rulesToRemove<T>(rules: T[], formulaOf: (rule: T) => string, recorded: string): T[] {
  const shape = formulaShape(recorded);
  const same = rules.filter((r) => formulaShape(formulaOf(r)) === shape);
  const exact = same.filter((r) => sameText(formulaOf(r), recorded));
  return exact.length > 0 ? exact : same;
}

/** The same formula as written: the hosts give it with or without "=", spaced or not. */
const sameText = (a: string, b: string) => norm(a) === norm(b);
const norm = (f: string) => f.replace(/^=/, "").replace(/\s+/g, "");
