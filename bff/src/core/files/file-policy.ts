import type { RequestContext } from '../context';

/**
 * Who may read an uploaded file, as one module sees it: `true` or `false` when the file is one
 * of its own (a complaint's evidence, say), `null` when it is not. A module registers its policy
 * in its manifest; the files route asks each in turn and falls back to its default.
 */
export type FilePolicy = (ctx: RequestContext, key: string, ownerAccountId: number) => Promise<boolean | null>;

/**
 * Which of these upload keys a module holds, attached to something of its own (a complaint's
 * evidence, a batch's certificate). An upload that no module holds a day after it came in is
 * removed; a module registers its answer in its manifest, as it does its policy.
 */
export type FileHolder = (ctx: RequestContext, keys: readonly string[]) => Promise<Iterable<string>>;
