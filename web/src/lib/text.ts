// Small text helpers.

/**
 * The opening sentences of a text, up to about `max` characters, for a feed where the whole
 * text is one tap away. Never cuts inside a sentence; the first sentence is always kept.
 */
export function firstSentences(text: string, max = 180): { text: string; cut: boolean } {
  // A sentence ends at . ! or ? (and any closing quotes) followed by white space, so "3.8" stays whole.
  const sentences: string[] = [];
  let start = 0;
  const re = /[.!?]["'”’)]*\s+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    sentences.push(text.slice(start, m.index + m[0].length));
    start = m.index + m[0].length;
  }
  if (start < text.length) sentences.push(text.slice(start));
  let out = '';
  for (const s of sentences) {
    if (out && (out + s).trim().length > max) break;
    out += s;
  }
  out = out.trim();
  return { text: out, cut: out.length < text.trim().length };
}

/** "after_sex_distance" → "After sex distance"; keeps what the server wrote readable. */
export function humanise(key: string): string {
  const s = key.replace(/[_.-]+/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}
