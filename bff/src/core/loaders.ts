import type DataLoader from 'dataloader';
import type { RequestContext } from './context';

/** A DataLoader recipe; the context makes each at most once per request, on first use. */
export interface LoaderDefinition<K, V> {
  readonly name: string;
  create(ctx: RequestContext): DataLoader<K, V>;
}

export function defineLoader<K, V>(name: string, create: (ctx: RequestContext) => DataLoader<K, V>): LoaderDefinition<K, V> {
  return { name, create };
}

/** Orders the rows a batch query found to match the keys DataLoader asked for; absent keys get null. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const found = new Map<K, V>();
  for (const row of rows) found.set(keyOf(row), row);
  return keys.map((key) => found.get(key) ?? null);
}

/** Groups the rows a batch query found under the keys DataLoader asked for; absent keys get []. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
