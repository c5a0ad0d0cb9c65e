import type { RequestContext } from '../context';

/**
 * Who may read an uploaded file, as one module sees it: `true` or `false` when the file is one
 * of its own (a complaint's evidence, say), `null` when it is not. A module registers its policy
 * in its manifest; the files route asks each in turn and falls back to its default.
 */
export type FilePolicy = (ctx: RequestContext, key: string, ownerAccountId: number) => Promise<boolean | null>;
