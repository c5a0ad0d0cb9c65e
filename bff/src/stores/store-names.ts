/** The six regulatory data stores of DESIGN.md; a module owns exactly one of them. */
export const STORE_NAMES = ['identity', 'village', 'credit', 'shop', 'trace', 'market'] as const;
export type StoreName = (typeof STORE_NAMES)[number];
