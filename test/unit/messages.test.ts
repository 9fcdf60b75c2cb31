import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatMessage } from '../../src/core/messages';

test('formatMessage fills numbered placeholders, in any order and more than once', () => {
  assert.equal(formatMessage('Repeated passage ({0} characters): line {1}.', 193, 23), 'Repeated passage (193 characters): line 23.');
  assert.equal(formatMessage('{1} before {0}, {1} again', 'a', 'b'), 'b before a, b again');
  assert.equal(formatMessage('No placeholders'), 'No placeholders');
});

test('formatMessage leaves a placeholder without an argument as written', () => {
  assert.equal(formatMessage('{0} and {1}', 'x'), 'x and {1}');
  assert.equal(formatMessage('{0}{0}', 'ab'), 'abab');
});
