/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type RecallBatchLineFragment = { id: string, lot: string, productionDate: string, quantity: number, product: { id: string, gtin: string, name: string } };

export type RecallDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type RecallDetailQuery = { recall: { id: string, recallClass: Types.RecallClass, origin: Types.RecallOrigin, reason: string, status: Types.RecallStatus, openedAt: string, closedAt: string | null, closingNote: string | null, batch: { id: string, lot: string, productionDate: string, quantity: number, product: { id: string, gtin: string, name: string } }, affectedBatches: Array<{ relation: Types.RecallRelation, batch: { id: string, lot: string, productionDate: string, quantity: number, product: { id: string, gtin: string, name: string } } }>, scope: { made: number, received: number, sold: number, scans: number, scanners: number, shipped: Array<{ quantity: number, to: { name: string, creditCode: string } | null, batch: { id: string, lot: string, productionDate: string, quantity: number, product: { id: string, gtin: string, name: string } } }> }, holders: Array<{ id: string, notifiedAt: string, acknowledgedAt: string | null, reportedAt: string | null, quantityRemoved: number | null, merchant: { name: string, creditCode: string } | null, batch: { id: string, lot: string, productionDate: string, quantity: number, product: { id: string, gtin: string, name: string } } }>, progress: { holders: number, acknowledged: number, quantityRemoved: number } } };

export type CloseRecallMutationVariables = Exact<{
  input: Types.CloseRecallInput;
}>;


export type CloseRecallMutation = { closeRecall:
    | { __typename: 'TraceError', errorCode: Types.ErrorCode, message: string, field: string | null }
    | { __typename: 'TraceRecall', id: string, status: Types.RecallStatus, closedAt: string | null, closingNote: string | null }
   };

export const RecallBatchLineFragmentDoc = new TypedDocumentString(`
    fragment RecallBatchLine on TraceBatch {
  id
  lot
  productionDate
  quantity
  product {
    id
    gtin
    name
  }
}
    `, {"fragmentName":"RecallBatchLine"}) as unknown as TypedDocumentString<RecallBatchLineFragment, unknown>;
export const RecallDetailDocument = new TypedDocumentString(`
    query RecallDetail($id: ID!) {
  recall(id: $id) {
    id
    recallClass
    origin
    reason
    status
    openedAt
    closedAt
    closingNote
    batch {
      ...RecallBatchLine
    }
    affectedBatches {
      relation
      batch {
        ...RecallBatchLine
      }
    }
    scope {
      made
      received
      sold
      scans
      scanners
      shipped {
        quantity
        to {
          name
          creditCode
        }
        batch {
          ...RecallBatchLine
        }
      }
    }
    holders {
      id
      notifiedAt
      acknowledgedAt
      reportedAt
      quantityRemoved
      merchant {
        name
        creditCode
      }
      batch {
        ...RecallBatchLine
      }
    }
    progress {
      holders
      acknowledged
      quantityRemoved
    }
  }
}
    fragment RecallBatchLine on TraceBatch {
  id
  lot
  productionDate
  quantity
  product {
    id
    gtin
    name
  }
}`) as unknown as TypedDocumentString<RecallDetailQuery, RecallDetailQueryVariables>;
export const CloseRecallDocument = new TypedDocumentString(`
    mutation CloseRecall($input: CloseRecallInput!) {
  closeRecall(input: $input) {
    __typename
    ... on TraceRecall {
      id
      status
      closedAt
      closingNote
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<CloseRecallMutation, CloseRecallMutationVariables>;