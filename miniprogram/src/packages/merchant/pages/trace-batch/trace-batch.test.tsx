import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import { pageParams } from '@/test/taro-mock';
import TraceBatchPage from './index';

const LINK = (serial: string) => `https://gf.example/01/06901234567892/10/L20261120/21/${serial}`;

function batchOf(change: Record<string, unknown> = {}) {
  return {
    id: '7',
    lot: 'L20261120',
    productionDate: '2026-11-20',
    expiryDate: '2026-12-20',
    quantity: 1000,
    codesIssued: 100,
    product: { id: '1', gtin: '06901234567892', name: '戴村土鸡蛋（10 枚装）' },
    recalls: [],
    events: [
      {
        id: '1',
        bizStep: 'PRODUCING',
        eventTime: '2026-11-20T00:30:00.000Z',
        timeZoneOffset: '+08:00',
        place: '大石盖村土鸡养殖场',
        quantity: null,
        temperatureCelsius: null,
        note: '',
        serials: null,
        recorder: { name: '萧山区戴村土鸡蛋专业合作社' },
        counterparty: null,
        inputs: [],
      },
      {
        id: '2',
        bizStep: 'STORING',
        eventTime: '2026-11-20T06:00:00.000Z',
        timeZoneOffset: '+08:00',
        place: '戴村镇冷库',
        quantity: null,
        temperatureCelsius: 4,
        note: '',
        serials: null,
        recorder: { name: '萧山区戴村土鸡蛋专业合作社' },
        counterparty: null,
        inputs: [],
      },
    ],
    documents: [
      {
        id: '1',
        kind: 'CERTIFICATE_OF_CONFORMITY',
        issuedBy: '大石盖村土鸡养殖场',
        issuedOn: '2026-11-20',
        passed: true,
        summary: '承诺达标',
        originCountry: null,
        entryPort: null,
        customsDeclarationNo: null,
      },
    ],
    samplings: [],
    ...change,
  };
}

const codesPage = (from: number, count: number, nextCursor: string | null) => ({
  data: {
    traceCodes: {
      items: Array.from({ length: count }, (_, i) => {
        const serial = String(from + i).padStart(8, '0');
        return { serial, link: LINK(serial) };
      }),
      nextCursor,
    },
  },
});

const refusal = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }], data: null });
/** A mutation's refusal, the way the BFF answers it: a TraceError member of its result union. */
const refused = (mutation: string, errorCode: string, message: string, field: string | null = null) => ({
  data: { [mutation]: { __typename: 'TraceError', errorCode, message, field } },
});
const calls = (operation: string) => variablesOf(operation, vi.mocked(Taro.request).mock.calls);
const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

/** The producer's view: the batch is one of "my products". */
function stubBatch(handlers: Record<string, (v: Record<string, unknown>) => unknown> = {}, batch = batchOf(), mine = true) {
  stubGraphQL({
    MerchantTraceBatch: () => ({ data: { traceBatch: batch, myTraceProducts: mine ? [{ id: '1' }] : [] } }),
    TraceCodes: ({ after }) => (after ? codesPage(21, 20, null) : codesPage(1, 20, 'c20')),
    ...handlers,
  });
}

