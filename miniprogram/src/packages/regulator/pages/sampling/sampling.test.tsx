import Taro from '@tarojs/taro';
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays, chinaToday } from '@/domain/china-time';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import SamplingPage from './index';

const LINK = 'http://127.0.0.1:4000/01/06901234567892/10/L20261120/21/00000007';

const batch = (recalls: unknown[] = []) => ({
  id: '7',
  lot: 'L20261120',
  productionDate: '2026-11-20',
  expiryDate: null,
  quantity: 500,
  product: { id: '3', gtin: '06901234567892', name: '戴村土鸡蛋' },
  samplings: [{ id: '1', passed: true, sampledOn: '2026-11-01', agency: '县检测中心', reportNo: 'R0' }],
  recalls,
});

const recorded = (passed: boolean) => ({
  id: '31',
  passed,
  agency: '浦江县食品检验检测中心',
  sampledOn: '2026-11-21',
  reportNo: 'PJ-2026-118',
  findings: passed ? '各项合格' : '恩诺沙星 120 μg/kg，超过限量',
  recall: passed
    ? null
    : {
        id: '4',
        recallClass: 'CLASS_I',
        status: 'OPEN',
        reason: '官方抽检不合格：恩诺沙星 120 μg/kg，超过限量',
        openedAt: '2026-11-22T02:00:00.000Z',
        progress: { holders: 2, acknowledged: 0, quantityRemoved: 0 },
      },
});

const change = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

async function findTheBatch() {
  change('sampling-code', LINK);
  fireEvent.click(screen.getByTestId('sampling-find'));
  return screen.findByTestId('sampling-batch');
}

function fillForm() {
  change('sampling-agency', '浦江县食品检验检测中心');
  change('sampling-date', '2026-11-21');
  change('sampling-report', 'PJ-2026-118');
}

