/**
 * The comparison key for duplicate and restatement matching: NFKC folds full-width and half-width
 * forms; whitespace (re-flow) and Markdown emphasis marks are dropped.
 */
const IGNORED = /[\s*_~]+/gu;

/**
 * The key of `text[start, end)`. A sentence is scanned where it is, in its post: a slice reads
 * each character through one more indirection, and most keys are the sentence itself.
 */
export function matchKey(text: string, start = 0, end = text.length): string {
  // Most sentences are NFKC already (kana, kanji, ASCII), and most others differ only by full-width
  // punctuation (（）：？): a table lookup per character is cheaper than a call into ICU, which
  // costs the most on the shortest sentences.
  const needs = scan(text, start, end);
  const part = start === 0 && end === text.length ? text : text.slice(start, end);
  switch (needs) {
    case Needs.Nothing:
      return part;
    case Needs.Strip:
      return part.replace(IGNORED, '');
    case Needs.Map:
      return mapped(part);
    default:
      return part.normalize('NFKC').replace(IGNORED, '');
  }
}

const enum Needs {
  Nothing,
  /** NFKC already; ignored characters to drop. */
  Strip,
  /** Characters to map one by one (and ignored ones to drop). */
  Map,
  Normalize,
}

/** Kinds as bit flags, so that a scan ORs together what it met. */
const enum Kind {
  Unknown = 0,
  /** Unchanged by NFKC, alone and next to its neighbours. */
  Stable = 1,
  /** Unchanged by NFKC, and dropped from keys. */
  Ignored = 2,
  /** Changed by NFKC into characters that are Stable or Ignored: mapped on its own, with no neighbour involved. */
  Mapped = 4,
  /** Changed by NFKC otherwise, or may combine with the character before it. */
  Unstable = 8,
}

/** Kinds per UTF-16 code unit, filled as characters are first seen. */
const KINDS = new Uint8Array(0x10000);
/** What a Mapped code unit becomes in a key: its NFKC form without ignored characters. */
const MAPPINGS = new Map<number, string>();
const IGNORED_CHAR = /^[\s*_~]$/u;
/** Marks and conjoining jamo compose with the character before them; a surrogate is half a character. */
const COMBINING = /^[\p{M}\u1100-\u11ff\ud800-\udfff]$/u;

function kindOf(c: number): Kind {
  const kind = KINDS[c] as Kind;
  return kind === Kind.Unknown ? (KINDS[c] = classify(c)) : kind;
}

function classify(c: number): Kind {
  const char = String.fromCharCode(c);
  if (COMBINING.test(char)) return Kind.Unstable;
  const nfkc = char.normalize('NFKC');
  if (nfkc === char) return IGNORED_CHAR.test(char) ? Kind.Ignored : Kind.Stable;
  // A character NFKC makes into characters that neither change nor combine maps on its own.
  for (let i = 0; i < nfkc.length; i++) if ((kindOf(nfkc.charCodeAt(i)) & (Kind.Stable | Kind.Ignored)) === 0) return Kind.Unstable;
  MAPPINGS.set(c, nfkc.replace(IGNORED, ''));
  return Kind.Mapped;
}

function scan(text: string, start: number, end: number): Needs {
  let seen = 0;
  for (let i = start; i < end; i++) {
    let kind = KINDS[text.charCodeAt(i)] as Kind;
    if (kind === Kind.Unknown) kind = kindOf(text.charCodeAt(i));
    if (kind === Kind.Unstable) return Needs.Normalize;
    seen |= kind;
  }
  return (seen & Kind.Mapped) !== 0 ? Needs.Map : (seen & Kind.Ignored) !== 0 ? Needs.Strip : Needs.Nothing;
}

/** The key of a text with no Unstable character: each character's own key, in order. */
function mapped(text: string): string {
  let key = '';
  let from = 0; // text[from, i) is still to be copied
  for (let i = 0; i < text.length; i++) {
    const kind = KINDS[text.charCodeAt(i)] as Kind;
    if (kind === Kind.Stable) continue;
    key += text.slice(from, i);
    if (kind === Kind.Mapped) key += MAPPINGS.get(text.charCodeAt(i))!;
    from = i + 1;
  }
  return key + text.slice(from);
}
