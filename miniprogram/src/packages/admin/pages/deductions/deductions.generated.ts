/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type DeductPointsMutationVariables = Exact<{
  input: Types.DeductPointsInput;
}>;


export type DeductPointsMutation = { deductPoints:
    | { __typename: 'Deduction', id: string, points: number, reason: string, villager: { id: string, displayName: string } }
    | { __typename: 'InsufficientPointsError', errorCode: Types.ErrorCode, message: string, field: string | null }
    | { __typename: 'WorkpointsError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export type PendingAppealsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PendingAppealsQuery = { pendingAppeals: { nextCursor: string | null, items: Array<{ id: string, points: number, reason: string, createdAt: string, appealReason: string | null, appealedAt: string | null, villager: { id: string, displayName: string } }> } };

export type DecideAppealMutationVariables = Exact<{
  deductionId: string | number;
  overturn: boolean;
  note: string;
}>;


export type DecideAppealMutation = { decideAppeal:
    | { __typename: 'Deduction', id: string, appealStatus: Types.AppealStatus | null, appealDecisionNote: string | null }
    | { __typename: 'WorkpointsError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };


export const DeductPointsDocument = new TypedDocumentString(`
    mutation DeductPoints($input: DeductPointsInput!) {
  deductPoints(input: $input) {
    __typename
    ... on Deduction {
      id
      points
      reason
      villager {
        id
        displayName
      }
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<DeductPointsMutation, DeductPointsMutationVariables>;
export const PendingAppealsDocument = new TypedDocumentString(`
    query PendingAppeals($first: Int!, $after: String) {
  pendingAppeals(first: $first, after: $after) {
    items {
      id
      points
      reason
      createdAt
      appealReason
      appealedAt
      villager {
        id
        displayName
      }
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<PendingAppealsQuery, PendingAppealsQueryVariables>;
export const DecideAppealDocument = new TypedDocumentString(`
    mutation DecideAppeal($deductionId: ID!, $overturn: Boolean!, $note: String!) {
  decideAppeal(deductionId: $deductionId, overturn: $overturn, note: $note) {
    __typename
    ... on Deduction {
      id
      appealStatus
      appealDecisionNote
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<DecideAppealMutation, DecideAppealMutationVariables>;