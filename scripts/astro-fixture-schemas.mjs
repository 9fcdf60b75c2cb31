// Regenerates test/fixtures/sites/astro-schemas/.astro/collections/*.schema.json exactly as Astro
// writes them (packages/astro/src/content/types-generator.ts), so the fixture is what real blogs
// have, not a hand-written guess:
//   - blog: Astro 4 and 5, zod 3 + zod-to-json-schema, draft-07 with `$ref`/`definitions`, dates as
//     `anyOf` date-time / date / unix-time, `additionalProperties: false`;
//   - notes: Astro 6, zod 4's `z.toJSONSchema` with `io: 'input'`, draft 2020-12, dates as
//     `date-time` strings, fields with a default not required, other fields allowed.
// Not part of the build or the tests (it needs both zod majors). To run it:
//   (cd /tmp/z3 && npm i zod@3.24 zod-to-json-schema@3.24) && (cd /tmp/z4 && npm i zod@4)
//   node scripts/astro-fixture-schemas.mjs /tmp/z3 /tmp/z4
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [z3dir, z4dir] = process.argv.slice(2);
const out = new URL('../test/fixtures/sites/astro-schemas/.astro/collections/', import.meta.url);
const z3 = createRequire(join(z3dir, 'package.json'));
const z4 = createRequire(join(z4dir, 'package.json'));

{
  const { z } = z3('zod');
  const { zodToJsonSchema } = z3('zod-to-json-schema');
  // The blog starter's collection (`image()` is a string for the JSON Schema), with a z.date() and a default.
  const blog = z
    .object({
      title: z.string(),
      description: z.string(),
      pubDate: z.coerce.date(),
      updatedDate: z.coerce.date().optional(),
      lastReviewed: z.date().optional(),
      heroImage: z.string().optional(),
      draft: z.boolean().default(false),
    })
    .extend({ $schema: z.string().optional() });
  const schema = zodToJsonSchema(blog, { name: 'blog', markdownDescription: true, errorMessages: true, dateStrategy: ['format:date-time', 'format:date', 'integer'] });
  writeFileSync(new URL('blog.schema.json', out), JSON.stringify(schema, null, 2));
}
{
  const { z } = z4('zod');
  const notes = z
    .object({ title: z.string(), pubDate: z.coerce.date(), lastReviewed: z.date().optional(), tags: z.array(z.string()).default([]) })
    .extend({ $schema: z.string().optional() });
  const schema = z.toJSONSchema(notes, {
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'date') Object.assign(ctx.jsonSchema, { type: 'string', format: 'date-time' });
    },
    io: 'input',
  });
  writeFileSync(new URL('notes.schema.json', out), JSON.stringify(schema, null, 2));
}
