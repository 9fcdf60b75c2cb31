/** Front Matter CMS settings composed as the CMS composes them: frontmatter.json, `extends`, `.frontmatter/config/`. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFmCmsSettings } from '../../src/schema/frontMatterCmsConfig';
import { SchemaRegistry } from '../../src/schema/sources';
import { memoryFileSystem } from './memoryFileSystem';

const json = (value: unknown) => JSON.stringify(value);
const type = (name: string, ...required: string[]) => ({ name, fields: required.map((f) => ({ name: f, type: 'string', required: true })) });
const CT = 'frontMatter.taxonomy.contentTypes';
const PF = 'frontMatter.content.pageFolders';
const FG = 'frontMatter.taxonomy.fieldGroups';

async function compose(files: Record<string, string>) {
  const { value, problems } = await readFmCmsSettings(memoryFileSystem(files), '/blog/frontmatter.json');
  const names = (key: typeof CT | typeof PF | typeof FG, id: string) => value?.lists[key].map((i) => `${i.value[id]}@${i.file.replace('/blog/', '')}`);
  return { value, problems, names };
}

describe('Front Matter CMS split and extended settings', () => {
  it('frontmatter.json wins over the files it extends (in order), which win over .frontmatter/config/ (sorted by path)', async () => {
    const { names, problems, value } = await compose({
      '/blog/frontmatter.json': `{ // comments, as the CMS allows
        "frontMatter.extends": ["./shared/a.json", "/shared/b.json"], "${CT}": [${json(type('page', 'title'))}] }`,
      '/blog/shared/a.json': json({ [CT]: [type('page', 'summary'), type('note', 'body')], [FG]: [{ id: 'author', fields: [] }] }),
      '/blog/shared/b.json': json({ [CT]: [type('note', 'other'), type('event', 'venue')] }),
      '/blog/.frontmatter/config/taxonomy/contenttypes/zeta.json': json(type('zeta')),
      '/blog/.frontmatter/config/taxonomy/contenttypes/event.json': json(type('event', 'split')),
      '/blog/.frontmatter/config/taxonomy/contentTypes/nested/alpha.json': json(type('alpha')),
      '/blog/.frontmatter/config/content/pagefolders/blog.json': json({ title: 'Blog', path: '[[workspace]]/blog', contentTypes: ['page'] }),
      '/blog/.frontmatter/config/taxonomy/fieldgroups/author.json': json({ id: 'author', fields: [{ name: 'x', type: 'string' }] }),
      '/blog/.frontmatter/config/other/ignored.json': json({ name: 'not a setting Frontlint reads' }),
      '/blog/.frontmatter/config/loose.json': json(type('loose')),
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(names(CT, 'name'), [
      'page@frontmatter.json',
      'note@shared/a.json',
      'event@shared/b.json',
      // Sorted by path as the CMS sorts them (event.json first, left out: b.json has an event); a
      // sub-folder belongs to its setting; the folder's case does not matter.
      'alpha@.frontmatter/config/taxonomy/contentTypes/nested/alpha.json',
      'zeta@.frontmatter/config/taxonomy/contenttypes/zeta.json',
    ]);
    assert.deepEqual(value!.lists[CT][0].value.fields, type('page', 'title').fields, 'the page of frontmatter.json, not of shared/a.json');
    assert.deepEqual(names(FG, 'id'), ['author@shared/a.json']);
    assert.deepEqual(names(PF, 'path'), ['[[workspace]]/blog@.frontmatter/config/content/pagefolders/blog.json']);
    assert.deepEqual(value!.files.slice(0, 3), ['/blog/frontmatter.json', '/blog/shared/a.json', '/blog/shared/b.json']);
  });

  it('a URL is not fetched: a warning names it, and the rest is used', async () => {
    const { names, problems } = await compose({
      '/blog/frontmatter.json': json({ 'frontMatter.extends': ['https://cms.example/team.json', './local.json', 'notes.txt'] }),
      '/blog/local.json': json({ [CT]: [type('post')] }),
    });
    assert.deepEqual(names(CT, 'name'), ['post@local.json']);
    assert.deepEqual(problems, [
      { file: '/blog/frontmatter.json', message: 'frontMatter.extends: "{0}" is a URL, which Frontlint does not fetch; its settings are not used.', args: ['https://cms.example/team.json'], level: 'warning' },
      { file: '/blog/frontmatter.json', message: 'frontMatter.extends: "{0}" is not a .json file; Front Matter CMS does not read it either.', args: ['notes.txt'], level: 'warning' },
    ]);
  });

  it('a missing or broken file is one problem naming it; the other files are used', async () => {
    const { names, problems } = await compose({
      '/blog/frontmatter.json': json({ 'frontMatter.extends': ['./gone.json', './broken.json', './list.json'] }),
      '/blog/broken.json': '{ "frontMatter.taxonomy.contentTypes": [ }',
      '/blog/list.json': '[]',
      '/blog/.frontmatter/config/taxonomy/contenttypes/bad.json': '{ "name": "bad", ',
      '/blog/.frontmatter/config/taxonomy/contenttypes/good.json': json(type('good')),
    });
    assert.deepEqual(names(CT, 'name'), ['good@.frontmatter/config/taxonomy/contenttypes/good.json']);
    assert.deepEqual(
      problems.map((p) => [p.file.replace('/blog/', ''), p.message, p.level]),
      [
        ['frontmatter.json', 'frontMatter.extends: "{0}" not found.', undefined],
        ['broken.json', 'not valid JSON: {0} at line {1}, column {2}', undefined],
        ['list.json', 'is not a Front Matter CMS settings file (a JSON object)', undefined],
        ['.frontmatter/config/taxonomy/contenttypes/bad.json', 'not valid JSON: {0} at line {1}, column {2}', undefined],
      ],
    );
  });

  it('the schema registry checks a post in a split page folder against a split content type, and lists every file it read', async () => {
    const fs = memoryFileSystem({
      '/blog/frontmatter.json': json({ 'frontMatter.extends': ['./shared.json'] }),
      '/blog/shared.json': json({ [FG]: [{ id: 'g', fields: [{ name: 'n', type: 'string', required: true }] }] }),
      '/blog/.frontmatter/config/taxonomy/contenttypes/article.json': json({ name: 'article', fields: [{ name: 'parts', type: 'block', fieldGroup: 'g' }] }),
      '/blog/.frontmatter/config/content/pagefolders/articles.json': json({ path: '[[workspace]]/articles', contentTypes: ['article'] }),
      '/blog/articles/a.md': '',
    });
    const { set, problems } = await new SchemaRegistry(fs).forPost('/blog/articles/a.md');
    assert.deepEqual(problems, []);
    assert.equal(set!.fallback, 'article');
    assert.deepEqual((set!.schemas.get('article') as { properties: { parts: { items: unknown } } }).properties.parts.items, { oneOf: [{ type: 'object', properties: { n: { type: 'string' } }, required: ['n'] }] });
    assert.deepEqual(set!.sources, [
      '/blog/frontmatter.json',
      '/blog/shared.json',
      '/blog/.frontmatter/config/content/pagefolders/articles.json',
      '/blog/.frontmatter/config/taxonomy/contenttypes/article.json',
    ]);
    // A post outside every page folder is not checked.
    assert.equal((await new SchemaRegistry(fs).forPost('/blog/elsewhere/b.md')).set, undefined);
  });

  it('an unknown field type in a split content type names that file', async () => {
    const fs = memoryFileSystem({
      '/blog/frontmatter.json': '{}',
      '/blog/.frontmatter/config/taxonomy/contenttypes/odd.json': json({ name: 'odd', fields: [{ name: 'c', type: 'colourPicker' }] }),
      '/blog/a.md': '',
    });
    const { problems } = await new SchemaRegistry(fs).forPost('/blog/a.md');
    assert.deepEqual(problems.map((p) => p.file), ['/blog/.frontmatter/config/taxonomy/contenttypes/odd.json']);
  });
});
