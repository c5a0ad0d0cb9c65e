/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type AdminMallItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminMallItemsQuery = { mallItems: Array<{ id: string, name: string, kind: Types.MallItemKind, faceValue: number, pointsPrice: number, stock: number, active: boolean }> };

export type SaveMallItemMutationVariables = Exact<{
  input: Types.SaveMallItemInput;
}>;


export type SaveMallItemMutation = { saveMallItem:
    | { __typename: 'MallItem', id: string, name: string, kind: Types.MallItemKind, faceValue: number, pointsPrice: number, stock: number, active: boolean }
    | { __typename: 'WorkpointsError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export type RedemptionsAwaitingPickupQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type RedemptionsAwaitingPickupQuery = { redemptionsAwaitingPickup: { nextCursor: string | null, items: Array<{ id: string, pickupCode: string | null, createdAt: string, points: number, item: { id: string, name: string }, villager: { id: string, displayName: string } }> } };

export type MarkRedemptionCollectedMutationVariables = Exact<{
  pickupCode: string;
}>;


export type MarkRedemptionCollectedMutation = { markRedemptionCollected:
    | { __typename: 'Redemption', id: string, status: Types.RedemptionStatus, item: { id: string, name: string }, villager: { id: string, displayName: string } }
    | { __typename: 'WorkpointsError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };


export const AdminMallItemsDocument = new TypedDocumentString(`
    query AdminMallItems {
  mallItems {
    id
    name
    kind
    faceValue
    pointsPrice
    stock
    active
  }
}
    `) as unknown as TypedDocumentString<AdminMallItemsQuery, AdminMallItemsQueryVariables>;
export const SaveMallItemDocument = new TypedDocumentString(`
    mutation SaveMallItem($input: SaveMallItemInput!) {
  saveMallItem(input: $input) {
    __typename
    ... on MallItem {
      id
      name
      kind
      faceValue
      pointsPrice
      stock
      active
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<SaveMallItemMutation, SaveMallItemMutationVariables>;
export const RedemptionsAwaitingPickupDocument = new TypedDocumentString(`
    query RedemptionsAwaitingPickup($first: Int!, $after: String) {
  redemptionsAwaitingPickup(first: $first, after: $after) {
    items {
      id
      pickupCode
      createdAt
      points
      item {
        id
        name
      }
      villager {
        id
        displayName
      }
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<RedemptionsAwaitingPickupQuery, RedemptionsAwaitingPickupQueryVariables>;
export const MarkRedemptionCollectedDocument = new TypedDocumentString(`
    mutation MarkRedemptionCollected($pickupCode: String!) {
  markRedemptionCollected(pickupCode: $pickupCode) {
    __typename
    ... on Redemption {
      id
      status
      item {
        id
        name
      }
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
}`) as unknown as TypedDocumentString<MarkRedemptionCollectedMutation, MarkRedemptionCollectedMutationVariables>;