import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import RecallTasksPage from './index';

interface Task {
  id: string;
  acknowledgedAt: string | null;
  reportedAt: string | null;
  quantityRemoved: number | null;
  recall: { status: 'OPEN' | 'CLOSED'; recallClass: 'CLASS_I' | 'CLASS_II' | 'CLASS_III'; closedAt: string | null };
  batch: { id: string; lot: string };
}

function taskOf(
  id: string,
  change: Partial<Pick<Task, 'acknowledgedAt' | 'reportedAt' | 'quantityRemoved'>> = {},
  recall: Partial<Task['recall']> = {},
  downstream = false,
) {
  const root = { id: '7', lot: 'L20261120', product: { id: '1', name: '戴村土鸡蛋（10 枚装）' } };
  return {
    id,
    notifiedAt: '2026-11-25T02:00:00.000Z',
    acknowledgedAt: null,
    reportedAt: null,
    quantityRemoved: null,
    quantityHeld: downstream ? 50 : 200,
    batch: downstream ? { id: '30', lot: 'P1', quantity: 50, product: { id: '5', name: '鸡蛋糕' } } : { ...root, quantity: 200 },
    recall: {
      id: `r${id}`,
      recallClass: 'CLASS_I',
      origin: 'SAMPLING',
      reason: '恩诺沙星超标',
      status: 'OPEN',
      openedAt: '2026-11-25T02:00:00.000Z',
      closedAt: null,
      batch: root,
      ...recall,
    },
    ...change,
  };
}

const page = (items: unknown[], nextCursor: string | null = null) => ({ data: { myRecallTasks: { items, nextCursor } } });
const refusal = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }], data: null });
const refused = (errorCode: string, message: string, field: string | null = null) => ({
  data: { acknowledgeRecall: { __typename: 'TraceError', errorCode, message, field } },
});
const calls = (operation: string) => variablesOf(operation, vi.mocked(Taro.request).mock.calls);

