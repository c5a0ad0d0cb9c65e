import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../../core/context';
import { clip } from '../../../core/text';
import { isUniqueViolation } from '../../../stores/sql-errors';
import { LEDGER_REASON_LENGTH, PointsAccount, PointsLedgerEntry, type LedgerEntryKind, type PointsHolder } from './ledger.entity';
import { InsufficientPointsError } from './ledger.types';

export interface LedgerPosting {
  accountId: number;
  kind: LedgerEntryKind;
  /** Signed points: positive adds, negative takes. */
  amount: number;
  sourceType: string;
  sourceId: number;
  /** Any length: what does not fit the column is cut, the whole text staying with the source. */
  reason: string;
  /** Unique in the store: a second posting with the same key changes nothing. */
  idempotencyKey: string;
  createdBy: number;
}

/** A posting that went through, or was already there (`replayed`). */
export interface Posted {
  entry: PointsLedgerEntry;
  replayed: boolean;
}

/**
 * The points ledger: balances move only by appending an entry in the same transaction as a
 * conditional update that never takes a balance below zero. The sum of an account's entries is
 * its balance, always.
 */
export const PointsLedger = {
  /**
   * The holder's account, opened on first use. Call it before the transaction that posts to it:
   * two first uses at once race on the unique holder index, and the loser reads the winner's row
   * afresh (a read inside its own transaction would still see the snapshot without it).
   */
  async openAccount(ctx: RequestContext, holder: PointsHolder, holderId: number, villageId: number): Promise<PointsAccount> {
    const found = await ctx.manager('village').findOneBy(PointsAccount, { holder, holderId });
    if (found) return found;
    try {
      await ctx.transaction('village', (m) => m.insert(PointsAccount, { holder, holderId, villageId, balance: 0 }));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    return ctx.manager('village').findOneByOrFail(PointsAccount, { holder, holderId });
  },

  /** The holder's account in the given transaction, opened if missing; for single writers (seeding). */
  async ensureAccount(manager: EntityManager, holder: PointsHolder, holderId: number, villageId: number): Promise<PointsAccount> {
    const found = await manager.findOneBy(PointsAccount, { holder, holderId });
    if (found) return found;
    await manager.insert(PointsAccount, { holder, holderId, villageId, balance: 0 });
    return manager.findOneByOrFail(PointsAccount, { holder, holderId });
  },

  /**
   * Appends one entry and moves the balance, inside the caller's transaction. A key seen before
   * returns the entry it made, untouched. Taking more points than the balance holds answers
   * InsufficientPointsError and writes nothing; a caller that returns it from its transaction
   * rolls back whatever else it wrote there.
   */
  async post(manager: EntityManager, posting: LedgerPosting, now: Date): Promise<Posted | InsufficientPointsError> {
    const seen = await manager.findOneBy(PointsLedgerEntry, { idempotencyKey: posting.idempotencyKey });
    if (seen) return { entry: seen, replayed: true };

    const moved = await manager
      .createQueryBuilder()
      .update(PointsAccount)
      .set({ balance: () => 'balance + :amount' })
      .where('id = :id AND balance + :amount >= 0')
      .setParameters({ id: posting.accountId, amount: posting.amount })
      .execute();
    const { balance } = await manager.findOneByOrFail(PointsAccount, { id: posting.accountId });
    if (!moved.affected) return InsufficientPointsError.of(balance, -posting.amount);

    const entry = manager.create(PointsLedgerEntry, {
      ...posting,
      // Callers prefix what a person wrote (扣分：…); the deduction keeps the whole of it.
      reason: clip(posting.reason, LEDGER_REASON_LENGTH),
      balanceAfter: balance,
      createdAt: now,
    });
    await manager.insert(PointsLedgerEntry, entry);
    return { entry, replayed: false };
  },

  /** Adds points (an award, a refund, a reversal): it cannot be refused, so a refusal here is a bug. */
  async credit(manager: EntityManager, posting: LedgerPosting, now: Date): Promise<Posted> {
    if (posting.amount < 0) throw new Error(`a credit of ${posting.amount} points`);
    const posted = await this.post(manager, posting, now);
    if (posted instanceof InsufficientPointsError) throw new Error(`crediting account ${posting.accountId} was refused`);
    return posted;
  },
};
