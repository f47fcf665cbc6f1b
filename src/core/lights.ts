/**
 * The warning lights in one place: their order of severity and how they are counted
 * (docs/domain.md#lights). Worst first: red > yellow > blue > green > none. Blue (over-achievement) ranks
 * above green because it must be explained, but below yellow because nothing is at risk; "none" (pending,
 * not understood) never hides a real light.
 */
import type { CheckedTable, Light } from "./types";

/** Every light, worst first. */
const LIGHTS_BY_SEVERITY = ["red", "yellow", "blue", "green", "none"] as const satisfies readonly Light[];

/** The real lights (not "none"), worst first: the order every count is shown in. */
export const REAL_LIGHTS = ["red", "yellow", "blue", "green"] as const satisfies readonly Light[];

/** Higher is worse: red 4, yellow 3, blue 2, green 1, none 0. */
export function lightSeverity(light: Light): number {
  return LIGHTS_BY_SEVERITY.length - 1 - LIGHTS_BY_SEVERITY.indexOf(light);
}

/** The worst of the lights (red > yellow > blue > green > none); none for an empty list. */
export function worstLight(lights: Iterable<Light>): Light {
  let worst: Light = "none";
  for (const light of lights) worst = worseLight(worst, light);
  return worst;
}

/** The worse of two lights (for a loop that has no list of them). */
export function worseLight(a: Light, b: Light): Light {
  return lightSeverity(b) > lightSeverity(a) ? b : a;
}

/** True when `light` is `threshold` or worse (the CLI's --fail-on). */
export function isAtLeast(light: Light, threshold: Light): boolean {
  return lightSeverity(light) >= lightSeverity(threshold);
}

type LightCounts = Record<Light, number>;

/** How many of each light. */
export function countLights(lights: Iterable<Light>): LightCounts {
  const counts: LightCounts = { red: 0, yellow: 0, blue: 0, green: 0, none: 0 };
  for (const light of lights) counts[light]++;
  return counts;
}

/** The lights of a table's judged items: its budget execution (when judged), then each indicator. */
export function itemLights(checked: CheckedTable): Light[] {
  const execution = checked.result.execution ? [checked.result.execution.light] : [];
  return [...execution, ...checked.results.map((r) => r.light)];
}

/** The lights of a table's indicators only. */
export function indicatorLights(checked: CheckedTable): Light[] {
  return checked.results.map((r) => r.light);
}
