import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TraceEvent } from '../src/modules/trace/trace.entity';
import { startTestApp, TEST_DB, type TestApp } from './helpers';

const REVIEW = 'TraceCounterfeitReview1766200000000';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe(`the trace store's counterfeit-review migration on ${TEST_DB}`, () => {
  it('turns the serial range that issuing codes wrote as a note into data, and back', async () => {
    const trace = app.core.stores.get('trace');
    const applied = async () => (await trace.query('SELECT name FROM migrations')).map((r: { name: string }) => r.name) as string[];
    while ((await applied()).includes(REVIEW)) await trace.undoLastMigration();
    const insert = (note: string) =>
      trace.query(
        `INSERT INTO trace_event (batch_id, biz_step, event_time, time_zone_offset, place, quantity, counterparty_id, temperature_tenths, note, recorded_by, created_at)
         VALUES (999999, ?, '2026-11-20 04:00:00', '+08:00', '戴村镇大石盖村', 20, NULL, NULL, ?, 1, '2026-11-20 04:00:00')`,
        [note === '蒸 20 分钟' ? 'PROCESSING' : 'COMMISSIONING', note],
      );
    await insert('单品序号 00000101–00000120');
    await insert('蒸 20 分钟');

    await trace.runMigrations();
    const rows = await trace.manager.find(TraceEvent, { where: { batchId: 999999 }, order: { id: 'ASC' } });
    expect(rows.map((e) => [e.bizStep, e.note, e.firstSerial, e.lastSerial])).toEqual([
      ['COMMISSIONING', '', '00000101', '00000120'],
      ['PROCESSING', '蒸 20 分钟', null, null],
    ]);

    await trace.undoLastMigration();
    const notes = await trace.query('SELECT note FROM trace_event WHERE batch_id = 999999 ORDER BY id');
    expect(notes.map((r: { note: string }) => r.note)).toEqual(['单品序号 00000101–00000120', '蒸 20 分钟']);
    await trace.runMigrations();
  });
});
