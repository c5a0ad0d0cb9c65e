/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type MyRecallTasksQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  pendingOnly: boolean;
}>;


export type MyRecallTasksQuery = { myRecallTasks: { nextCursor: string | null, items: Array<{ id: string, notifiedAt: string, acknowledgedAt: string | null, reportedAt: string | null, quantityRemoved: number | null, quantityHeld: number, batch: { id: string, lot: string, quantity: number, product: { id: string, name: string } }, recall: { id: string, recallClass: Types.RecallClass, origin: Types.RecallOrigin, reason: string, status: Types.RecallStatus, openedAt: string, closedAt: string | null, batch: { id: string, lot: string, product: { id: string, name: string } } } }> } };

export type RecallTaskFragment = { id: string, notifiedAt: string, acknowledgedAt: string | null, reportedAt: string | null, quantityRemoved: number | null, quantityHeld: number, batch: { id: string, lot: string, quantity: number, product: { id: string, name: string } }, recall: { id: string, recallClass: Types.RecallClass, origin: Types.RecallOrigin, reason: string, status: Types.RecallStatus, openedAt: string, closedAt: string | null, batch: { id: string, lot: string, product: { id: string, name: string } } } };

export type AcknowledgeRecallMutationVariables = Exact<{
  input: Types.AcknowledgeRecallInput;
}>;


export type AcknowledgeRecallMutation = { acknowledgeRecall:
    | { id: string, notifiedAt: string, acknowledgedAt: string | null, reportedAt: string | null, quantityRemoved: number | null, quantityHeld: number, batch: { id: string, lot: string, quantity: number, product: { id: string, name: string } }, recall: { id: string, recallClass: Types.RecallClass, origin: Types.RecallOrigin, reason: string, status: Types.RecallStatus, openedAt: string, closedAt: string | null, batch: { id: string, lot: string, product: { id: string, name: string } } } }
    | { errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export const RecallTaskFragmentDoc = new TypedDocumentString(`
    fragment RecallTask on RecallHolder {
  id
  notifiedAt
  acknowledgedAt
  reportedAt
  quantityRemoved
  quantityHeld
  batch {
    id
    lot
    quantity
    product {
      id
      name
    }
  }
  recall {
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
  }
}
    `, {"fragmentName":"RecallTask"}) as unknown as TypedDocumentString<RecallTaskFragment, unknown>;
export const MyRecallTasksDocument = new TypedDocumentString(`
    query MyRecallTasks($first: Int!, $after: String, $pendingOnly: Boolean!) {
  myRecallTasks(first: $first, after: $after, pendingOnly: $pendingOnly) {
    items {
      ...RecallTask
    }
    nextCursor
  }
}
    fragment RecallTask on RecallHolder {
  id
  notifiedAt
  acknowledgedAt
  reportedAt
  quantityRemoved
  quantityHeld
  batch {
    id
    lot
    quantity
    product {
      id
      name
    }
  }
  recall {
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
  }
}`) as unknown as TypedDocumentString<MyRecallTasksQuery, MyRecallTasksQueryVariables>;
export const AcknowledgeRecallDocument = new TypedDocumentString(`
    mutation AcknowledgeRecall($input: AcknowledgeRecallInput!) {
  acknowledgeRecall(input: $input) {
    ...RecallTask
    ...Refusal
  }
}
    fragment RecallTask on RecallHolder {
  id
  notifiedAt
  acknowledgedAt
  reportedAt
  quantityRemoved
  quantityHeld
  batch {
    id
    lot
    quantity
    product {
      id
      name
    }
  }
  recall {
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
  }
}
fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<AcknowledgeRecallMutation, AcknowledgeRecallMutationVariables>;