/** Building regular expressions from words: the one escape, and word lists as alternations. */

/**
 * `text` as a pattern that matches it to the letter: each character regex syntax gives a meaning is escaped, and only
 * those, so the pattern is valid with the `u` flag too (where `\%` or `\/` inside `new RegExp` would be an error or
 * needless).
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Words as one alternation (without the group around it), each escaped, longest first: a word that starts another
 * must not win over it (万 before 万元 would leave 元 unread).
 */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
}
