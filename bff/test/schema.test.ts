import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printAppSchema } from '../src/schema';

describe('shared-types/schema.graphql', () => {
  it('is the schema the code builds (run `npm run schema` after changing a resolver)', async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../shared-types/schema.graphql'), 'utf8');
    expect(committed).toBe(await printAppSchema());
  });
});
