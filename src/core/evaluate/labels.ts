/** Words for statuses, lights and grades in both languages (what cells, the pane and PERF.* show). */
import type { Light, Status } from "../types";
import type { Grade } from "./actual";
import type { Lang } from "../locale/messages";

const STATUS_WORDS: Record<Status, Record<Lang, string>> = {
  met: { zh: "达标", en: "met" },
  missed: { zh: "未达标", en: "missed" },
  "on-track": { zh: "正常", en: "on track" },
  behind: { zh: "滞后", en: "behind" },
  exceeded: { zh: "超额", en: "exceeded" },
  pending: { zh: "待填报", en: "pending" },
  unknown: { zh: "无法识别", en: "not understood" },
};

/** No light is an empty cell in both languages, so conditional formats see nothing. */
const LIGHT_WORDS: Record<Light, Record<Lang, string>> = {
  red: { zh: "红", en: "red" },
  yellow: { zh: "黄", en: "yellow" },
  green: { zh: "绿", en: "green" },
  blue: { zh: "蓝", en: "blue" },
  none: { zh: "", en: "" },
};

const GRADE_WORDS: Record<Grade, Record<Lang, string>> = {
  achieved: { zh: "达成", en: "achieved" },
  partly: { zh: "部分达成", en: "partly achieved" },
  not: { zh: "未达成", en: "not achieved" },
};

/** A self-evaluation's grade (score/score.ts `grade`) in English; the Chinese word is the grade itself. */
export const GRADE_EN: Record<"优" | "良" | "中" | "差", string> = {
  优: "Excellent",
  良: "Good",
  中: "Fair",
  差: "Poor",
};

export function statusLabel(status: Status, lang: Lang = "zh"): string {
  return STATUS_WORDS[status][lang];
}

export function lightLabel(light: Light, lang: Lang = "zh"): string {
  return LIGHT_WORDS[light][lang];
}

export function gradeLabel(grade: Grade, lang: Lang = "zh"): string {
  return GRADE_WORDS[grade][lang];
}

/** Every word a status or light cell may hold, for data-validation lists and parsing a cell back. */
export const ALL_STATUS_WORDS: Record<Lang, string[]> = {
  zh: Object.values(STATUS_WORDS).map((w) => w.zh),
  en: Object.values(STATUS_WORDS).map((w) => w.en),
};

/** A light word in either language back to the light ("红" / "red" → red); null when not a light word. */
export function parseLightWord(word: string): Light | null {
  const w = word.trim().toLowerCase();
  for (const [light, words] of Object.entries(LIGHT_WORDS) as [Light, Record<Lang, string>][]) {
    if (light !== "none" && (words.zh === w || words.en === w)) return light;
  }
  return null;
}
