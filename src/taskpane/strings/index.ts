/** String tables and a tiny formatter; the pane reads its words through useStrings(). */
import { createContext, useContext } from "react";
import { countEn } from "../../core/locale/plural";
import { en } from "./en";
import { zh, type StringKey, type Strings } from "./zh";
import type { Lang } from "../../core/locale/messages";

export type { StringKey, Strings };

const STRING_TABLES: Record<Lang, Strings> = { zh, en };

/**
 * Fill "{name}" placeholders; unknown placeholders stay visible so a missing value is noticed. "{count:indicator}" (or
 * "{count:copy|copies}") is the count with its English noun, singular after 1 (plural.ts).
 */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(
    /\{(\w+)(?::([^{}|]+)(?:\|([^{}]+))?)?\}/g,
    (whole, key: string, one?: string, many?: string) => {
      if (!(key in values)) return whole;
      return one === undefined ? String(values[key]) : countEn(values[key], one, many);
    },
  );
}

export type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

/**
 * A text worded when shown, in the pane's language at that moment: a notice kept as one re-words when the language
 * changes (the toggle, a workbook that stores the other language) and when it arrives after a switch.
 */
export type Wording = (t: Translate, lang: Lang) => string;

/** The pane's words in `lang`, `{name}` placeholders filled from the values given. */
export function translator(lang: Lang): Translate {
  const table = STRING_TABLES[lang];
  return (key, values) => format(table[key], values);
}

export const LangContext = createContext<Lang>("zh");

export function useStrings(): Translate {
  return translator(useContext(LangContext));
}
