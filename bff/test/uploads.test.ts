import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/core/clock';
import { ComplaintFile } from '../src/modules/complaints/complaints.entity';
import { Upload } from '../src/modules/files/files.entity';
import { removeUnattachedUploads } from '../src/modules/files/upload-cleanup.job';
import { Participation } from '../src/modules/workpoints/activities/activities.entity';
import { startTestApp, type TestApp } from './helpers';
import { TINY_PNG, upload, uploadPhoto } from './workpoints-helpers';

const ATTACH = `mutation($input: AttachTraceDocumentInput!) { attachTraceDocument(input: $input) { __typename ... on ErrorResult { errorCode } } }`;

let app: TestApp;
let clock: ManualClock;
let merchant: string;
beforeAll(async () => {
  clock = new ManualClock(new Date());
  app = await startTestApp({}, { overrides: { clock } });
  merchant = await app.loginAs('demo-merchant');
});
afterAll(() => app?.close());

const read = (key: string, token = merchant) => app.server.inject({ url: `/files/${key}`, headers: { authorization: `Bearer ${token}` } });

describe('uploads no module attached', () => {
  it('are removed a day after they came in; those a module holds stay', async () => {
    const products = await app.gql('{ myTraceProducts { batches { id } } }', {}, merchant);
    const batchId = products.data!.myTraceProducts[0].batches[0].id;
    const [certificate, evidence, activityPhoto, stray] = [
      await uploadPhoto(app, merchant),
      await uploadPhoto(app, merchant),
      await uploadPhoto(app, merchant),
      await uploadPhoto(app, merchant),
    ];
    const attached = await app.gql(
      ATTACH,
      {
        input: {
          batchId,
          kind: 'CERTIFICATE_OF_CONFORMITY',
          issuedBy: '戴村土鸡蛋合作社',
          issuedOn: clock.now().toISOString().slice(0, 10),
          passed: true,
          summary: '感官合格',
          fileKey: certificate,
        },
      },
      merchant,
    );
    expect(attached.data!.attachTraceDocument.__typename).toBe('TraceDocument');
    // The other modules' attachments, written as their services would.
    await app.core.stores.get('market').manager.insert(ComplaintFile, { complaintId: 999_001, fileKey: evidence, messageId: null });
    await app.core.stores.get('village').manager.insert(Participation, {
      activityId: 999_001,
      villagerId: 999_001,
      villageId: 1,
      status: 'SUBMITTED',
      checkedInAt: null,
      submittedAt: clock.now(),
      // A key that holds the stray one's text is not the stray one.
      photoKeys: `1${stray},${activityPhoto}`,
      note: '',
      filedBy: null,
      reviewedBy: null,
      reviewedAt: null,
      rejectReason: null,
      createdAt: clock.now(),
    });

    clock.advance(23 * 3600_000);
    const recent = await uploadPhoto(app, merchant);
    expect(await removeUnattachedUploads(app.systemContext('test:cleanup'), app.runtime.fileHolders)).toEqual({ removed: 0, kept: 0 });

    clock.advance(2 * 3600_000);
    expect(await removeUnattachedUploads(app.systemContext('test:cleanup'), app.runtime.fileHolders)).toEqual({ removed: 1, kept: 3 });
    const stored = async (key: string) => (await app.core.files.get(key)) !== null;
    expect(await stored(stray)).toBe(false);
    for (const key of [certificate, evidence, activityPhoto, recent]) expect(await stored(key), key).toBe(true);
    const records = await app.core.stores.get('identity').manager.find(Upload, { order: { createdAt: 'ASC' } });
    expect(records.map((r) => [r.key, r.keptAt !== null])).toEqual(
      expect.arrayContaining([
        [certificate, true],
        [evidence, true],
        [activityPhoto, true],
        [recent, false],
      ]),
    );
    expect(records.find((r) => r.key === stray)).toBeUndefined();

    // Kept ones are not asked about again; two instances running at once remove each file once.
    clock.advance(24 * 3600_000);
    const runs = await Promise.all([
      removeUnattachedUploads(app.systemContext('test:cleanup'), app.runtime.fileHolders),
      removeUnattachedUploads(app.systemContext('test:cleanup'), app.runtime.fileHolders),
    ]);
    expect(runs.reduce((sum, run) => sum + run.removed, 0)).toBe(1);
    expect(runs.reduce((sum, run) => sum + run.kept, 0)).toBe(0);
    expect(await stored(recent)).toBe(false);
  });
});

describe('what is served and what may be attached', () => {
  it('serves a photo as the image its bytes say, with nosniff', async () => {
    const key = await uploadPhoto(app, merchant);
    const response = await read(key);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves nothing, and lets nothing be attached, that is not an image by its bytes', async () => {
    const key = await uploadPhoto(app, merchant);
    // A file changed in the store behind the app's back: HTML where a PNG was.
    await app.core.files.remove(key);
    await app.core.files.put(key, Buffer.from('<html><script>alert(1)</script></html>'));
    expect((await read(key)).statusCode).toBe(404);

    const products = await app.gql('{ myTraceProducts { batches { id } } }', {}, merchant);
    const attached = await app.gql(
      ATTACH,
      {
        input: {
          batchId: products.data!.myTraceProducts[0].batches[0].id,
          kind: 'CERTIFICATE_OF_CONFORMITY',
          issuedBy: '戴村土鸡蛋合作社',
          issuedOn: clock.now().toISOString().slice(0, 10),
          passed: true,
          summary: '感官合格',
          fileKey: key,
        },
      },
      merchant,
    );
    expect(attached.data!.attachTraceDocument).toMatchObject({ __typename: 'TraceError', errorCode: 'DOCUMENT_FILE_INVALID' });
  });

  it('refuses an upload whose bytes are not an accepted image, whatever its name', async () => {
    const { status, body } = await upload(app, merchant, Buffer.from('GIF89a not really'), 'photo.png');
    expect(status).toBe(415);
    expect(body.error.code).toBe('UNSUPPORTED_FILE');
    expect((await upload(app, merchant, TINY_PNG, 'photo.exe')).status).toBe(201);
  });
});
