import { scanBlocks, type Block, type ScanOptions } from './parse/blocks';
import { parseFrontMatter, type FrontMatter } from './parse/frontMatter';
import { LineIndex } from './text/lineIndex';
import type { Generator } from './types';

/** How to read a post: MDX or Markdown, and the generator that builds it (Hexo reads front matter without its opening fence). */
export type PostOptions = ScanOptions;

/** A post split into front matter and body blocks. `text` never includes a BOM; callers strip and restore it. */
export interface Post {
  text: string;
  lines: LineIndex;
  frontMatter: FrontMatter | null;
  /** First line of the body (after the front matter). */
  bodyLine: number;
  bodyOffset: number;
  blocks: Block[];
  /** The generator the post was read for, when known (it decides, e.g., whether `tags: a b` is one tag or two). */
  generator?: Generator;
}

export function parsePost(text: string, options: PostOptions = {}): Post {
  const lines = new LineIndex(text);
  const frontMatter = parseFrontMatter(lines, options.generator === 'hexo');
  const bodyLine = frontMatter ? (frontMatter.closeLine >= 0 ? frontMatter.closeLine + 1 : lines.lineCount) : 0;
  const bodyOffset = bodyLine < lines.lineCount ? lines.lineStarts[bodyLine] : text.length;
  return { text, lines, frontMatter, bodyLine, bodyOffset, blocks: scanBlocks(lines, bodyLine, options), generator: options.generator };
}
