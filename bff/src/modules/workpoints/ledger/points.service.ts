import { In, IsNull, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../../core/context';
import { notFound } from '../../../core/errors';
import { findPage, type Paged } from '../../../core/paging';
import { isUniqueViolation } from '../../../stores/sql-errors';
import { accountById, householdById, membersByHouseholdId } from '../../identity/identity.loaders';
import { assertSameVillage, requireVillageAdmin, requireVillager } from '../village-members';
import { workpointsRefusal } from '../workpoints.errors';
import { Deduction, PointsAccount, PointsLedgerEntry, type PointsHolder } from './ledger.entity';
import type { DeductPointsInput } from './ledger.inputs';
import { InsufficientPointsError, type HouseholdPoints } from './ledger.types';
import { PointsLedger } from './points-ledger';

const APPEAL_WINDOW_MS = 30 * 24 * 3600 * 1000;

/** Balances of many holders at once (a household, a village's shops); no account means 0. */
export async function balancesOf(m: EntityManager, holder: PointsHolder, holderIds: number[]): Promise<Map<number, number>> {
  if (holderIds.length === 0) return new Map();
  const rows = await m.findBy(PointsAccount, { holder, holderId: In(holderIds) });
  return new Map(rows.map((r) => [r.holderId, r.balance]));
}

/** The deduction a request already made, found by the key of its ledger entry. */
async function deductionPostedAs(m: EntityManager, key: string): Promise<Deduction | null> {
  const posted = await m.findOneBy(PointsLedgerEntry, { idempotencyKey: key });
  return posted && m.findOneByOrFail(Deduction, { id: posted.sourceId });
}

/** A villager's points: balance, history, household, and deductions with their appeals. */
export class PointsService {
  async myBalance(ctx: RequestContext): Promise<number> {
    const villager = await requireVillager(ctx);
    return (await balancesOf(ctx.manager('village'), 'VILLAGER', [villager.accountId])).get(villager.accountId) ?? 0;
  }

  async myHistory(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<PointsLedgerEntry>> {
    const villager = await requireVillager(ctx);
    const account = await ctx.manager('village').findOneBy(PointsAccount, { holder: 'VILLAGER', holderId: villager.accountId });
    if (!account) return { items: [], nextCursor: null };
    return findPage(ctx.manager('village'), PointsLedgerEntry, { accountId: account.id }, first, after);
  }

  /** The caller's household: its members (identity store) with their balances (village store). */
  async myHousehold(ctx: RequestContext): Promise<HouseholdPoints | null> {
    const villager = await requireVillager(ctx);
    if (!villager.householdId) return null;
    const [household, members] = await Promise.all([
      ctx.loader(householdById).load(villager.householdId),
      ctx.loader(membersByHouseholdId).load(villager.householdId),
    ]);
    const balances = await balancesOf(
      ctx.manager('village'),
      'VILLAGER',
      members.map((a) => a.id),
    );
    const rows = members.map((a) => ({ accountId: a.id, displayName: a.displayName, balance: balances.get(a.id) ?? 0 }));
    return {
      householdName: household?.name ?? '',
      total: rows.reduce((sum, r) => sum + r.balance, 0),
      members: rows,
    };
  }

  /** 扣分: a cadre takes points from a villager of the village, with a reason the villager sees. */
  async deduct(ctx: RequestContext, input: DeductPointsInput): Promise<Deduction | InsufficientPointsError> {
    const admin = await requireVillageAdmin(ctx);
    const villager = await ctx.loader(accountById).load(input.villagerId);
    if (!villager) throw notFound('找不到该村民');
    assertSameVillage(admin, villager.villageId ?? -1);
    const account = await PointsLedger.openAccount(ctx, 'VILLAGER', villager.id, admin.villageId);
    // The request id is the cadre's own: another cadre's same id is another request, never a replay of this one.
    const key = `deduction:${admin.accountId}:${input.idempotencyKey}`;
    try {
      return await ctx.transaction('village', async (m) => {
        const seen = await deductionPostedAs(m, key);
        if (seen) return seen;
        const deduction = m.create(Deduction, {
          villageId: admin.villageId,
          villagerId: villager.id,
          points: input.points,
          reason: input.reason,
          createdBy: admin.accountId,
          createdAt: ctx.now(),
          appealStatus: null,
          appealReason: null,
          appealedAt: null,
          appealDecidedBy: null,
          appealDecidedAt: null,
          appealDecisionNote: null,
        });
        await m.insert(Deduction, deduction);
        const posted = await PointsLedger.post(
          m,
          {
            accountId: account.id,
            kind: 'DEDUCTION',
            amount: -input.points,
            sourceType: 'deduction',
            sourceId: deduction.id,
            reason: `扣分：${input.reason}`,
            idempotencyKey: key,
            createdBy: admin.accountId,
          },
          ctx.now(),
        );
        return posted instanceof InsufficientPointsError ? posted.on('points') : deduction;
      });
    } catch (error) {
      // The same request submitted twice at once: the other one won the ledger's unique key, and is the answer.
      const raced = isUniqueViolation(error) ? await deductionPostedAs(ctx.manager('village'), key) : null;
      if (!raced) throw error;
      return raced;
    }
  }

  async myDeductions(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<Deduction>> {
    const villager = await requireVillager(ctx);
    return findPage(ctx.manager('village'), Deduction, { villagerId: villager.accountId }, first, after);
  }

  async appeal(ctx: RequestContext, deductionId: number, reason: string): Promise<Deduction> {
    const villager = await requireVillager(ctx);
    return ctx.transaction('village', async (m) => {
      const deduction = await m.findOneBy(Deduction, { id: deductionId });
      if (!deduction || deduction.villagerId !== villager.accountId) throw notFound('找不到该扣分记录');
      if (deduction.appealStatus) throw workpointsRefusal('APPEAL_EXISTS');
      if (ctx.now().getTime() - deduction.createdAt.getTime() > APPEAL_WINDOW_MS) throw workpointsRefusal('APPEAL_TOO_LATE');
      const filed = { appealStatus: 'PENDING' as const, appealReason: reason, appealedAt: ctx.now() };
      const moved = await m.update(Deduction, { id: deduction.id, appealStatus: IsNull() }, filed);
      if (!moved.affected) throw workpointsRefusal('APPEAL_EXISTS');
      return Object.assign(deduction, filed);
    });
  }

  async pendingAppeals(ctx: RequestContext, first: number, after?: string | null): Promise<Paged<Deduction>> {
    const admin = await requireVillageAdmin(ctx);
    return findPage(ctx.manager('village'), Deduction, { villageId: admin.villageId, appealStatus: 'PENDING' }, first, after, 'ASC');
  }

  /** Decides an appeal; overturning gives the points back with a reversal entry. */
  async decideAppeal(ctx: RequestContext, deductionId: number, overturn: boolean, note: string): Promise<Deduction> {
    const admin = await requireVillageAdmin(ctx);
    const deduction = await ctx.manager('village').findOneBy(Deduction, { id: deductionId });
    if (!deduction) throw notFound('找不到该扣分记录');
    assertSameVillage(admin, deduction.villageId);
    const account = await PointsLedger.openAccount(ctx, 'VILLAGER', deduction.villagerId, deduction.villageId);
    return ctx.transaction('village', async (m) => {
      const decision = {
        appealStatus: overturn ? ('OVERTURNED' as const) : ('UPHELD' as const),
        appealDecidedBy: admin.accountId,
        appealDecidedAt: ctx.now(),
        appealDecisionNote: note,
      };
      const moved = await m.update(Deduction, { id: deduction.id, appealStatus: 'PENDING' }, decision);
      if (!moved.affected) throw workpointsRefusal('NO_PENDING_APPEAL');
      if (overturn) {
        await PointsLedger.credit(
          m,
          {
            accountId: account.id,
            kind: 'REVERSAL',
            amount: deduction.points,
            sourceType: 'deduction',
            sourceId: deduction.id,
            reason: `申诉成功，退回扣分：${deduction.reason}`,
            idempotencyKey: `reversal:deduction:${deduction.id}`,
            createdBy: admin.accountId,
          },
          ctx.now(),
        );
      }
      return Object.assign(deduction, decision);
    });
  }
}