describe('批次', () => {
  beforeEach(() => {
    signInAs('陈建国', ['MERCHANT'], '3');
    pageParams.current = { id: '7' };
  });

  it('shows the batch, its history and, to its producer, its codes', async () => {
    stubBatch();
    render(<TraceBatchPage />);

    expect((await screen.findByTestId('batch-title')).textContent).toBe('戴村土鸡蛋（10 枚装）');
    const facts = screen.getByTestId('batch-facts').textContent!;
    for (const fact of ['06901234567892', 'L20261120', '2026-11-20', '2026-12-20', '1000 件', '100 个', '本店生产'])
      expect(facts).toContain(fact);
    const events = screen.getAllByTestId('trace-event');
    expect(events.map((e) => e.textContent!.slice(0, 2))).toEqual(['生产', '仓储']);
    expect(events[0].textContent).toContain('2026-11-20 08:30');
    expect(events[1].textContent).toContain('4\u00a0℃');
    expect(screen.getByTestId('trace-document').textContent).toContain('合格证');
    expect(screen.queryByTestId('recall-banner')).toBeNull();

    expect(screen.queryByTestId('trace-code')).toBeNull();
    fireEvent.click(screen.getByTestId('list-codes'));
    expect(await screen.findAllByTestId('trace-code')).toHaveLength(20);
    fireEvent.click(screen.getByTestId('codes-more'));
    await waitFor(() => expect(screen.getAllByTestId('trace-code')).toHaveLength(40));
    expect(calls('TraceCodes')[1]).toMatchObject({ batchId: '7', after: 'c20' });
    expect(screen.getByTestId('voluntary-recall')).toBeTruthy();
  });

  it('puts an open recall first, in an alert, and hides codes and recalling from a shop it was shipped to', async () => {
    stubBatch(
      {},
      batchOf({
        recalls: [
          {
            id: '5',
            recallClass: 'CLASS_I',
            origin: 'SAMPLING',
            reason: '恩诺沙星超标',
            status: 'OPEN',
            openedAt: '2026-11-25T02:00:00.000Z',
            closedAt: null,
            closingNote: null,
          },
        ],
      }),
      false,
    );
    render(<TraceBatchPage />);
    const banner = await screen.findByTestId('recall-banner');
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.textContent).toContain('这批货正在召回 · 一级召回');
    expect(banner.textContent).toContain('恩诺沙星超标');
    expect(banner.textContent).toContain('官方抽检不合格');
    expect(screen.getByTestId('batch-origin').textContent).toBe('别的商家发来');
    expect(screen.queryByTestId('issue-codes')).toBeNull();
    expect(screen.queryByTestId('voluntary-recall')).toBeNull();
    // Its certificate passed once; beside the recall it must not look like a green light.
    expect(screen.getByTestId('trace-overruled').textContent).toBe('当时合格，现已召回');
    fireEvent.click(within(banner).getByTestId('open-recall-tasks'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/merchant/pages/recall-tasks/index' });
  });

  it('shows why the batch cannot be opened', async () => {
    stubGraphQL({ MerchantTraceBatch: () => refusal('NOT_BATCH_HOLDER', '只有持有该批次的商家才能查看') });
    render(<TraceBatchPage />);
    expect((await screen.findByTestId('error-retry')).textContent).toContain('只有持有该批次的商家才能查看');
  });

  it('issues codes after checking the count and asking, then shows the serials issued', async () => {
    let issued = 100;
    stubBatch({
      MerchantTraceBatch: () => ({ data: { traceBatch: batchOf({ codesIssued: issued }), myTraceProducts: [{ id: '1' }] } }),
      IssueTraceCodes: ({ input }) => {
        const { count } = input as { count: number };
        issued += count;
        return {
          data: { issueTraceCodes: { issued: count, firstSerial: '00000101', lastSerial: '00001000', firstLink: LINK('00000101') } },
        };
      },
    });
    render(<TraceBatchPage />);
    const count = (await screen.findByTestId('issue-count')) as HTMLInputElement;
    expect(count.value).toBe('900');

    type('issue-count', '901');
    fireEvent.click(screen.getByTestId('issue-codes'));
    expect(screen.getByTestId('codes-notice').textContent).toContain('还能生成 900 个码');
    type('issue-count', '0');
    fireEvent.click(screen.getByTestId('issue-codes'));
    expect(screen.getByTestId('codes-notice').textContent).toContain('请填要生成多少个码');
    expect(screen.queryByTestId('issue-confirm')).toBeNull();

    type('issue-count', '900');
    fireEvent.click(screen.getByTestId('issue-codes'));
    expect(within(screen.getByTestId('issue-confirm')).getByText('生成 900 个溯源码？')).toBeTruthy();
    fireEvent.click(screen.getByTestId('confirm-ok'));

    expect((await screen.findByTestId('issue-result-count')).textContent).toBe('900 个码');
    expect(screen.getByTestId('issue-result-range').textContent).toBe('序号 00000101 到 00001000');
    expect(calls('IssueTraceCodes')).toEqual([{ input: { batchId: '7', count: 900 } }]);
    await waitFor(() => expect(screen.getByTestId('codes-issued').textContent).toBe('1000 个码'));
    fireEvent.click(screen.getByTestId('result-close'));
    expect(screen.queryByTestId('issue-codes')).toBeNull();
  });

  it('refuses more than 10,000 codes at once, and shows the BFF refusal', async () => {
    stubBatch(
      { IssueTraceCodes: () => refused('issueTraceCodes', 'TOO_MANY_CODES', '一个批次的码不能多于它的数量', 'count') },
      batchOf({ quantity: 50_000, codesIssued: 0 }),
    );
    render(<TraceBatchPage />);
    expect(((await screen.findByTestId('issue-count')) as HTMLInputElement).value).toBe('10000');
    type('issue-count', '10001');
    fireEvent.click(screen.getByTestId('issue-codes'));
    expect(screen.getByTestId('codes-notice').textContent).toContain('一次最多生成 10000 个码');

    type('issue-count', '10000');
    fireEvent.click(screen.getByTestId('issue-codes'));
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('codes-notice')).textContent).toBe('一个批次的码不能多于它的数量');
    expect(screen.getByTestId('codes-notice').getAttribute('role')).toBe('alert');
    expect(screen.getByTestId('issue-count-error').textContent).toBe('一个批次的码不能多于它的数量');
    expect(screen.queryByTestId('issue-result')).toBeNull();
  });

  describe('the CSV of all codes', () => {
    const fetchMock = vi.fn();
    beforeEach(() => {
      vi.stubGlobal('fetch', fetchMock);
      fetchMock.mockReset();
    });
    afterEach(() => vi.unstubAllGlobals());

    it('is fetched with the token and saved under a named file', async () => {
      fetchMock.mockResolvedValue(new Response('\uFEFF序号,溯源码链接\r\n00000001,x\r\n', { status: 200 }));
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        expect(this.download).toBe('溯源码-06901234567892-L20261120.csv');
        expect(this.href).toMatch(/^blob:/);
      });
      stubBatch();
      render(<TraceBatchPage />);
      fireEvent.click(await screen.findByTestId('download-codes'));

      expect((await screen.findByTestId('codes-notice')).textContent).toBe('表格已下载：溯源码-06901234567892-L20261120.csv');
      expect(fetchMock).toHaveBeenCalledWith('/trace/batches/7/codes.csv', { headers: { Authorization: 'Bearer tok' } });
      expect(click).toHaveBeenCalledTimes(1);
      click.mockRestore();
    });

    it('says why it was refused', async () => {
      fetchMock.mockResolvedValue(
        new Response(JSON.stringify({ error: { code: 'NOT_BATCH_HOLDER', message: 'x' } }), {
          status: 403,
          headers: { 'content-type': 'application/json' },
        }),
      );
      stubBatch();
      render(<TraceBatchPage />);
      fireEvent.click(await screen.findByTestId('download-codes'));
      expect((await screen.findByTestId('codes-notice')).textContent).toBe('只有生产这批货的商家才能下载它的溯源码');
    });
  });

  it('prints a sheet of QR labels, each with its serial, and pages on', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    stubBatch({ TraceCodes: ({ after }) => (after ? codesPage(25, 3, null) : codesPage(1, 24, 'c24')) });
    render(<TraceBatchPage />);
    fireEvent.click(await screen.findByTestId('print-labels'));

    await waitFor(() => expect(screen.getAllByTestId('label')).toHaveLength(24));
    const first = screen.getAllByTestId('label')[0];
    expect(first.textContent).toBe('00000001');
    expect(first.querySelector('[data-code]')!.getAttribute('data-code')).toBe(LINK('00000001'));
    expect(first.querySelector('[data-code] img')!.getAttribute('alt')).toBe('溯源码 00000001');
    expect(calls('TraceCodes').at(-1)).toMatchObject({ first: 24, after: null });

    fireEvent.click(screen.getByTestId('labels-print'));
    expect(print).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByTestId('labels-next'));
    await waitFor(() => expect(screen.getAllByTestId('label')).toHaveLength(3));
    expect(screen.getByTestId('labels-sheet').textContent).toBe('第 2 页');
    expect(screen.getAllByTestId('label')[0].textContent).toBe('00000025');
    expect((screen.getByTestId('labels-next') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('labels-previous'));
    await waitFor(() => expect(screen.getAllByTestId('label')).toHaveLength(24));

    fireEvent.click(screen.getByTestId('labels-back'));
    expect(await screen.findByTestId('batch-facts')).toBeTruthy();
    vi.unstubAllGlobals();
  });

  it('records a shipment with its receiver and quantity, at China time', async () => {
    stubBatch({ RecordTraceEvent: () => ({ data: { recordTraceEvent: { id: '9', bizStep: 'SHIPPING' } } }) });
    render(<TraceBatchPage />);
    fireEvent.click(await screen.findByTestId('record-event'));

    fireEvent.click(screen.getByTestId('event-step-SHIPPING'));
    type('event-time', '2026-11-21T09:30');
    type('event-place', '大石盖村');
    type('event-quantity', '200');
    fireEvent.click(screen.getByTestId('event-submit'));
    expect(screen.getByTestId('event-notice').textContent).toContain('收货商家');
    expect(calls('RecordTraceEvent')).toHaveLength(0);

    type('event-receiver', '12');
    fireEvent.click(screen.getByTestId('event-submit'));
    expect((await screen.findByTestId('batch-page-notice')).textContent).toBe('已记录：发货');
    expect(calls('RecordTraceEvent')[0]).toEqual({
      input: {
        batchId: '7',
        bizStep: 'SHIPPING',
        eventTime: '2026-11-21T01:30:00.000Z',
        timeZoneOffset: '+08:00',
        place: '大石盖村',
        quantity: 200,
        counterpartyAccountId: '12',
        temperatureCelsius: null,
        inputBatchIds: [],
        note: '',
      },
    });
    expect(screen.queryByTestId('event-submit')).toBeNull();
  });

  it('finds the receiving business by name and ships to the account acting for it', async () => {
    stubBatch({
      AccountPickerSearch: () => ({
        data: {
          searchMerchants: {
            items: [
              {
                id: '3',
                name: '萧山区戴村镇老街鲜肉店',
                address: '戴村镇老街 56 号',
                creditCode: '92330109MA2XXXXX3X',
                odr: false,
                accountId: null,
              },
              {
                id: '4',
                name: '戴村农贸市场陈记蛋行',
                address: '戴村镇农贸市场 8 号',
                creditCode: '92330109MA2XXXXX4X',
                odr: false,
                accountId: '21',
              },
            ],
            nextCursor: null,
          },
        },
      }),
      RecordTraceEvent: () => ({ data: { recordTraceEvent: { id: '9', bizStep: 'SHIPPING' } } }),
    });
    render(<TraceBatchPage />);
    fireEvent.click(await screen.findByTestId('record-event'));
    fireEvent.click(screen.getByTestId('event-step-SHIPPING'));
    type('event-place', '大石盖村');
    type('event-quantity', '30');
    fireEvent.input(screen.getByTestId('receiver-search'), { target: { value: '戴村' } });
    fireEvent.click(screen.getByTestId('receiver-search-button'));
    const options = await screen.findAllByTestId('receiver-option');
    expect(options[0].textContent).toContain('还没有开通账号');
    fireEvent.click(options[0]);
    expect(screen.queryByTestId('event-receiver-chosen')).toBeNull();
    fireEvent.click(options[1]);
    expect(screen.getByTestId('event-receiver-chosen').textContent).toContain('戴村农贸市场陈记蛋行');
    fireEvent.click(screen.getByTestId('event-submit'));
    await screen.findByTestId('batch-page-notice');
    expect(calls('RecordTraceEvent')[0]).toMatchObject({ input: { bizStep: 'SHIPPING', counterpartyAccountId: '21', quantity: 30 } });
  });

  it('shows the BFF refusal of a receiver who is not a merchant, and keeps the form', async () => {
    stubBatch({
      RecordTraceEvent: () => refused('recordTraceEvent', 'RECEIVER_NOT_A_MERCHANT', '收货方不是登记的商家', 'counterpartyAccountId'),
    });
    render(<TraceBatchPage />);
    fireEvent.click(await screen.findByTestId('record-event'));
    fireEvent.click(screen.getByTestId('event-step-SHIPPING'));
    type('event-place', '大石盖村');
    type('event-quantity', '5');
    type('event-receiver', '1');
    fireEvent.click(screen.getByTestId('event-submit'));
    expect((await screen.findByTestId('event-notice')).textContent).toBe('收货方不是登记的商家');
    expect((screen.getByTestId('event-receiver') as HTMLInputElement).value).toBe('1');
    expect(screen.getByTestId('event-receiver-error').textContent).toBe('收货方不是登记的商家');
    type('event-receiver', '12');
    expect(screen.queryByTestId('event-receiver-error')).toBeNull();
  });

  it('records cold storage with its temperature, and processing with its ingredient batches', async () => {
    stubBatch({
      RecordTraceEvent: ({ input }) => ({ data: { recordTraceEvent: { id: '9', bizStep: (input as { bizStep: string }).bizStep } } }),
      ProcessingInputs: () => ({
        data: {
          myTraceProducts: [
            {
              id: '1',
              name: '土鸡蛋',
              batches: [
                { id: '7', lot: 'L20261120' },
                { id: '8', lot: 'L20261121' },
              ],
            },
          ],
          myHeldBatches: { items: [{ id: '20', lot: 'F1', product: { id: '4', name: '面粉' } }] },
        },
      }),
    });
    render(<TraceBatchPage />);
    fireEvent.click(await screen.findByTestId('record-event'));
    fireEvent.click(screen.getByTestId('event-step-STORING'));
    type('event-place', '戴村镇冷库');
    type('event-temperature', '70');
    fireEvent.click(screen.getByTestId('event-submit'));
    expect(screen.getByTestId('event-notice').textContent).toContain('-60 到 60');
    type('event-temperature', '-18');
    fireEvent.click(screen.getByTestId('event-submit'));
    expect((await screen.findByTestId('batch-page-notice')).textContent).toBe('已记录：仓储');
    expect(calls('RecordTraceEvent')[0].input).toMatchObject({ bizStep: 'STORING', temperatureCelsius: -18 });

    fireEvent.click(screen.getByTestId('record-event'));
    fireEvent.click(screen.getByTestId('event-step-PROCESSING'));
    type('event-place', '加工坊');
    fireEvent.click(screen.getByTestId('event-submit'));
    expect(screen.getByTestId('event-notice').textContent).toBe('加工要选用到的原料批次');
    const options = await screen.findByTestId('event-inputs');
    expect(within(options).queryByTestId('event-input-7')).toBeNull();
    fireEvent.click(screen.getByTestId('event-input-8'));
    fireEvent.click(screen.getByTestId('event-input-20'));
    expect(screen.getByTestId('event-input-20').getAttribute('aria-checked')).toBe('true');
    fireEvent.click(screen.getByTestId('event-submit'));
    expect((await screen.findByTestId('batch-page-notice')).textContent).toBe('已记录：加工');
    expect(calls('RecordTraceEvent')[1].input).toMatchObject({ bizStep: 'PROCESSING', inputBatchIds: ['8', '20'] });
  });

  it('asks for an import certificate’s origin and port only when it is one, and attaches it with its photo', async () => {
    vi.mocked(Taro.chooseImage).mockResolvedValue({ tempFilePaths: ['blob:cert'] } as never);
    vi.mocked(Taro.uploadFile).mockResolvedValue({ statusCode: 201, data: JSON.stringify({ key: '3/abc.jpg' }) } as never);
    stubBatch({ AttachTraceDocument: () => ({ data: { attachTraceDocument: { id: '4', kind: 'IMPORT_QUARANTINE' } } }) });
    render(<TraceBatchPage />);
    fireEvent.click(await screen.findByTestId('attach-document'));

    fireEvent.click(screen.getByTestId('document-kind-CERTIFICATE_OF_CONFORMITY'));
    expect(screen.queryByTestId('import-fields')).toBeNull();
    fireEvent.click(screen.getByTestId('document-kind-IMPORT_QUARANTINE'));
    expect(screen.getByTestId('import-fields')).toBeTruthy();

    type('document-issuer', '宁波海关');
    type('document-issued-on', '2026-11-19');
    fireEvent.click(screen.getByTestId('document-submit'));
    expect(screen.getByTestId('document-notice').textContent).toContain('请填原产国');
    expect(screen.getByTestId('document-origin-error').textContent).toContain('请填原产国');
    type('document-origin', '新西兰');
    type('document-port', '宁波口岸');
    type('document-customs', '12345');
    fireEvent.click(screen.getByTestId('document-submit'));
    expect(screen.getByTestId('document-notice').textContent).toBe('报关单号是 18 位数字');
    type('document-customs', '310420261000012345');
    fireEvent.click(screen.getByTestId('add-photo'));
    await waitFor(() => expect(screen.getByTestId('photo-item').getAttribute('data-status')).toBe('done'));
    expect(calls('AttachTraceDocument')).toHaveLength(0);

    fireEvent.click(screen.getByTestId('document-submit'));
    expect((await screen.findByTestId('batch-page-notice')).textContent).toBe('已上传：入境检疫证明');
    expect(calls('AttachTraceDocument')[0]).toEqual({
      input: {
        batchId: '7',
        kind: 'IMPORT_QUARANTINE',
        issuedBy: '宁波海关',
        issuedOn: '2026-11-19',
        passed: true,
        summary: '',
        originCountry: '新西兰',
        entryPort: '宁波口岸',
        customsDeclarationNo: '310420261000012345',
        fileKey: '3/abc.jpg',
      },
    });
  });

  it('shows the BFF refusal of a document', async () => {
    stubBatch({ AttachTraceDocument: () => refused('attachTraceDocument', 'NOT_BATCH_HOLDER', '只有持有该批次的商家才能记录它') });
    render(<TraceBatchPage />);
    fireEvent.click(await screen.findByTestId('attach-document'));
    fireEvent.click(screen.getByTestId('document-kind-SELF_INSPECTION'));
    fireEvent.click(screen.getByTestId('document-passed-no'));
    type('document-issuer', '本店');
    fireEvent.click(screen.getByTestId('document-submit'));
    expect((await screen.findByTestId('document-notice')).textContent).toBe('只有持有该批次的商家才能记录它');
    expect(calls('AttachTraceDocument')[0].input).toMatchObject({ kind: 'SELF_INSPECTION', passed: false, originCountry: null });
  });

  it('recalls its own batch only after a strong warning, a class and a reason', async () => {
    let recalled = false;
    const openRecall = {
      id: '6',
      recallClass: 'CLASS_II',
      origin: 'VOLUNTARY',
      reason: '自检发现兽药残留超标',
      status: 'OPEN',
      openedAt: '2026-11-25T02:00:00.000Z',
      closedAt: null,
      closingNote: null,
    };
    stubBatch({
      MerchantTraceBatch: () => ({
        data: { traceBatch: batchOf({ recalls: recalled ? [openRecall] : [] }), myTraceProducts: [{ id: '1' }] },
      }),
      OpenVoluntaryRecall: () => {
        recalled = true;
        return { data: { openVoluntaryRecall: openRecall } };
      },
    });
    render(<TraceBatchPage />);
    fireEvent.click(await screen.findByTestId('voluntary-recall'));
    const sheet = screen.getByTestId('recall-sheet');
    expect(sheet.textContent).toContain('召回发出后不能撤回');
    expect(sheet.textContent).toContain('扫过这批货溯源码的顾客');

    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect(screen.getByTestId('recall-notice').textContent).toBe('请选召回级别');
    fireEvent.click(screen.getByTestId('recall-class-CLASS_II'));
    type('recall-reason', '超标');
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect(screen.getByTestId('recall-notice').textContent).toContain('召回原因');
    expect(calls('OpenVoluntaryRecall')).toHaveLength(0);

    type('recall-reason', '自检发现兽药残留超标');
    fireEvent.click(screen.getByTestId('recall-ingredients-yes'));
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('recall-banner')).textContent).toContain('二级召回');
    expect(calls('OpenVoluntaryRecall')[0]).toEqual({
      input: { batchId: '7', recallClass: 'CLASS_II', reason: '自检发现兽药残留超标', includeIngredients: true },
    });
    expect(screen.queryByTestId('recall-sheet')).toBeNull();
    expect(screen.queryByTestId('voluntary-recall')).toBeNull();
    expect(screen.queryByTestId('issue-codes')).toBeNull();
    expect(screen.getByText('这批货正在召回，不能再生成新码。')).toBeTruthy();
  });

  it('shows the BFF refusal of a second recall, and reloads the batch behind the sheet', async () => {
    stubBatch({ OpenVoluntaryRecall: () => refused('openVoluntaryRecall', 'RECALL_ALREADY_OPEN', '这个批次已有进行中的召回') });
    render(<TraceBatchPage />);
    fireEvent.click(await screen.findByTestId('voluntary-recall'));
    fireEvent.click(screen.getByTestId('recall-class-CLASS_III'));
    type('recall-reason', '标签印错了生产日期');
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('recall-notice')).textContent).toBe('这个批次已有进行中的召回');
    expect(screen.getByTestId('recall-sheet')).toBeTruthy();
    await waitFor(() => expect(calls('MerchantTraceBatch')).toHaveLength(2));
  });
});