describe('登记抽检', () => {
  beforeEach(() => signInAs('周敏', ['REGULATOR'], '5'));

  it('finds the batch by its code and records a passed sample', async () => {
    stubGraphQL({
      SamplingBatch: () => ({ data: { traceBatchByCode: batch() } }),
      RecordSampling: () => ({ data: { recordSamplingResult: recorded(true) } }),
    });
    render(<SamplingPage />);
    fireEvent.click(screen.getByTestId('sampling-find'));
    expect(screen.getByTestId('sampling-find-notice').textContent).toContain('请先扫或粘贴');

    const found = await findTheBatch();
    expect(variablesOf('SamplingBatch', vi.mocked(Taro.request).mock.calls)).toEqual([{ code: LINK }]);
    expect(found.textContent).toContain('L20261120');
    expect(found.textContent).toContain('500 件');
    expect(found.textContent).toContain('1 次，都合格');

    fillForm();
    change('sampling-findings', '各项合格');
    fireEvent.click(screen.getByTestId('sampling-verdict-PASSED'));
    expect(screen.queryByTestId('sampling-class')).toBeNull();
    fireEvent.click(screen.getByTestId('sampling-submit'));
    expect(screen.getByTestId('sampling-confirm').textContent).toContain('合格：各项合格');
    fireEvent.click(screen.getByTestId('confirm-ok'));

    expect((await screen.findByTestId('sampling-result')).textContent).toContain('已登记：合格');
    expect(screen.queryByTestId('sampling-open-recall-link')).toBeNull();
    expect(variablesOf('RecordSampling', vi.mocked(Taro.request).mock.calls)[0]).toEqual({
      input: {
        batchId: '7',
        passed: true,
        agency: '浦江县食品检验检测中心',
        sampledOn: '2026-11-21',
        reportNo: 'PJ-2026-118',
        findings: '各项合格',
        recallClass: null,
        includeIngredients: false,
      },
    });
    fireEvent.click(screen.getByTestId('sampling-next'));
    expect((screen.getByTestId('sampling-code') as HTMLInputElement).value).toBe('');
  });

  it('checks the form, needs a recall class for a failed sample, then opens the recall and links to it', async () => {
    stubGraphQL({
      SamplingBatch: () => ({ data: { traceBatchByCode: batch() } }),
      RecordSampling: () => ({ data: { recordSamplingResult: recorded(false) } }),
    });
    render(<SamplingPage />);
    await findTheBatch();

    fireEvent.click(screen.getByTestId('sampling-submit'));
    expect(screen.getByTestId('sampling-notice').textContent).toBe('请填写检验机构（2 到 60 个字）');
    expect(screen.getByTestId('sampling-agency-error').textContent).toBe('请填写检验机构（2 到 60 个字）');
    fillForm();
    change('sampling-date', addDays(chinaToday(), 1));
    change('sampling-findings', '恩诺沙星 120 μg/kg，超过限量');
    fireEvent.click(screen.getByTestId('sampling-submit'));
    expect(screen.getByTestId('sampling-notice').textContent).toBe('抽样日期不能晚于今天');
    change('sampling-date', '2026-11-21');
    fireEvent.click(screen.getByTestId('sampling-submit'));
    expect(screen.getByTestId('sampling-notice').textContent).toBe('请选择结果：合格还是不合格');

    fireEvent.click(screen.getByTestId('sampling-verdict-FAILED'));
    fireEvent.click(screen.getByTestId('sampling-submit'));
    expect(screen.getByTestId('sampling-notice').textContent).toBe('不合格要选择召回级别');
    expect(screen.queryByTestId('sampling-confirm')).toBeNull();

    // Each class says in plain words what it means.
    expect(screen.getByTestId('sampling-class-CLASS_I').textContent).toContain('严重伤害身体');
    expect(screen.getByTestId('sampling-class-CLASS_III').textContent).toContain('不能再卖');
    fireEvent.click(screen.getByTestId('sampling-class-CLASS_I'));
    fireEvent.click(screen.getByTestId('sampling-cause-INGREDIENTS'));
    fireEvent.click(screen.getByTestId('sampling-submit'));
    expect(screen.getByTestId('sampling-confirm').textContent).toContain('立即发起一级召回（连同原料批次）');
    fireEvent.click(screen.getByTestId('confirm-ok'));

    const result = await screen.findByTestId('sampling-result');
    expect(result.textContent).toContain('已登记：不合格');
    expect(screen.getByTestId('sampling-recall').textContent).toContain('已发起一级召回');
    expect(result.textContent).toContain('已确认 0/2 家，已下架 0 件');
    expect(variablesOf('RecordSampling', vi.mocked(Taro.request).mock.calls)[0].input).toMatchObject({
      passed: false,
      recallClass: 'CLASS_I',
      includeIngredients: true,
    });
    fireEvent.click(screen.getByTestId('sampling-open-recall-link'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/regulator/pages/recall/index?id=4' });
  });

  it('shows the BFF message when the code finds no batch', async () => {
    stubGraphQL({ SamplingBatch: () => ({ errors: [{ message: '没有找到这个批次', extensions: { code: 'UNKNOWN_LOT' } }] }) });
    render(<SamplingPage />);
    change('sampling-code', '(01)06901234567892(10)NOPE');
    fireEvent.click(screen.getByTestId('sampling-find'));
    expect((await screen.findByText('没有找到这个批次')).getAttribute('role')).toBe('alert');
    expect(screen.queryByTestId('sampling-batch')).toBeNull();
  });

  it('warns of a recall already open, and shows the BFF refusal of the result on its field', async () => {
    stubGraphQL({
      SamplingBatch: () => ({
        data: { traceBatchByCode: batch([{ id: '4', recallClass: 'CLASS_II', status: 'OPEN', openedAt: '2026-11-20T02:00:00.000Z' }]) },
      }),
      RecordSampling: () => ({
        data: {
          recordSamplingResult: { __typename: 'TraceError', errorCode: 'BAD_USER_INPUT', message: '报告编号 2–40 个字', field: 'reportNo' },
        },
      }),
    });
    render(<SamplingPage />);
    await findTheBatch();
    expect(screen.getByTestId('sampling-open-recall').textContent).toContain('已在二级召回中');
    fillForm();
    change('sampling-findings', '各项合格');
    fireEvent.click(screen.getByTestId('sampling-verdict-PASSED'));
    fireEvent.click(screen.getByTestId('sampling-submit'));
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('sampling-notice')).textContent).toBe('报告编号 2–40 个字');
    expect(screen.getByTestId('sampling-report-error').textContent).toBe('报告编号 2–40 个字');
    expect(screen.queryByTestId('sampling-result')).toBeNull();
    expect(screen.queryByTestId('sampling-confirm')).toBeNull();
    change('sampling-report', 'PJ-2026-119');
    expect(screen.queryByTestId('sampling-report-error')).toBeNull();
  });
});
