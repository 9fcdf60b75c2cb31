/**
 * The comparison key for duplicate and restatement matching: NFKC folds full-width and half-width
 * forms; whitespace (re-flow) and Markdown emphasis marks are dropped.
 */
const IGNORED = /[\s*_~]+/gu;

export function matchKey(text: string): string {
  // Most sentences are NFKC already (kana, kanji, ASCII): a table lookup per character is cheaper
  // than a call into ICU, which costs the most on the shortest sentences.
  switch (scan(text)) {
    case Needs.Nothing:
      return text;
    case Needs.Strip:
      return text.replace(IGNORED, '');
    default:
      return text.normalize('NFKC').replace(IGNORED, '');
  }
}

const enum Needs {
  Nothing,
  /** NFKC already; ignored characters to drop. */
  Strip,
  Normalize,
}

const enum Kind {
  Unknown = 0,
  /** Unchanged by NFKC, alone and next to its neighbours. */
  Stable,
  /** Unchanged by NFKC, and dropped from keys. */
  Ignored,
  /** Changed by NFKC, or may combine with the character before it. */
  Unstable,
}

/** Kinds per UTF-16 code unit, filled as characters are first seen. */
const KINDS = new Uint8Array(0x10000);
const IGNORED_CHAR = /^[\s*_~]$/u;
/** Marks and conjoining jamo compose with the character before them; a surrogate is half a character. */
const COMBINING = /^[\p{M}\u1100-\u11ff\ud800-\udfff]$/u;

function kindOf(c: number): Kind {
  let kind = KINDS[c] as Kind;
  if (kind === Kind.Unknown) {
    const char = String.fromCharCode(c);
    if (COMBINING.test(char) || char.normalize('NFKC') !== char) kind = Kind.Unstable;
    else kind = IGNORED_CHAR.test(char) ? Kind.Ignored : Kind.Stable;
    KINDS[c] = kind;
  }
  return kind;
}

function scan(text: string): Needs {
  let needs = Needs.Nothing;
  for (let i = 0; i < text.length; i++) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind === Kind.Unstable) return Needs.Normalize;
    if (kind === Kind.Ignored) needs = Needs.Strip;
  }
  return needs;
}
