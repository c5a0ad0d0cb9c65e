import { In, IsNull, Not } from 'typeorm';
import { chinaDate } from '../../core/china-time';
import type { RequestContext } from '../../core/context';
import { Role } from '../../core/roles';
import { RESOLVED } from './clock';
import { Complaint } from './complaints.entity';
import { WorkingCalendar } from './working-days';

const DAY_MS = 24 * 3600 * 1000;

/** The regulator's figures: 从投诉到办结, in working days. */
export class ComplaintStats {
  /** The median working days of complaints resolved in a China month (YYYY-MM). */
  async monthFigure(ctx: RequestContext, month: string): Promise<{ month: string; resolved: number; medianWorkingDays: number | null }> {
    const calendar = ctx.service(WorkingCalendar);
    const [year, mon] = month.split('-').map(Number);
    const from = new Date(`${month}-01T00:00:00+08:00`);
    const next = mon === 12 ? `${year + 1}-01` : `${year}-${String(mon + 1).padStart(2, '0')}`;
    const to = new Date(`${next}-01T00:00:00+08:00`);
    const rows = await ctx
      .manager('market')
      .createQueryBuilder(Complaint, 'c')
      .select(['c.filedAt', 'c.resolvedAt'])
      .where({ status: In(RESOLVED), resolvedAt: Not(IsNull()) })
      .andWhere('c.resolved_at >= :from AND c.resolved_at < :to', { from, to })
      .getMany();
    const days = rows.map((c) => calendar.workingDaysBetween(c.filedAt, c.resolvedAt!)).sort((a, b) => a - b);
    const middle = Math.floor(days.length / 2);
    const median = days.length === 0 ? null : days.length % 2 ? days[middle] : (days[middle - 1] + days[middle]) / 2;
    return { month, resolved: days.length, medianWorkingDays: median };
  }

  async stats(ctx: RequestContext) {
    ctx.requireRole(Role.REGULATOR);
    const now = ctx.now();
    const thisMonth = chinaDate(now).slice(0, 7);
    const [y, mo] = thisMonth.split('-').map(Number);
    const lastMonth = mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, '0')}`;
    return {
      thisMonth: await this.monthFigure(ctx, thisMonth),
      lastMonth: await this.monthFigure(ctx, lastMonth),
      // The deadlines running now reach at most 45 working days (about ten weeks) ahead.
      missingCalendarYears: ctx.service(WorkingCalendar).missingYears(now, new Date(now.getTime() + 70 * DAY_MS)),
    };
  }
}
