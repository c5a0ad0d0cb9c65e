/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type MyHeldBatchesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyHeldBatchesQuery = { myHeldBatches: { nextCursor: string | null, items: Array<{ id: string, lot: string, productionDate: string, expiryDate: string | null, quantity: number, product: { id: string, gtin: string, name: string } }> } };


export const MyHeldBatchesDocument = new TypedDocumentString(`
    query MyHeldBatches($first: Int!, $after: String) {
  myHeldBatches(first: $first, after: $after) {
    items {
      ...TraceBatchLine
      product {
        id
        gtin
        name
      }
    }
    nextCursor
  }
}
    fragment TraceBatchLine on TraceBatch {
  id
  lot
  productionDate
  expiryDate
  quantity
}`) as unknown as TypedDocumentString<MyHeldBatchesQuery, MyHeldBatchesQueryVariables>;