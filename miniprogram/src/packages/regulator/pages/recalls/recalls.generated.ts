/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type RecallsQueryVariables = Exact<{
  status?: Types.RecallStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type RecallsQuery = { recalls: { nextCursor: string | null, items: Array<{ id: string, recallClass: Types.RecallClass, origin: Types.RecallOrigin, reason: string, status: Types.RecallStatus, openedAt: string, closedAt: string | null, batch: { id: string, lot: string, product: { id: string, name: string } }, progress: { holders: number, acknowledged: number, quantityRemoved: number } }> } };


export const RecallsDocument = new TypedDocumentString(`
    query Recalls($status: RecallStatus, $first: Int!, $after: String) {
  recalls(status: $status, first: $first, after: $after) {
    items {
      id
      recallClass
      origin
      reason
      status
      openedAt
      closedAt
      batch {
        id
        lot
        product {
          id
          name
        }
      }
      progress {
        holders
        acknowledged
        quantityRemoved
      }
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<RecallsQuery, RecallsQueryVariables>;