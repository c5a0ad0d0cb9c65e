/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type MallShelfQueryVariables = Exact<{ [key: string]: never; }>;


export type MallShelfQuery = { myPointsBalance: number, mallItems: Array<{ id: string, name: string, kind: Types.MallItemKind, faceValue: number, pointsPrice: number, stock: number, active: boolean }>, me: { id: string, phone: string | null } };

export type MallItemViewFragment = { id: string, name: string, kind: Types.MallItemKind, faceValue: number, pointsPrice: number, stock: number, active: boolean };

export type MyRedemptionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyRedemptionsQuery = { myRedemptions: { nextCursor: string | null, items: Array<{ id: string, points: number, status: Types.RedemptionStatus, pickupCode: string | null, topupFailure: string | null, createdAt: string, collectedAt: string | null, item: { id: string, name: string, kind: Types.MallItemKind } }> } };

export type RedemptionViewFragment = { id: string, points: number, status: Types.RedemptionStatus, pickupCode: string | null, topupFailure: string | null, createdAt: string, collectedAt: string | null, item: { id: string, name: string, kind: Types.MallItemKind } };

export type RedeemMallItemMutationVariables = Exact<{
  input: Types.RedeemInput;
}>;


export type RedeemMallItemMutation = { redeemMallItem:
    | { __typename: 'InsufficientPointsError', errorCode: Types.ErrorCode, message: string, balance: number, required: number, field: string | null }
    | { __typename: 'OutOfStockError', errorCode: Types.ErrorCode, message: string, field: string | null }
    | { __typename: 'Redemption', id: string, points: number, status: Types.RedemptionStatus, pickupCode: string | null, topupFailure: string | null, createdAt: string, collectedAt: string | null, item: { id: string, name: string, kind: Types.MallItemKind } }
    | { __typename: 'WorkpointsError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export type RedeemOutcome_InsufficientPointsError_Fragment = { __typename: 'InsufficientPointsError', errorCode: Types.ErrorCode, message: string, balance: number, required: number };

export type RedeemOutcome_OutOfStockError_Fragment = { __typename: 'OutOfStockError', errorCode: Types.ErrorCode, message: string };

export type RedeemOutcome_Redemption_Fragment = { __typename: 'Redemption', id: string, points: number, status: Types.RedemptionStatus, pickupCode: string | null, topupFailure: string | null, createdAt: string, collectedAt: string | null, item: { id: string, name: string, kind: Types.MallItemKind } };

export type RedeemOutcome_WorkpointsError_Fragment = { __typename: 'WorkpointsError' };

export type RedeemOutcomeFragment =
  | RedeemOutcome_InsufficientPointsError_Fragment
  | RedeemOutcome_OutOfStockError_Fragment
  | RedeemOutcome_Redemption_Fragment
  | RedeemOutcome_WorkpointsError_Fragment
;

export const MallItemViewFragmentDoc = new TypedDocumentString(`
    fragment MallItemView on MallItem {
  id
  name
  kind
  faceValue
  pointsPrice
  stock
  active
}
    `, {"fragmentName":"MallItemView"}) as unknown as TypedDocumentString<MallItemViewFragment, unknown>;
export const RedemptionViewFragmentDoc = new TypedDocumentString(`
    fragment RedemptionView on Redemption {
  id
  points
  status
  pickupCode
  topupFailure
  createdAt
  collectedAt
  item {
    id
    name
    kind
  }
}
    `, {"fragmentName":"RedemptionView"}) as unknown as TypedDocumentString<RedemptionViewFragment, unknown>;
export const RedeemOutcomeFragmentDoc = new TypedDocumentString(`
    fragment RedeemOutcome on RedeemResult {
  __typename
  ... on Redemption {
    ...RedemptionView
  }
  ... on InsufficientPointsError {
    errorCode
    message
    balance
    required
  }
  ... on OutOfStockError {
    errorCode
    message
  }
}
    fragment RedemptionView on Redemption {
  id
  points
  status
  pickupCode
  topupFailure
  createdAt
  collectedAt
  item {
    id
    name
    kind
  }
}`, {"fragmentName":"RedeemOutcome"}) as unknown as TypedDocumentString<RedeemOutcomeFragment, unknown>;
export const MallShelfDocument = new TypedDocumentString(`
    query MallShelf {
  mallItems {
    ...MallItemView
  }
  myPointsBalance
  me {
    id
    phone
  }
}
    fragment MallItemView on MallItem {
  id
  name
  kind
  faceValue
  pointsPrice
  stock
  active
}`) as unknown as TypedDocumentString<MallShelfQuery, MallShelfQueryVariables>;
export const MyRedemptionsDocument = new TypedDocumentString(`
    query MyRedemptions($first: Int!, $after: String) {
  myRedemptions(first: $first, after: $after) {
    items {
      ...RedemptionView
    }
    nextCursor
  }
}
    fragment RedemptionView on Redemption {
  id
  points
  status
  pickupCode
  topupFailure
  createdAt
  collectedAt
  item {
    id
    name
    kind
  }
}`) as unknown as TypedDocumentString<MyRedemptionsQuery, MyRedemptionsQueryVariables>;
export const RedeemMallItemDocument = new TypedDocumentString(`
    mutation RedeemMallItem($input: RedeemInput!) {
  redeemMallItem(input: $input) {
    ...RedeemOutcome
    ...Refusal
  }
}
    fragment RedemptionView on Redemption {
  id
  points
  status
  pickupCode
  topupFailure
  createdAt
  collectedAt
  item {
    id
    name
    kind
  }
}
fragment RedeemOutcome on RedeemResult {
  __typename
  ... on Redemption {
    ...RedemptionView
  }
  ... on InsufficientPointsError {
    errorCode
    message
    balance
    required
  }
  ... on OutOfStockError {
    errorCode
    message
  }
}
fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<RedeemMallItemMutation, RedeemMallItemMutationVariables>;