import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { contentTypeToSchema, fieldSchema, KNOWN_FIELD_TYPES, type FmField } from '../../src/schema/frontMatterCms';

/**
 * What Front Matter CMS's own ContentTypeSchemaGenerator (src/helpers/ContentTypeSchemaGenerator.ts,
 * v10.10) produces for each field type, written out here by hand from its source; our translation
 * must equal it except where the module documents a deliberate difference.
 */
const FM_CMS_GENERATOR: Array<[FmField, unknown]> = [
  [{ name: 'title', type: 'string' }, { type: 'string' }],
  [{ name: 'slug', type: 'slug' }, { type: 'string' }],
  [{ name: 'cover', type: 'image' }, { type: 'string' }],
  [{ name: 'pdf', type: 'file' }, { type: 'string' }],
  [{ name: 'c', type: 'customField' }, { type: 'string' }],
  [{ name: 'n', type: 'number' }, { type: 'number' }],
  [{ name: 'n', type: 'number', numberOptions: { min: 1, max: 5 } }, { type: 'number', minimum: 1, maximum: 5 }],
  [{ name: 'b', type: 'boolean' }, { type: 'boolean' }],
  [{ name: 'draft', type: 'draft' }, { type: 'boolean' }],
  [{ name: 'date', type: 'datetime' }, { type: 'string', format: 'date-time' }],
  [{ name: 'c', type: 'choice', choices: ['a', 'b'] }, { type: 'string', enum: ['a', 'b'] }],
  [{ name: 'c', type: 'choice', choices: [{ id: 'x', title: 'X' }, { title: 'Y' }] }, { type: 'string', enum: ['x', 'Y'] }],
  [{ name: 'c', type: 'choice', multiple: true, choices: ['a'] }, { type: 'array', items: { type: 'string', enum: ['a'] } }],
  [{ name: 'c', type: 'choice' }, { type: 'string' }],
  [{ name: 't', type: 'tags' }, { type: 'array', items: { type: 'string' } }],
  [{ name: 't', type: 'categories' }, { type: 'array', items: { type: 'string' } }],
  [{ name: 't', type: 'taxonomy' }, { type: 'array', items: { type: 'string' } }],
  [{ name: 't', type: 'list' }, { type: 'array', items: { type: 'string' } }],
  [{ name: 'j', type: 'json' }, { type: ['object', 'array', 'string', 'number', 'boolean', 'null'] }],
  [{ name: 'd', type: 'dataFile' }, { type: 'string' }],
  [{ name: 'r', type: 'contentRelationship' }, { type: 'string' }],
  [{ name: 'r', type: 'contentRelationship', multiple: true }, { type: 'array', items: { type: 'string' } }],
  [{ name: 'f', type: 'fieldCollection' }, { type: 'array', items: { type: 'object' } }],
  [{ name: 'x', type: 'string', description: 'About', default: 'hi' }, { type: 'string', description: 'About', default: 'hi' }],
  [
    { name: 'author', type: 'fields', fields: [{ name: 'name', type: 'string', required: true }, { name: 'url', type: 'string' }] },
    { type: 'object', properties: { name: { type: 'string' }, url: { type: 'string' } }, required: ['name'] },
  ],
  [{ name: 'b', type: 'block' }, { type: 'array', items: { type: 'object' } }],
];

describe('Front Matter CMS content types to JSON Schema', () => {
  for (const [field, expected] of FM_CMS_GENERATOR) {
    it(`${field.type}${field.multiple ? ' (multiple)' : ''}${field.numberOptions ? ' (min/max)' : ''}: as Front Matter CMS generates it`, () => {
      assert.deepEqual(fieldSchema(field), expected);
    });
  }
  it('differs on purpose: image and file with multiple are lists, as the CMS writes them', () => {
    assert.deepEqual(fieldSchema({ name: 'i', type: 'image', multiple: true }), { type: 'array', items: { type: 'string' } });
    assert.deepEqual(fieldSchema({ name: 'f', type: 'file', multiple: true }), { type: 'array', items: { type: 'string' } });
  });
  it('block fields: one object schema per field group, oneOf; a group that contains itself stops', () => {
    const groups = [
      { id: 'quote', fields: [{ name: 'text', type: 'string', required: true }] },
      { id: 'nested', fields: [{ name: 'inner', type: 'block', fieldGroup: ['nested'] }] },
    ];
    assert.deepEqual(fieldSchema({ name: 'b', type: 'block', fieldGroup: ['quote'] }, groups), {
      type: 'array',
      items: { oneOf: [{ type: 'object', properties: { text: { type: 'string' } }, required: ['text'] }] },
    });
    const recursive = fieldSchema({ name: 'b', type: 'block', fieldGroup: 'nested' }, groups);
    assert.deepEqual(recursive, { type: 'array', items: { oneOf: [{ type: 'object', properties: { inner: { type: 'array', items: { type: 'object' } } } }] } });
  });
  it('a content type: draft-07, properties, required; divider and heading are left out', () => {
    const result = contentTypeToSchema({
      name: 'blog',
      fields: [
        { name: 'title', type: 'string', required: true },
        { name: 'sep', type: 'divider' },
        { name: 'h', type: 'heading' },
        { name: 'date', type: 'datetime', required: true },
      ],
    });
    assert.deepEqual(result, {
      schema: {
        $schema: 'http://json-schema.org/draft-07/schema#',
        title: 'blog',
        type: 'object',
        properties: { title: { type: 'string' }, date: { type: 'string', format: 'date-time' } },
        required: ['title', 'date'],
      },
    });
  });
  it('an unknown field type is reported with its path instead of becoming a string', () => {
    assert.deepEqual(contentTypeToSchema({ name: 'blog', fields: [{ name: 'author', type: 'fields', fields: [{ name: 'x', type: 'colour' }] }] }), {
      unknownType: { field: 'author.x', type: 'colour' },
    });
  });
  it('knows every type the CMS documents', () => {
    for (const type of ['string', 'number', 'datetime', 'boolean', 'choice', 'tags', 'categories', 'taxonomy', 'list', 'image', 'file', 'draft', 'slug', 'fields', 'block', 'json', 'divider', 'heading', 'dataFile', 'contentRelationship', 'customField', 'fieldCollection', 'uniqueId']) {
      assert.ok(KNOWN_FIELD_TYPES.has(type), type);
    }
  });
});
