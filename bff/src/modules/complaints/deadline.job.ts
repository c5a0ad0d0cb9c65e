import { IsNull, LessThan } from 'typeorm';
import type { RequestContext } from '../../core/context';
import { AppError } from '../../core/errors';
import type { JobDefinition } from '../../core/module';
import { Complaint } from './complaints.entity';
import { ComplaintDeadlineNear } from './complaints.events';
import { ComplaintWorkflow } from './workflow.service';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The scheduled job: negotiations past their deadline go to mediation (the merchant marked
 * overdue), and merchants are warned a day before theirs. Each complaint is claimed by a
 * conditional update, so instances running the job at once never act twice.
 */
export async function runDeadlineJob(ctx: RequestContext): Promise<{ escalated: number; warned: number }> {
  const now = ctx.now();
  const market = ctx.manager('market');
  let failure: unknown = null;
  let escalated = 0;
  const overdue = await market.find(Complaint, { where: { status: 'NEGOTIATING', dueAt: LessThan(now) }, take: 200 });
  for (const complaint of overdue) {
    try {
      await ctx.transaction('market', (m) =>
        ctx.service(ComplaintWorkflow).move(ctx, m, complaint, 'MEDIATING', {
          party: 'SYSTEM',
          actorId: null,
          action: 'ESCALATED_OVERDUE',
          note: '',
          changes: { merchantOverdue: true },
        }),
      );
      escalated++;
    } catch (error) {
      // Someone acted on it (or another instance escalated it) in the meantime: nothing to do.
      // Anything else is reported after the rest of the run, which it must not stop.
      if (!(error instanceof AppError)) failure ??= error;
    }
  }
  let warned = 0;
  const soon = await market.find(Complaint, {
    where: { status: 'NEGOTIATING', dueAt: LessThan(new Date(now.getTime() + DAY_MS)), warnedAt: IsNull() },
    take: 200,
  });
  for (const complaint of soon) {
    if (complaint.dueAt! < now) continue;
    const claimed = await ctx.transaction('market', async (m) => {
      const result = await m.update(Complaint, { id: complaint.id, warnedAt: IsNull(), status: 'NEGOTIATING' }, { warnedAt: now });
      if (result.affected) await ctx.publish(ComplaintDeadlineNear, { complaintId: complaint.id, dueAt: complaint.dueAt!.toISOString() });
      return Boolean(result.affected);
    });
    if (claimed) warned++;
  }
  if (failure) throw failure;
  return { escalated, warned };
}

export const complaintDeadlineJob: JobDefinition = {
  name: 'complaints.deadlines',
  everyMs: (config) => config.complaintJobMs,
  run: runDeadlineJob,
};
