/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type CounterfeitFlagsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type CounterfeitFlagsQuery = { counterfeitFlags: { nextCursor: string | null, items: Array<{ id: string, serial: string, reason: string, flaggedAt: string, batch: { id: string, lot: string, product: { gtin: string, name: string } } }> } };


export const CounterfeitFlagsDocument = new TypedDocumentString(`
    query CounterfeitFlags($first: Int!, $after: String) {
  counterfeitFlags(first: $first, after: $after) {
    items {
      id
      serial
      reason
      flaggedAt
      batch {
        id
        lot
        product {
          gtin
          name
        }
      }
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<CounterfeitFlagsQuery, CounterfeitFlagsQueryVariables>;