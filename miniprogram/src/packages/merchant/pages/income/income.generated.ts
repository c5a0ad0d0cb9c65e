/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentString } from '@/api/typed-document-string.generated';
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