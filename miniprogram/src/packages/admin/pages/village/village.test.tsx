import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs } from '@/test/session';
import AdminVillagePage from './index';

const me = {
  data: { me: { id: '3', displayName: '赵国强', village: { id: '1', name: '大石盖村', town: '戴村镇', county: '杭州市萧山区' } } },
};
const months = (completed: number[]) => ({
  data: {
    villageParticipationByMonth: completed.map((n, i) => ({ month: `2026-${String(i + 6).padStart(2, '0')}`, completed: n })),
  },
});

describe('本村管理: participations month by month', () => {
  beforeEach(() => {
    signInAs('赵国强', ['VILLAGE_ADMIN', 'VILLAGER'], '1');
    // happy-dom has no 2D context: the canvas stays blank, its figures are in the table.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  it('draws each of the six months as a bar, with the months in full for a screen reader', async () => {
    stubGraphQL({ AdminVillage: () => me, VillageParticipationByMonth: () => months([4, 0, 12, 9, 15, 3]) });
    render(<AdminVillagePage />);
    const table = await screen.findByRole('table', { name: '近半年每月完成的活动' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['月份', '人次'],
      ['2026年6月', '4'],
      ['2026年7月', '0'],
      ['2026年8月', '12'],
      ['2026年9月', '9'],
      ['2026年10月', '15'],
      ['2026年11月', '3'],
    ]);
  });

  it('says so in words when nobody has taken part in half a year, instead of six empty bars', async () => {
    stubGraphQL({ AdminVillage: () => me, VillageParticipationByMonth: () => months([0, 0, 0, 0, 0, 0]) });
    render(<AdminVillagePage />);
    expect((await screen.findByTestId('participation-none')).textContent).toBe('近半年还没有审核通过的活动。');
    expect(screen.queryByTestId('participation-chart')).toBeNull();
  });
});
