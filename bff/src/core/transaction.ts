import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

/** The transactions open in this async flow, one per DataSource at most. */
const openTransactions = new AsyncLocalStorage<Map<DataSource, EntityManager>>();

/** sql.js has a single connection, so its transactions must take turns. */
const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

const MAX_ATTEMPTS = 4;

/** MySQL's deadlock and lock-wait errors: the transaction was rolled back and may simply be retried. */
function isRetryable(error: unknown): boolean {
  const code = (error as { code?: string; driverError?: { code?: string } })?.driverError?.code ??
    (error as { code?: string })?.code;
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT';
}

/** The manager of the transaction open on this store in the current flow, if any. */
export function currentManager(source: DataSource): EntityManager | undefined {
  return openTransactions.getStore()?.get(source);
}

/**
 * Runs `work` in one transaction on `source`: it commits if `work` returns and rolls back if it
 * throws. A call made inside an open transaction on the same store joins it, so services can
 * call each other freely. Deadlocks are retried a bounded number of times (Vendure's pattern).
 */
export async function inTransaction<T>(source: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const joined = currentManager(source);
  if (joined) return work(joined);
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
  const open = new Map(openTransactions.getStore() ?? []);
  open.set(source, runner.manager);
  try {
    const result = await openTransactions.run(open, () => work(runner.manager));
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
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
