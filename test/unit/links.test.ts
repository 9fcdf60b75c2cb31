/**
 * What the blog index reads of a post's links and anchors: found by native searches for the
 * characters every form contains, which must find exactly what the plain patterns find.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchorSources, headingAnchors, parsePost } from '../../src/core';

/** The plain pattern over the whole body: the oracle for HTML anchors. */
const htmlIdsByPattern = (body: string) => [...body.matchAll(/\s(?:id|name)\s*=\s*(?:"([^"\n]+)"|'([^'\n]+)'|([^\s"'=<>`]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]);

const post = (body: string) => parsePost(`---\ntitle: t\n---\n${body}`);

describe('HTML anchors of a post', () => {
  it('takes id and name attributes, with spaces around the =, quoted or not, and not a word that ends in id', () => {
    const body = '<a name="top"></a>\n\n<h2 id = \'part-2\'>Part</h2>\n\n<div data-grid="no" valid="no" id="a=b"></div>\n\n2. <span id=plus_op_2 >Return</span>\n';
    assert.deepEqual(anchorSources(post(body)).htmlIds, ['top', 'part-2', 'a=b', 'plus_op_2']);
  });

  it('reads nothing from the front matter, and nothing from a body without an =', () => {
    assert.deepEqual(anchorSources(parsePost('---\ntitle: x\nextra: <a id="fm">\n---\nNo anchors here.\n')).htmlIds, []);
  });

  it('finds what the plain pattern finds, on any text made of the pieces of attributes', () => {
    const piece = fc.constantFrom(' ', '\n', '\t', 'id', 'name', 'grid', '=', '"', "'", 'x', 'y=z', '<a', '>', '#', '`');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const body = pieces.join('');
        assert.deepEqual(anchorSources(post(body)).htmlIds, htmlIdsByPattern(post(body).text.slice(post(body).bodyOffset)));
      }),
      { seed: 7, numRuns: 3000 },
    );
  });
});

describe('heading anchors', () => {
  it('takes explicit ids, `{#id}` and react.dev\'s `{/*id*/}`, besides the generated ones', () => {
    const anchors = headingAnchors(anchorSources(post('## Limitations of Create React App {/*limitations*/}\n\n## Routing {#routes}\n')));
    for (const id of ['limitations', 'routes', 'routing', 'limitations-of-create-react-app']) assert.ok(anchors.has(id), id);
  });
  it('takes markdown-it-anchor\'s slugs (Zenn: `## 「Git タグ…？」` is `#「git-タグ…？」`), and numbers a repeated heading once per slug', () => {
    const anchors = headingAnchors(anchorSources(post('## 「Git タグの書き換えなんて実際に起こるの？」\n\n## Setup\n\n## Setup\n')));
    for (const id of ['「git-タグの書き換えなんて実際に起こるの？」', 'setup', 'setup-1']) assert.ok(anchors.has(id), id);
    assert.ok(!anchors.has('setup-2'), 'two headings, not three slugs of one');
  });
});
