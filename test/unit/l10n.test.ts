import { it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './helpers';

it('every runtime message has a Japanese translation with the same placeholders', () => {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'check-l10n.mjs')], { encoding: 'utf8', cwd: ROOT });
  assert.equal(result.status, 0, result.stdout + result.stderr);
});
