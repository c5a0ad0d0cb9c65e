import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { defineLoader, groupByKeys } from '../../../core/loaders';
import { PointsLedgerEntry } from './ledger.entity';

/** What a ledger entry came from, as a reversal names it. */
export const sourceOf = (entry: Pick<PointsLedgerEntry, 'sourceType' | 'sourceId'>) => `${entry.sourceType}:${entry.sourceId}`;

/** The sources an account's reversals gave back (an overturned deduction, a failed top-up). */
export const reversedSourcesByAccount = defineLoader(
  'workpoints.reversedSourcesByAccount',
  (ctx) =>
    new DataLoader<number, Set<string>>(async (accountIds) => {
      const reversals = await ctx.manager('village').find(PointsLedgerEntry, {
        select: { accountId: true, sourceType: true, sourceId: true },
        where: { accountId: In([...accountIds]), kind: 'REVERSAL' },
      });
      return groupByKeys(accountIds, reversals, (r) => r.accountId).map((rows) => new Set(rows.map(sourceOf)));
    }),
);
