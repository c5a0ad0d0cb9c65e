import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byKeys, defineLoader, groupByKeys } from '../../core/loaders';
import {
  Complaint,
  ComplaintAudit,
  ComplaintClockPause,
  ComplaintFile,
  ComplaintMessage,
  ComplaintSettlement,
  Merchant,
  MerchantAgent,
} from './complaints.entity';

export const merchantById = defineLoader(
  'market.merchantById',
  (ctx) =>
    new DataLoader<number, Merchant | null>(async (ids) =>
      byKeys(ids, await ctx.manager('market').findBy(Merchant, { id: In([...ids]) }), (m) => m.id),
    ),
);

/**
 * The business an account acts for (the first it registered, if several), or null: how the trace
 * chain names a merchant in public, by its registration and never by the person behind it.
 */
export const merchantByAgentAccountId = defineLoader(
  'market.merchantByAgentAccountId',
  (ctx) =>
    new DataLoader<number, Merchant | null>(async (accountIds) => {
      const agents = await ctx.manager('market').find(MerchantAgent, {
        where: { accountId: In([...accountIds]) },
        order: { merchantId: 'ASC' },
      });
      const merchantIdOf = new Map<number, number>();
      for (const agent of agents) if (!merchantIdOf.has(agent.accountId)) merchantIdOf.set(agent.accountId, agent.merchantId);
      const merchantIds = [...new Set(merchantIdOf.values())];
      const merchants = merchantIds.length ? await ctx.manager('market').findBy(Merchant, { id: In(merchantIds) }) : [];
      const byId = new Map(merchants.map((m) => [m.id, m]));
      return accountIds.map((accountId) => byId.get(merchantIdOf.get(accountId) ?? 0) ?? null);
    }),
);

/** The accounts acting for each merchant. */
export const agentsByMerchantId = defineLoader(
  'market.agentsByMerchantId',
  (ctx) =>
    new DataLoader<number, number[]>(async (ids) => {
      const rows = await ctx.manager('market').findBy(MerchantAgent, { merchantId: In([...ids]) });
      return groupByKeys(ids, rows, (a) => a.merchantId).map((group) => group.map((a) => a.accountId));
    }),
);

export const messagesByComplaintId = defineLoader(
  'market.messagesByComplaintId',
  (ctx) =>
    new DataLoader<number, ComplaintMessage[]>(async (ids) => {
      const rows = await ctx.manager('market').find(ComplaintMessage, { where: { complaintId: In([...ids]) }, order: { id: 'ASC' } });
      return groupByKeys(ids, rows, (r) => r.complaintId);
    }),
);

export const settlementsByComplaintId = defineLoader(
  'market.settlementsByComplaintId',
  (ctx) =>
    new DataLoader<number, ComplaintSettlement[]>(async (ids) => {
      const rows = await ctx.manager('market').find(ComplaintSettlement, { where: { complaintId: In([...ids]) }, order: { id: 'DESC' } });
      return groupByKeys(ids, rows, (r) => r.complaintId);
    }),
);

export const auditByComplaintId = defineLoader(
  'market.auditByComplaintId',
  (ctx) =>
    new DataLoader<number, ComplaintAudit[]>(async (ids) => {
      const rows = await ctx.manager('market').find(ComplaintAudit, { where: { complaintId: In([...ids]) }, order: { id: 'ASC' } });
      return groupByKeys(ids, rows, (r) => r.complaintId);
    }),
);

export const filesByComplaintId = defineLoader(
  'market.filesByComplaintId',
  (ctx) =>
    new DataLoader<number, ComplaintFile[]>(async (ids) => {
      const rows = await ctx.manager('market').find(ComplaintFile, { where: { complaintId: In([...ids]) } });
      return groupByKeys(ids, rows, (r) => r.complaintId);
    }),
);

export const complaintById = defineLoader(
  'market.complaintById',
  (ctx) =>
    new DataLoader<number, Complaint | null>(async (ids) =>
      byKeys(ids, await ctx.manager('market').findBy(Complaint, { id: In([...ids]) }), (c) => c.id),
    ),
);

/** The clock's pauses of each complaint, oldest first. */
export const pausesByComplaintId = defineLoader(
  'market.pausesByComplaintId',
  (ctx) =>
    new DataLoader<number, ComplaintClockPause[]>(async (ids) => {
      const rows = await ctx.manager('market').find(ComplaintClockPause, { where: { complaintId: In([...ids]) }, order: { id: 'ASC' } });
      return groupByKeys(ids, rows, (r) => r.complaintId);
    }),
);

export const auditEntryById = defineLoader(
  'market.auditEntryById',
  (ctx) =>
    new DataLoader<number, ComplaintAudit | null>(async (ids) =>
      byKeys(ids, await ctx.manager('market').findBy(ComplaintAudit, { id: In([...ids]) }), (a) => a.id),
    ),
);
