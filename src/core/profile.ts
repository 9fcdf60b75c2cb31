/** What a blog expects of its posts. The built-in "blog" profile fits Jekyll, Hugo and Astro posts. */
export interface ReadingSpeeds {
  /** Kana and kanji per minute (Medium and Hugo use about 500). */
  cjkCharsPerMinute: number;
  /** Words per minute for space-separated scripts. */
  wordsPerMinute: number;
  /** Words per minute inside code blocks. */
  codeWordsPerMinute: number;
  /** Seconds for the first image; each next one takes a second less, down to `imageMinSeconds`. */
  imageFirstSeconds: number;
  imageMinSeconds: number;
}

export interface Profile {
  requiredFields: string[];
  booleanFields: string[];
  listFields: string[];
  readingSpeeds: ReadingSpeeds;
  /** Shortest repeated passage worth reporting, in characters after normalisation. */
  minDuplicateLength: number;
}

export const BLOG_PROFILE: Readonly<Profile> = Object.freeze({
  requiredFields: ['title'],
  booleanFields: ['translated', 'generated', 'draft', 'published', 'audio', 'image'],
  listFields: ['tags', 'categories'],
  readingSpeeds: Object.freeze({
    cjkCharsPerMinute: 500,
    wordsPerMinute: 230,
    codeWordsPerMinute: 100,
    imageFirstSeconds: 12,
    imageMinSeconds: 3,
  }),
  minDuplicateLength: 20,
});

/** Front matter keys the profile knows; the grammar scopes these as keys. */
export const KNOWN_FIELDS = [
  'title', 'date', 'lastmod', 'tags', 'categories', 'lang', 'model', 'translated', 'generated', 'reading_time',
  'layout', 'author', 'excerpt', 'description', 'draft', 'published', 'audio', 'image', 'type', 'slug',
];

export type ProfileOverrides = Partial<Omit<Profile, 'readingSpeeds'>> & { readingSpeeds?: Partial<ReadingSpeeds> };

export function resolveProfile(overrides: ProfileOverrides = {}): Profile {
  return {
    requiredFields: overrides.requiredFields ?? [...BLOG_PROFILE.requiredFields],
    booleanFields: overrides.booleanFields ?? [...BLOG_PROFILE.booleanFields],
    listFields: overrides.listFields ?? [...BLOG_PROFILE.listFields],
    readingSpeeds: { ...BLOG_PROFILE.readingSpeeds, ...positive(overrides.readingSpeeds ?? {}) },
    minDuplicateLength: Math.max(1, overrides.minDuplicateLength ?? BLOG_PROFILE.minDuplicateLength),
  };
}

/** Drops speeds that would divide by zero or run backwards. */
function positive(speeds: Partial<ReadingSpeeds>): Partial<ReadingSpeeds> {
  return Object.fromEntries(Object.entries(speeds).filter(([, v]) => typeof v === 'number' && Number.isFinite(v) && v > 0));
}
