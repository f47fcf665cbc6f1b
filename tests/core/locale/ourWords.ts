/**
 * The English text with the user's own text (always inside “ ”) taken out: what is left is ours. The user's text may
 * quote in turn (““三公”经费变动率”, 重庆 2021): one level of quotes inside is theirs too.
 */
export function ourWords(english: string): string {
  return english.replace(/“(?:[^“”]|“[^“”]*”)*”/g, "“…”");
}
