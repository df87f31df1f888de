/** A search box's text, reduced to what both full-text engines can take without any syntax of their own. */
export interface SearchQuery {
  /** The whole text, trimmed and lower-cased: compared with `title_lower` for the exact and prefix tiers. */
  text: string;
  /**
   * Its words (letters and digits, diacritics removed, lower case), in order. Every other character separates
   * words, so FTS5 or tsquery syntax (quotes, `*`, `-`, `NEAR`, `:`, `&`, parentheses, NUL) never reaches an engine
   * as syntax: the store quotes each word.
   */
  words: string[];
  /**
   * True when the last word may be unfinished (the text does not end with a separator): it then matches as a
   * prefix, so results follow each keystroke.
   */
  lastIsPrefix: boolean;
}

/** At most this many words reach the engines; longer text is still compared whole with titles. */
export const MAX_QUERY_WORDS = 16;
/** Text longer than this is cut (a title is rarely longer; a pasted document would only cost time). */
export const MAX_QUERY_LENGTH = 500;

const SEPARATOR = /[^\p{L}\p{N}]+/u;

/** Splits text into search words the way the indexes split titles and descriptions. */
export function splitWords(text: string): string[] {
  return foldText(text)
    .split(SEPARATOR)
    .filter((word) => word.length > 0);
}

/** Lower case without diacritics (as FTS5's `remove_diacritics 2`). */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function parseSearchQuery(raw: string | undefined): SearchQuery {
  // NUL and other control characters are separators like any punctuation; PostgreSQL refuses NUL in text.
  const untrimmed = (raw ?? '')
    .slice(0, MAX_QUERY_LENGTH)
    .replace(/\p{Cc}/gu, ' ')
    .toLowerCase();
  const text = untrimmed.trim();
  const all = splitWords(text);
  const words = all.slice(0, MAX_QUERY_WORDS);
  // "orders " (a space typed after the word) asks for the word itself; a cut-off list ends on a whole word.
  const lastIsPrefix =
    words.length === all.length && words.length > 0 && !SEPARATOR.test(untrimmed.slice(-1));
  return { text, words, lastIsPrefix };
}
