/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 商户扫码收工分 */
export type TakePointsInput = {
  /** 村民专属二维码里的内容 */
  code: string;
  idempotencyKey: string;
  points: number;
};

export type ShopIncomeQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopIncomeQuery = { myShopPointsBalance: number, pointsRate: number | null };

export type MyTakingsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyTakingsQuery = { myTakings: { nextCursor: string | null, items: Array<{ id: string, points: number, createdAt: string, payer: { id: string, displayName: string } }> } };

export type ShopSettlementsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ShopSettlementsQuery = { pointsSettlements: { nextCursor: string | null, items: Array<{ id: string, points: number, fenPerPoint: number, amountFen: number, createdAt: string }> } };

export type MerchantShopQueryVariables = Exact<{ [key: string]: never; }>;


export type MerchantShopQuery = { me: { id: string, displayName: string, phone: string | null, village: { id: string, name: string, town: string } | null } };

export type TakePointsMutationVariables = Exact<{
  input: TakePointsInput;
}>;


export type TakePointsMutation = { takePoints:
    | { __typename: 'InsufficientPointsError', errorCode: string, message: string, balance: number, required: number }
    | { __typename: 'PaymentCodeError', errorCode: string, message: string }
    | { __typename: 'PointsPayment', id: string, points: number, createdAt: string, payer: { id: string, displayName: string } }
   };

type TakePointsOutcome_InsufficientPointsError_Fragment = { __typename: 'InsufficientPointsError', errorCode: string, message: string, balance: number, required: number };

type TakePointsOutcome_PaymentCodeError_Fragment = { __typename: 'PaymentCodeError', errorCode: string, message: string };

type TakePointsOutcome_PointsPayment_Fragment = { __typename: 'PointsPayment', id: string, points: number, createdAt: string, payer: { id: string, displayName: string } };

export type TakePointsOutcomeFragment =
  | TakePointsOutcome_InsufficientPointsError_Fragment
  | TakePointsOutcome_PaymentCodeError_Fragment
  | TakePointsOutcome_PointsPayment_Fragment
;

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
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
export const ShopIncomeDocument = new TypedDocumentString(`
    query ShopIncome {
  myShopPointsBalance
  pointsRate
}
    `) as unknown as TypedDocumentString<ShopIncomeQuery, ShopIncomeQueryVariables>;
export const MyTakingsDocument = new TypedDocumentString(`
    query MyTakings($first: Int!, $after: String) {
  myTakings(first: $first, after: $after) {
    items {
      id
      points
      createdAt
      payer {
        id
        displayName
      }
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<MyTakingsQuery, MyTakingsQueryVariables>;
export const ShopSettlementsDocument = new TypedDocumentString(`
    query ShopSettlements($first: Int!, $after: String) {
  pointsSettlements(first: $first, after: $after) {
    items {
      id
      points
      fenPerPoint
      amountFen
      createdAt
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<ShopSettlementsQuery, ShopSettlementsQueryVariables>;
export const MerchantShopDocument = new TypedDocumentString(`
    query MerchantShop {
  me {
    id
    displayName
    phone
    village {
      id
      name
      town
    }
  }
}
    `) as unknown as TypedDocumentString<MerchantShopQuery, MerchantShopQueryVariables>;
export const TakePointsDocument = new TypedDocumentString(`
    mutation TakePoints($input: TakePointsInput!) {
  takePoints(input: $input) {
    ...TakePointsOutcome
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
}`) as unknown as TypedDocumentString<TakePointsMutation, TakePointsMutationVariables>;