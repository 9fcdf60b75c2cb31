/** Shared plain-data types of the engine. Positions follow VS Code / LSP: 0-based, UTF-16. */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Half-open span of UTF-16 offsets into the document text. The engine works in offsets and converts at the edge. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface RelatedLocation {
  range: Range;
  message: string;
  /** Another file (a blog-level finding pointing to another post); absent for the same file. */
  path?: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  related: RelatedLocation[];
  fix?: Fix;
  /** Alternative fixes the writer picks from; never applied by fix-all. */
  suggestions?: Fix[];
}

/** The static site generator that builds a blog; 'none' when no generator's config was found. */
export type Generator = 'jekyll' | 'hexo' | 'hugo' | 'astro' | 'none';

/** Formats a message template with `{0}`-style placeholders; the editor swaps in its translator. */
export type Translate = (template: string, ...args: Array<string | number>) => string;