describe('召回任务', () => {
  beforeEach(() => signInAs('陈建国', ['MERCHANT'], '3'));

  it('puts tasks waiting for a report first, with the class, reason, batch and product', async () => {
    const reported = taskOf('2', {
      acknowledgedAt: '2026-11-25T03:00:00.000Z',
      reportedAt: '2026-11-25T03:00:00.000Z',
      quantityRemoved: 120,
    });
    stubGraphQL({
      MyRecallTasks: ({ pendingOnly }) => (pendingOnly ? page([taskOf('1', {}, {}, true)]) : page([taskOf('1', {}, {}, true), reported])),
    });
    render(<RecallTasksPage />);

    await waitFor(() => expect(screen.getAllByTestId('recall-task')).toHaveLength(2));
    const [pending, done] = screen.getAllByTestId('recall-task');
    expect(pending.getAttribute('data-status')).toBe('pending');
    expect(pending.textContent).toContain('鸡蛋糕');
    expect(pending.textContent).toContain('您的批号：P1');
    expect(pending.textContent).toContain('起因：戴村土鸡蛋（10 枚装）（批号 L20261120）');
    expect(pending.textContent).toContain('原因：恩诺沙星超标');
    expect(pending.textContent).toContain('还没有报告');
    expect(within(pending).getByTestId('recall-class').textContent).toBe('一级召回');
    expect(done.getAttribute('data-status')).toBe('reported');
    expect(within(done).getByTestId('recall-reported').textContent).toContain('已报告：下架 120 件');
    expect(within(done).getByTestId('report-removed').textContent).toBe('重新报告');
    expect(
      calls('MyRecallTasks')
        .map((v) => v.pendingOnly)
        .sort(),
    ).toEqual([false, true]);

    fireEvent.click(within(pending).getByTestId('open-task-batch'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/merchant/pages/trace-batch/index?id=30' });
  });

  it('says so when there is nothing to do', async () => {
    stubGraphQL({ MyRecallTasks: () => page([]) });
    render(<RecallTasksPage />);
    await waitFor(() => expect(screen.getAllByTestId('empty-state')).toHaveLength(2));
    expect(screen.getAllByTestId('empty-state')[0].textContent).toContain('没有要处理的召回');
  });

  it('shows why the tasks could not be loaded', async () => {
    stubGraphQL({ MyRecallTasks: () => refusal('FORBIDDEN', '您没有权限进行此操作') });
    render(<RecallTasksPage />);
    await waitFor(() => expect(screen.getAllByTestId('error-retry')).toHaveLength(2));
    expect(screen.getAllByTestId('error-retry')[0].textContent).toContain('您没有权限进行此操作');
  });

  it('reports the quantity removed after asking, then shows the figure and allows a new report', async () => {
    let report: { quantityRemoved: number } | null = null;
    const acked = (n: number) =>
      taskOf('1', { acknowledgedAt: '2026-11-25T03:00:00.000Z', reportedAt: '2026-11-25T03:00:00.000Z', quantityRemoved: n });
    stubGraphQL({
      MyRecallTasks: ({ pendingOnly }) =>
        pendingOnly ? page(report ? [] : [taskOf('1')]) : page([report ? acked(report.quantityRemoved) : taskOf('1')]),
      AcknowledgeRecall: ({ input }) => {
        report = input as { quantityRemoved: number };
        return { data: { acknowledgeRecall: acked(report.quantityRemoved) } };
      },
    });
    render(<RecallTasksPage />);
    await waitFor(() => expect(screen.getAllByTestId('recall-task')).toHaveLength(1));
    const card = screen.getAllByTestId('recall-task')[0];

    fireEvent.click(within(card).getByTestId('report-removed'));
    expect(within(card).getByTestId('task-notice').textContent).toContain('没有就填 0');
    fireEvent.change(within(card).getByTestId('removed-input'), { target: { value: '201' } });
    fireEvent.click(within(card).getByTestId('report-removed'));
    expect(within(card).getByTestId('task-notice').textContent).toBe('这批货您经手的一共 200 件，下架数量不能更多');
    expect(within(card).getByTestId('removed-input-error').textContent).toBe('这批货您经手的一共 200 件，下架数量不能更多');
    fireEvent.change(within(card).getByTestId('removed-input'), { target: { value: '-3' } });
    fireEvent.click(within(card).getByTestId('report-removed'));
    expect(within(card).getByTestId('task-notice').textContent).toContain('请填下架');
    expect(calls('AcknowledgeRecall')).toHaveLength(0);

    fireEvent.change(within(card).getByTestId('removed-input'), { target: { value: '0' } });
    fireEvent.click(within(card).getByTestId('report-removed'));
    expect(within(screen.getByTestId('report-confirm')).getByText('报告已下架 0 件？')).toBeTruthy();
    fireEvent.click(screen.getByTestId('confirm-ok'));

    expect((await screen.findByTestId('recall-tasks-notice')).textContent).toContain('下架 0 件');
    expect(calls('AcknowledgeRecall')[0]).toEqual({ input: { recallHolderId: '1', quantityRemoved: 0 } });
    await waitFor(() => expect(screen.getByTestId('recall-reported').textContent).toContain('已报告：下架 0 件'));
    expect(screen.getAllByTestId('empty-state')[0].textContent).toContain('没有要处理的召回');

    fireEvent.change(screen.getByTestId('removed-input'), { target: { value: '150' } });
    fireEvent.click(screen.getByTestId('report-removed'));
    fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getByTestId('recall-reported').textContent).toContain('已报告：下架 150 件'));
    expect(screen.getByTestId('recall-tasks-notice').textContent).toBe('已重新报告：下架 150 件');
  });

  it('shows the BFF refusal when the recall has just closed, and shows the task as it is now', async () => {
    let closed = false;
    stubGraphQL({
      MyRecallTasks: ({ pendingOnly }) =>
        pendingOnly ? page([taskOf('1', {}, closed ? { status: 'CLOSED', closedAt: '2026-11-30T03:00:00.000Z' } : {})]) : page([]),
      AcknowledgeRecall: () => {
        closed = true;
        return refused('RECALL_CLOSED', '这次召回已经结束');
      },
    });
    render(<RecallTasksPage />);
    fireEvent.change(await screen.findByTestId('removed-input'), { target: { value: '10' } });
    fireEvent.click(screen.getByTestId('report-removed'));
    fireEvent.click(screen.getByTestId('confirm-ok'));
    const notice = await screen.findByTestId('task-notice');
    expect(notice.textContent).toBe('这次召回已经结束');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(screen.queryByTestId('report-confirm')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('recall-task').textContent).toContain('召回已于'));
    expect(screen.queryByTestId('removed-input')).toBeNull();
    expect(screen.getByTestId('task-notice').textContent).toBe('这次召回已经结束');
  });

  it('puts the BFF refusal of a quantity on the quantity', async () => {
    stubGraphQL({
      MyRecallTasks: ({ pendingOnly }) => (pendingOnly ? page([taskOf('1')]) : page([])),
      AcknowledgeRecall: () => refused('REMOVED_MORE_THAN_HELD', '下架数量不能超过您经手的 150 件', 'quantityRemoved'),
    });
    render(<RecallTasksPage />);
    fireEvent.change(await screen.findByTestId('removed-input'), { target: { value: '180' } });
    fireEvent.click(screen.getByTestId('report-removed'));
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('removed-input-error')).textContent).toBe('下架数量不能超过您经手的 150 件');
    fireEvent.change(screen.getByTestId('removed-input'), { target: { value: '150' } });
    expect(screen.queryByTestId('removed-input-error')).toBeNull();
    expect(screen.queryByTestId('task-notice')).toBeNull();
  });

  it('offers no new report once a recall is closed', async () => {
    const closed = taskOf(
      '3',
      { acknowledgedAt: '2026-11-25T03:00:00.000Z', reportedAt: '2026-11-25T03:00:00.000Z', quantityRemoved: 200 },
      { status: 'CLOSED', recallClass: 'CLASS_III', closedAt: '2026-11-30T03:00:00.000Z' },
    );
    stubGraphQL({ MyRecallTasks: ({ pendingOnly }) => (pendingOnly ? page([]) : page([closed])) });
    render(<RecallTasksPage />);
    const task = await screen.findByTestId('recall-task');
    expect(task.textContent).toContain('召回已于');
    expect(within(task).getByTestId('recall-class').textContent).toBe('三级召回');
    expect(screen.queryByTestId('removed-input')).toBeNull();
  });
});
