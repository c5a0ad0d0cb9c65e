import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_NAMES } from '../src/stores/store-names';
import { startTestApp, TEST_DB, type TestApp } from './helpers';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe(`migrations on ${TEST_DB}`, () => {
  it.each(STORE_NAMES)('leave the %s store exactly as its entities describe it', async (store) => {
    const source = app.core.stores.get(store);
    const pending = await source.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('run again without applying anything', async () => {
    const applied = await app.core.stores.migrate();
    expect(Object.values(applied).flat()).toEqual([]);
  });

  it('record what they applied in each store', async () => {
    const rows = await app.core.stores.get('identity').query('SELECT name FROM migrations');
    expect(rows.map((r: { name: string }) => r.name)).toContain('IdentityInit1763800000000');
  });
});
