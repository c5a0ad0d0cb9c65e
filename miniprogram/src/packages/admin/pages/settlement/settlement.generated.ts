/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type SettlementOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type SettlementOverviewQuery = { pointsRate: number | null, shopPointsBalances: Array<{ merchantAccountId: string, balance: number, merchant: { id: string, displayName: string } }> };

export type VillageSettlementsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type VillageSettlementsQuery = { pointsSettlements: { nextCursor: string | null, items: Array<{ id: string, points: number, fenPerPoint: number, amountFen: number, createdAt: string, merchant: { id: string, displayName: string } }> } };

export type SettlementViewFragment = { id: string, points: number, fenPerPoint: number, amountFen: number, createdAt: string, merchant: { id: string, displayName: string } };

export type SetPointsRateMutationVariables = Exact<{
  fenPerPoint: number;
}>;


export type SetPointsRateMutation = { setPointsRate:
    | { __typename: 'PointsRate', fenPerPoint: number }
    | { __typename: 'WorkpointsError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export type SettleShopPointsMutationVariables = Exact<{
  input: Types.SettleShopInput;
}>;


export type SettleShopPointsMutation = { settleShopPoints:
    | { __typename: 'InsufficientPointsError', errorCode: Types.ErrorCode, message: string, field: string | null }
    | { __typename: 'PointsSettlement', id: string, points: number, fenPerPoint: number, amountFen: number, createdAt: string, merchant: { id: string, displayName: string } }
    | { __typename: 'WorkpointsError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export const SettlementViewFragmentDoc = new TypedDocumentString(`
    fragment SettlementView on PointsSettlement {
  id
  points
  fenPerPoint
  amountFen
  createdAt
  merchant {
    id
    displayName
  }
}
    `, {"fragmentName":"SettlementView"}) as unknown as TypedDocumentString<SettlementViewFragment, unknown>;
export const SettlementOverviewDocument = new TypedDocumentString(`
    query SettlementOverview {
  pointsRate
  shopPointsBalances {
    merchantAccountId
    balance
    merchant {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<SettlementOverviewQuery, SettlementOverviewQueryVariables>;
export const VillageSettlementsDocument = new TypedDocumentString(`
    query VillageSettlements($first: Int!, $after: String) {
  pointsSettlements(first: $first, after: $after) {
    items {
      ...SettlementView
    }
    nextCursor
  }
}
    fragment SettlementView on PointsSettlement {
  id
  points
  fenPerPoint
  amountFen
  createdAt
  merchant {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<VillageSettlementsQuery, VillageSettlementsQueryVariables>;
export const SetPointsRateDocument = new TypedDocumentString(`
    mutation SetPointsRate($fenPerPoint: Int!) {
  setPointsRate(fenPerPoint: $fenPerPoint) {
    __typename
    ... on PointsRate {
      fenPerPoint
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<SetPointsRateMutation, SetPointsRateMutationVariables>;
export const SettleShopPointsDocument = new TypedDocumentString(`
    mutation SettleShopPoints($input: SettleShopInput!) {
  settleShopPoints(input: $input) {
    __typename
    ...SettlementView
    ...Refusal
  }
}
    fragment SettlementView on PointsSettlement {
  id
  points
  fenPerPoint
  amountFen
  createdAt
  merchant {
    id
    displayName
  }
}
fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<SettleShopPointsMutation, SettleShopPointsMutationVariables>;