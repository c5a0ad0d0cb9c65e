import 'reflect-metadata';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorResult } from './error-result';
import { afterCommit, currentManager, inTransaction, nameStore } from './transaction';

/** A refusal as a service answers it. */
class NotEnough extends ErrorResult {}
const notEnough = () => Object.assign(new NotEnough(), { errorCode: 'INSUFFICIENT_POINTS', message: '不够' });

@Entity('counter')
class Counter {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  id!: string;

  @Column({ type: 'integer' })
  value!: number;
}

let source: DataSource;
let other: DataSource;
beforeAll(async () => {
  source = new DataSource({ type: 'sqljs', entities: [Counter], synchronize: true });
  other = new DataSource({ type: 'sqljs', entities: [Counter], synchronize: true });
  await Promise.all([source.initialize(), other.initialize()]);
  nameStore(source, 'village');
  nameStore(other, 'credit');
  await source.manager.insert(Counter, { id: 'a', value: 0 });
});
afterAll(async () => {
  await source?.destroy();
  await other?.destroy();
});

const valueOf = async () => (await source.manager.findOneByOrFail(Counter, { id: 'a' })).value;

describe('inTransaction', () => {
  it('commits what the work wrote when it returns', async () => {
    await inTransaction(source, (m) => m.increment(Counter, { id: 'a' }, 'value', 1));
    expect(await valueOf()).toBe(1);
  });

  it('rolls everything back when the work throws', async () => {
    const before = await valueOf();
    await expect(
      inTransaction(source, async (m) => {
        await m.increment(Counter, { id: 'a' }, 'value', 5);
        throw new Error('half-way');
      }),
    ).rejects.toThrow('half-way');
    expect(await valueOf()).toBe(before);
  });

  it('lets a nested call join the open transaction, and roll back with it', async () => {
    const before = await valueOf();
    await expect(
      inTransaction(source, async (outer) => {
        await inTransaction(source, async (inner) => {
          expect(inner).toBe(outer);
          await inner.increment(Counter, { id: 'a' }, 'value', 1);
        });
        throw new Error('outer fails');
      }),
    ).rejects.toThrow();
    expect(await valueOf()).toBe(before);
    expect(currentManager(source)).toBeUndefined();
  });

  it('rolls back what the work wrote when it answers a refusal, and answers it', async () => {
    const before = await valueOf();
    const refused = await inTransaction(source, async (m) => {
      await m.increment(Counter, { id: 'a' }, 'value', 5);
      return notEnough();
    });
    expect(refused).toBeInstanceOf(NotEnough);
    expect(await valueOf()).toBe(before);
  });

  it('rolls back the whole transaction when a joined call answers a refusal', async () => {
    const before = await valueOf();
    const answer = await inTransaction(source, async (outer) => {
      await outer.increment(Counter, { id: 'a' }, 'value', 1);
      await inTransaction(source, async () => notEnough());
      await outer.increment(Counter, { id: 'a' }, 'value', 1);
      return 'committed';
    });
    expect(answer).toBeInstanceOf(NotEnough);
    expect(await valueOf()).toBe(before);
  });

  it('refuses a transaction on a second store inside an open one', async () => {
    await expect(inTransaction(source, () => inTransaction(other, async () => 'both'))).rejects.toThrow(
      /store credit was opened inside one on store village/,
    );
    // One after the other is fine.
    await inTransaction(source, async () => undefined);
    await expect(inTransaction(other, async () => 'alone')).resolves.toBe('alone');
  });

  it('runs after-commit callbacks once the outermost transaction commits, and never after a rollback', async () => {
    const calls: string[] = [];
    await inTransaction(source, async () => {
      await inTransaction(source, async () => afterCommit(source, () => calls.push('inner')));
      expect(calls).toEqual([]);
    });
    expect(calls).toEqual(['inner']);
    await expect(
      inTransaction(source, async () => {
        afterCommit(source, () => calls.push('rolled back'));
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    await inTransaction(source, async () => {
      afterCommit(source, () => calls.push('refused'));
      return notEnough();
    });
    expect(calls).toEqual(['inner']);
    expect(() => afterCommit(source, () => undefined)).toThrow(/no transaction is open/);
  });

  it('runs concurrent transactions on SQLite one after another, losing no update', async () => {
    const before = await valueOf();
    await Promise.all(
      Array.from({ length: 20 }, () =>
        inTransaction(source, async (m) => {
          const row = await m.findOneByOrFail(Counter, { id: 'a' });
          await new Promise((r) => setTimeout(r, 1));
          await m.update(Counter, { id: 'a' }, { value: row.value + 1 });
        }),
      ),
    );
    expect(await valueOf()).toBe(before + 20);
  });
});

describe('inTransaction on MySQL', () => {
  /** A stand-in MySQL source whose first commits fail with the given driver error code. */
  function flakySource(failures: number, code: string) {
    let attempts = 0;
    const source = {
      options: { type: 'mysql' },
      createQueryRunner: () => {
        let active = false;
        return {
          manager: {},
          get isTransactionActive() {
            return active;
          },
          connect: async () => undefined,
          startTransaction: async () => {
            active = true;
            attempts += 1;
          },
          commitTransaction: async () => {
            if (attempts <= failures) throw Object.assign(new Error(code), { driverError: { code } });
            active = false;
          },
          rollbackTransaction: async () => {
            active = false;
          },
          release: async () => undefined,
        };
      },
    };
    return { source: source as unknown as DataSource, attempts: () => attempts };
  }

  it('retries a deadlocked transaction and succeeds', async () => {
    const flaky = flakySource(2, 'ER_LOCK_DEADLOCK');
    await expect(inTransaction(flaky.source, async () => 'done')).resolves.toBe('done');
    expect(flaky.attempts()).toBe(3);
  });

  it('gives up after a bounded number of deadlocks', async () => {
    const flaky = flakySource(100, 'ER_LOCK_DEADLOCK');
    await expect(inTransaction(flaky.source, async () => 'done')).rejects.toThrow('ER_LOCK_DEADLOCK');
    expect(flaky.attempts()).toBe(4);
  });

  it('does not retry other failures', async () => {
    const flaky = flakySource(1, 'ER_DUP_ENTRY');
    await expect(inTransaction(flaky.source, async () => 'done')).rejects.toThrow('ER_DUP_ENTRY');
    expect(flaky.attempts()).toBe(1);
  });
});
