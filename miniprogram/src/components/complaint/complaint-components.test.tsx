import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { complaintDetail, deadline, proposedSettlement } from '@/test/complaint-fixtures';
import { AuditTrail } from './AuditTrail';
import { DeadlineBadge } from './ComplaintBadges';
import { ComplaintThread } from './ComplaintThread';
import { SettlementList } from './SettlementCard';
import { StarRating, starsText } from './StarRating';
import type { ComplaintAuditEntryView, ComplaintSettlementView } from './types';

describe('complaint components', () => {
  it('draws an overdue deadline in red words and none for a closed complaint', () => {
    const { rerender } = render(
      <DeadlineBadge status="MEDIATING" deadline={deadline({ overdue: true, stage: '调解' }) as never} viewer="REGULATOR" withLabel />,
    );
    expect(screen.getByTestId('complaint-deadline').getAttribute('data-tone')).toBe('overdue');
    expect(screen.getByTestId('complaint-deadline').textContent).toBe('办理期限调解 · 已超期');
    rerender(<DeadlineBadge status="WITHDRAWN" deadline={deadline({ stage: '' }) as never} viewer="CONSUMER" />);
    expect(screen.queryByTestId('complaint-deadline')).toBeNull();
  });

  it('says when the thread is empty', () => {
    render(<ComplaintThread messages={[]} viewer="CONSUMER" />);
    expect(screen.getByTestId('thread-empty').textContent).toBe('还没有留言。');
  });

  it('lists offers newest first with what the viewer may do on each', () => {
    const older = {
      ...proposedSettlement,
      id: 's0',
      status: 'DECLINED',
      createdAt: '2026-11-20T02:00:00.000Z',
      decidedAt: '2026-11-20T08:00:00.000Z',
    };
    render(
      <SettlementList
        settlements={[older, proposedSettlement] as ComplaintSettlementView[]}
        actions={(s) => (s.status === 'PROPOSED' ? <button data-testid="offer-action">同意</button> : null)}
      />,
    );
    const offers = screen.getAllByTestId('settlement');
    expect(offers.map((o) => o.getAttribute('data-id'))).toEqual(['s1', 's0']);
    expect(offers[0].textContent).toContain('等待消费者答复');
    expect(offers[1].textContent).toContain('消费者没有同意');
    expect(screen.getAllByTestId('offer-action')).toHaveLength(1);
  });

  it('folds the audit trail, and names actions it does not know by their code', () => {
    const audit = [
      ...(complaintDetail().audit as ComplaintAuditEntryView[]),
      {
        id: 'a3',
        party: 'SYSTEM',
        actorName: null,
        action: 'ESCALATED_OVERDUE',
        fromStatus: 'NEGOTIATING',
        toStatus: 'MEDIATING',
        note: '协商超过 10 个工作日',
        at: '2026-12-04T16:00:00.000Z',
      },
      {
        id: 'a4',
        party: 'SYSTEM',
        actorName: null,
        action: 'SOMETHING_NEW',
        fromStatus: 'MEDIATING',
        toStatus: 'MEDIATING',
        note: '',
        at: '2026-12-05T16:00:00.000Z',
      },
    ] as ComplaintAuditEntryView[];
    render(<AuditTrail entries={audit} />);
    const toggle = screen.getByTestId('audit-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toContain('处理记录（4 条）');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const entries = screen.getAllByTestId('audit-entry');
    expect(entries[2].textContent).toContain('系统：协商超期，转调解');
    expect(entries[2].textContent).toContain('协商中 → 调解中');
    expect(entries[3].textContent).toContain('SOMETHING_NEW');
    fireEvent.click(toggle);
    expect(screen.queryAllByTestId('audit-entry')).toHaveLength(0);
  });

  it('rates with five stars read out as choices', () => {
    let value = 0;
    const { rerender } = render(<StarRating label="满意吗" value={value} onChange={(n) => (value = n)} />);
    fireEvent.click(screen.getByTestId('rating-star-2'));
    expect(value).toBe(2);
    rerender(<StarRating label="满意吗" value={2} onChange={() => undefined} />);
    expect(screen.getByTestId('rating-star-2').getAttribute('aria-label')).toBe('2 星，不满意');
    expect(screen.getByTestId('rating-star-2').getAttribute('aria-checked')).toBe('true');
    expect(starsText(5)).toBe('★★★★★ 很满意');
  });
});
