/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type CounterfeitFlagsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type CounterfeitFlagsQuery = { counterfeitFlags: { nextCursor: string | null, items: Array<{ id: string, serial: string, reason: string, flaggedAt: string, batch: { id: string, lot: string, product: { gtin: string, name: string } } }> } };

export type ClearCounterfeitFlagMutationVariables = Exact<{
  input: Types.ClearCounterfeitFlagInput;
}>;


export type ClearCounterfeitFlagMutation = { clearCounterfeitFlag:
    | { __typename: 'TraceCounterfeitFlag', id: string, clearedAt: string | null, clearingNote: string | null }
    | { __typename: 'TraceError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };


export const CounterfeitFlagsDocument = new TypedDocumentString(`
    query CounterfeitFlags($first: Int!, $after: String) {
  counterfeitFlags(first: $first, after: $after) {
    items {
      id
      serial
      reason
      flaggedAt
      batch {
        id
        lot
        product {
          gtin
          name
        }
      }
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<CounterfeitFlagsQuery, CounterfeitFlagsQueryVariables>;
export const ClearCounterfeitFlagDocument = new TypedDocumentString(`
    mutation ClearCounterfeitFlag($input: ClearCounterfeitFlagInput!) {
  clearCounterfeitFlag(input: $input) {
    __typename
    ... on TraceCounterfeitFlag {
      id
      clearedAt
      clearingNote
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<ClearCounterfeitFlagMutation, ClearCounterfeitFlagMutationVariables>;