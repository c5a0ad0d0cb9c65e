/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type MyPaymentCodeQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPaymentCodeQuery = { myPointsBalance: number, myPaymentCode: { code: string, expiresAt: string } };

export type MyPaymentByCodeQueryVariables = Exact<{
  code: string;
}>;


export type MyPaymentByCodeQuery = { myPointsBalance: number, myPaymentByCode: { points: number, createdAt: string, merchant: { displayName: string } } | null };


export const MyPaymentCodeDocument = new TypedDocumentString(`
    query MyPaymentCode {
  myPaymentCode {
    code
    expiresAt
  }
  myPointsBalance
}
    `) as unknown as TypedDocumentString<MyPaymentCodeQuery, MyPaymentCodeQueryVariables>;
export const MyPaymentByCodeDocument = new TypedDocumentString(`
    query MyPaymentByCode($code: String!) {
  myPaymentByCode(code: $code) {
    points
    createdAt
    merchant {
      displayName
    }
  }
  myPointsBalance
}
    `) as unknown as TypedDocumentString<MyPaymentByCodeQuery, MyPaymentByCodeQueryVariables>;