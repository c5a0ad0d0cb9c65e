import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { complaintDetail, deadline, refused } from '@/test/complaint-fixtures';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import { pageParams } from '@/test/taro-mock';
import RegulatorComplaintPage from './index';

const calls = () => vi.mocked(Taro.request).mock.calls;
const mediating = (change: Record<string, unknown> = {}) =>
  complaintDetail({ status: 'MEDIATING', myParty: 'REGULATOR', deadline: deadline({ stage: '调解', workingDaysLeft: 40 }), ...change });

describe('投诉办理（监管）', () => {
  beforeEach(() => {
    signInAs('周敏', ['REGULATOR'], '5');
    pageParams.current = { id: '41' };
    vi.mocked(Taro.downloadFile).mockResolvedValue({ statusCode: 200, tempFilePath: 'blob:photo' } as never);
  });

  it('records the mediation’s outcome after checking the form', async () => {
    let done = false;
    stubGraphQL({
      RegulatorComplaint: () => ({
        data: {
          complaint: done
            ? mediating({
                status: 'MEDIATED',
                mediationOutcome: 'AGREEMENT',
                mediationSummary: '商家退款 20 元',
                deadline: deadline({ stage: '' }),
              })
            : mediating(),
        },
      }),
      RecordMediation: () => {
        done = true;
        return { data: { recordMediation: { id: '41', status: 'MEDIATED' } } };
      },
    });
    render(<RegulatorComplaintPage />);
    expect((await screen.findByTestId('complaint-deadline')).textContent).toContain('调解 · 还剩 40 个工作日');
    // Regulators phone the consumer to mediate: the number in full.
    expect(screen.getByTestId('complaint-consumer').textContent).toBe('李明 13800000002');

    fireEvent.click(screen.getByTestId('mediation-review'));
    expect(screen.getByTestId('mediation-form-notice').textContent).toBe('请选调解结果');
    fireEvent.click(screen.getByTestId('mediation-outcome-AGREEMENT'));
    fireEvent.click(screen.getByTestId('mediation-review'));
    expect(screen.getByTestId('mediation-form-notice').textContent).toContain('请写调解情况');
    expect(screen.getByTestId('mediation-summary-error').textContent).toContain('请写调解情况');
    fireEvent.change(screen.getByTestId('mediation-summary'), { target: { value: '商家退款 20 元' } });
    fireEvent.click(screen.getByTestId('mediation-favour'));
    fireEvent.click(screen.getByTestId('mediation-review'));
    expect(screen.getByTestId('mediation-confirm-text').textContent).toBe('达成调解协议，支持消费者：商家退款 20 元');
    fireEvent.click(within(screen.getByTestId('mediation-confirm')).getByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getByTestId('complaint-status').textContent).toBe('调解结束'));
    expect(variablesOf('RecordMediation', calls())[0]).toEqual({
      input: { complaintId: '41', outcome: 'AGREEMENT', summary: '商家退款 20 元', inConsumersFavour: true },
    });
    expect(screen.getByTestId('complaint-notice').textContent).toBe('已记录调解结果：达成调解协议');
    expect(screen.getByTestId('complaint-mediation-outcome').textContent).toBe('达成调解协议');
    expect(screen.queryByTestId('mediation-review')).toBeNull();
  });

  it('shows the refusal in the sheet when the mediation cannot be recorded', async () => {
    stubGraphQL({
      RegulatorComplaint: () => ({ data: { complaint: mediating() } }),
      RecordMediation: () => refused('recordMediation', 'COMPLAINT_CHANGED', '这件投诉刚刚有了变化，请刷新后再试'),
    });
    render(<RegulatorComplaintPage />);
    fireEvent.click(await screen.findByTestId('mediation-outcome-FAILED'));
    fireEvent.change(screen.getByTestId('mediation-summary'), { target: { value: '双方分歧太大' } });
    fireEvent.click(screen.getByTestId('mediation-review'));
    fireEvent.click(within(screen.getByTestId('mediation-confirm')).getByTestId('confirm-ok'));
    expect((await screen.findByTestId('mediation-sheet-notice')).textContent).toBe('这件投诉刚刚有了变化，请刷新后再试');
    expect(variablesOf('RecordMediation', calls())[0].input).toMatchObject({ outcome: 'FAILED', inConsumersFavour: false });
  });

  it('accepts a submitted complaint from its page', async () => {
    let accepted = false;
    stubGraphQL({
      RegulatorComplaint: () => ({
        data: {
          complaint: complaintDetail({
            myParty: 'REGULATOR',
            status: accepted ? 'NEGOTIATING' : 'SUBMITTED',
            deadline: deadline({ stage: accepted ? '协商' : '受理' }),
          }),
        },
      }),
      AcceptComplaint: () => {
        accepted = true;
        return { data: { acceptComplaint: { id: '41', status: 'NEGOTIATING' } } };
      },
    });
    render(<RegulatorComplaintPage />);
    expect(screen.queryByTestId('message-composer')).toBeNull();
    fireEvent.click(await screen.findByTestId('accept-complaint'));
    fireEvent.change(screen.getByTestId('accept-note'), { target: { value: '请商家尽快联系' } });
    fireEvent.click(within(screen.getByTestId('acceptance-sheet')).getByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getByTestId('complaint-status').textContent).toBe('协商中'));
    expect(variablesOf('AcceptComplaint', calls())[0]).toEqual({ input: { complaintId: '41', note: '请商家尽快联系' } });
    expect(screen.queryByTestId('accept-complaint')).toBeNull();
    // Regulators write in the thread only while they mediate.
    expect(screen.queryByTestId('message-composer')).toBeNull();
  });

  it('shows a declined complaint’s reason', async () => {
    stubGraphQL({
      RegulatorComplaint: () => ({
        data: {
          complaint: complaintDetail({
            myParty: 'REGULATOR',
            status: 'DECLINED',
            declineReason: 'OVER_THREE_YEARS',
            declineNote: '2021 年的事',
            deadline: deadline({ stage: '' }),
          }),
        },
      }),
    });
    render(<RegulatorComplaintPage />);
    expect((await screen.findByTestId('complaint-decline-reason')).textContent).toBe('发现问题已超过三年');
    expect(screen.getByTestId('complaint-decline-note').textContent).toBe('2021 年的事');
    expect(screen.queryByTestId('complaint-deadline')).toBeNull();
  });
});
