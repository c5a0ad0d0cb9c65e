/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type MyTraceProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTraceProductsQuery = { myTraceProducts: Array<{ id: string, gtin: string, name: string, batches: Array<{ id: string, lot: string, productionDate: string, expiryDate: string | null, quantity: number }> }> };

export type TraceBatchLineFragment = { id: string, lot: string, productionDate: string, expiryDate: string | null, quantity: number };

export type RegisterTraceProductMutationVariables = Exact<{
  input: Types.RegisterProductInput;
}>;


export type RegisterTraceProductMutation = { registerTraceProduct:
    | { __typename: 'TraceError', errorCode: Types.ErrorCode, message: string, field: string | null }
    | { __typename: 'TraceProduct', id: string, gtin: string, name: string }
   };

export type RegisterTraceBatchMutationVariables = Exact<{
  input: Types.RegisterBatchInput;
}>;


export type RegisterTraceBatchMutation = { registerTraceBatch:
    | { id: string, lot: string, productionDate: string, expiryDate: string | null, quantity: number }
    | { errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export const TraceBatchLineFragmentDoc = new TypedDocumentString(`
    fragment TraceBatchLine on TraceBatch {
  id
  lot
  productionDate
  expiryDate
  quantity
}
    `, {"fragmentName":"TraceBatchLine"}) as unknown as TypedDocumentString<TraceBatchLineFragment, unknown>;
export const MyTraceProductsDocument = new TypedDocumentString(`
    query MyTraceProducts {
  myTraceProducts {
    id
    gtin
    name
    batches {
      ...TraceBatchLine
    }
  }
}
    fragment TraceBatchLine on TraceBatch {
  id
  lot
  productionDate
  expiryDate
  quantity
}`) as unknown as TypedDocumentString<MyTraceProductsQuery, MyTraceProductsQueryVariables>;
export const RegisterTraceProductDocument = new TypedDocumentString(`
    mutation RegisterTraceProduct($input: RegisterProductInput!) {
  registerTraceProduct(input: $input) {
    __typename
    ... on TraceProduct {
      id
      gtin
      name
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<RegisterTraceProductMutation, RegisterTraceProductMutationVariables>;
export const RegisterTraceBatchDocument = new TypedDocumentString(`
    mutation RegisterTraceBatch($input: RegisterBatchInput!) {
  registerTraceBatch(input: $input) {
    ...TraceBatchLine
    ...Refusal
  }
}
    fragment TraceBatchLine on TraceBatch {
  id
  lot
  productionDate
  expiryDate
  quantity
}
fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<RegisterTraceBatchMutation, RegisterTraceBatchMutationVariables>;