import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import { ErrorResult } from './error-result';

/** One open transaction: its manager, and what to do once it has committed. */
interface OpenTransaction {
  manager: EntityManager;
  afterCommit: Array<() => void>;
}

/** The transaction open in this async flow, if any: at most one, on one store (DESIGN.md). */
const openTransactions = new AsyncLocalStorage<Map<DataSource, OpenTransaction>>();

/** sql.js has a single connection, so its transactions must take turns. */
const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

const MAX_ATTEMPTS = 4;

/** MySQL's deadlock and lock-wait errors: the transaction was rolled back and may simply be retried. */
function isRetryable(error: unknown): boolean {
  const code = (error as { code?: string; driverError?: { code?: string } })?.driverError?.code ?? (error as { code?: string })?.code;
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT';
}

/** Each DataSource's store, for messages; the store registry names them as it opens them. */
const storeNames = new WeakMap<DataSource, string>();

export function nameStore(source: DataSource, name: string): void {
  storeNames.set(source, name);
}

const storeOf = (source: DataSource) => storeNames.get(source) ?? 'unnamed';

/** Work that answered a refusal: its writes are rolled back and the refusal is the answer. */
class RolledBack<T> {
  constructor(readonly result: T) {}
}

/** The manager of the transaction open on this store in the current flow, if any. */
export function currentManager(source: DataSource): EntityManager | undefined {
  return openTransactions.getStore()?.get(source)?.manager;
}

/**
 * Runs `callback` once the transaction open on `source` in this flow commits, never if it rolls
 * back. Throws when no transaction is open there: a caller that needs this is writing.
 */
export function afterCommit(source: DataSource, callback: () => void): void {
  const open = openTransactions.getStore()?.get(source);
  if (!open) throw new Error(`no transaction is open on store ${storeOf(source)}`);
  open.afterCommit.push(callback);
}

/** Runs `work` outside any transaction of the calling flow (a delivery started from a request, say). */
export function outsideTransactions<T>(work: () => T): T {
  return openTransactions.exit(work);
}

/**
 * Runs `work` in one transaction on `source`: it commits if `work` returns and rolls back if it
 * throws, or if it returns an ErrorResult (a refusal the user can fix: nothing it wrote stays).
 * A call made inside an open transaction on the same store joins it, so services can call each
 * other freely; one on another store is refused, because no transaction may span two stores.
 * Deadlocks are retried a bounded number of times (Vendure's pattern).
 */
export async function inTransaction<T>(source: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const open = openTransactions.getStore();
  const joined = open?.get(source);
  if (joined) {
    const result = await work(joined.manager);
    // A refusal inside a joined call undoes the whole transaction, as a throw would.
    if (result instanceof ErrorResult) throw new RolledBack(result);
    return result;
  }
  if (open && open.size > 0) {
    const [other] = open.keys();
    throw new Error(
      `a transaction on store ${storeOf(source)} was opened inside one on store ${storeOf(other)}: ` +
        'no transaction may span two stores; read the other store through its loaders, or act on it through an event',
    );
  }
  if (source.options.type === 'sqljs') return serialised(source, () => attempt(source, work));

  for (let attemptNo = 1; ; attemptNo++) {
    try {
      return await attempt(source, work);
    } catch (error) {
      if (!isRetryable(error) || attemptNo >= MAX_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * 2 ** attemptNo + Math.random() * 10));
    }
  }
}

async function attempt<T>(source: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const runner = source.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  const transaction: OpenTransaction = { manager: runner.manager, afterCommit: [] };
  let result: T;
  try {
    result = await openTransactions.run(new Map([[source, transaction]]), () => work(runner.manager));
    if (result instanceof ErrorResult) {
      await runner.rollbackTransaction();
      return result;
    }
    await runner.commitTransaction();
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    if (error instanceof RolledBack) return error.result as T;
    throw error;
  } finally {
    await runner.release();
  }
  for (const callback of transaction.afterCommit) callback();
  return result;
}

function serialised<T>(source: DataSource, task: () => Promise<T>): Promise<T> {
  const previous = sqliteQueues.get(source) ?? Promise.resolve();
  const next = previous.then(task);
  sqliteQueues.set(
    source,
    next.catch(() => undefined),
  );
  return next;
}
