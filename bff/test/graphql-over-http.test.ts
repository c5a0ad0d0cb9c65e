import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers';

let app: TestApp;
let url: string;
beforeAll(async () => {
  app = await startTestApp();
  url = `${await app.server.listen({ port: 0, host: '127.0.0.1' })}/graphql`;
});
afterAll(() => app?.close());

describe('GraphQL over HTTP (the graphql-http audit of the spec)', () => {
  it('passes every audit, the MUSTs, the SHOULDs and the MAYs', async () => {
    const failed: string[] = [];
    const audits = serverAudits({ url });
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status !== 'ok') failed.push(`${result.status} ${audit.id} ${audit.name}: ${result.reason}`);
    }
    expect(failed).toEqual([]);
    expect(audits).toHaveLength(61);
  });

  it('answers a validation error 400 to a client that asks for application/graphql-response+json', async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ noSuchField }' }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
