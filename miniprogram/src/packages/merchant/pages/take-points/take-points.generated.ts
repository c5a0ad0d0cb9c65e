/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type TakePointsMutationVariables = Exact<{
  input: Types.TakePointsInput;
}>;


export type TakePointsMutation = { takePoints:
    | { __typename: 'InsufficientPointsError', errorCode: Types.ErrorCode, message: string, balance: number, required: number, field: string | null }
    | { __typename: 'PaymentCodeError', errorCode: Types.ErrorCode, message: string, field: string | null }
    | { __typename: 'PointsPayment', id: string, points: number, createdAt: string, payer: { id: string, displayName: string } }
    | { __typename: 'WorkpointsError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export type TakePointsOutcome_InsufficientPointsError_Fragment = { __typename: 'InsufficientPointsError', errorCode: Types.ErrorCode, message: string, balance: number, required: number };

export type TakePointsOutcome_PaymentCodeError_Fragment = { __typename: 'PaymentCodeError', errorCode: Types.ErrorCode, message: string };

export type TakePointsOutcome_PointsPayment_Fragment = { __typename: 'PointsPayment', id: string, points: number, createdAt: string, payer: { id: string, displayName: string } };

export type TakePointsOutcome_WorkpointsError_Fragment = { __typename: 'WorkpointsError' };

export type TakePointsOutcomeFragment =
  | TakePointsOutcome_InsufficientPointsError_Fragment
  | TakePointsOutcome_PaymentCodeError_Fragment
  | TakePointsOutcome_PointsPayment_Fragment
  | TakePointsOutcome_WorkpointsError_Fragment
;

export const TakePointsOutcomeFragmentDoc = new TypedDocumentString(`
    fragment TakePointsOutcome on TakePointsResult {
  __typename
  ... on PointsPayment {
    id
    points
    createdAt
    payer {
      id
      displayName
    }
  }
  ... on PaymentCodeError {
    errorCode
    message
  }
  ... on InsufficientPointsError {
    errorCode
    message
    balance
    required
  }
}
    `, {"fragmentName":"TakePointsOutcome"}) as unknown as TypedDocumentString<TakePointsOutcomeFragment, unknown>;
export const TakePointsDocument = new TypedDocumentString(`
    mutation TakePoints($input: TakePointsInput!) {
  takePoints(input: $input) {
    ...TakePointsOutcome
    ...Refusal
  }
}
    fragment TakePointsOutcome on TakePointsResult {
  __typename
  ... on PointsPayment {
    id
    points
    createdAt
    payer {
      id
      displayName
    }
  }
  ... on PaymentCodeError {
    errorCode
    message
  }
  ... on InsufficientPointsError {
    errorCode
    message
    balance
    required
  }
}
fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<TakePointsMutation, TakePointsMutationVariables>;