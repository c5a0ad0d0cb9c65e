/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type SearchMerchantsQueryVariables = Exact<{
  query: string;
  first: number;
  after?: string | null | undefined;
}>;


export type SearchMerchantsQuery = { searchMerchants: { nextCursor: string | null, items: Array<{ id: string, creditCode: string, name: string, address: string, odr: boolean }> } };

export type MerchantForTraceCodeQueryVariables = Exact<{
  code: string;
}>;


export type MerchantForTraceCodeQuery = { merchantForTraceCode: { id: string, creditCode: string, name: string, address: string, odr: boolean } | null };

export type ComplaintMerchantChoiceFragment = { id: string, creditCode: string, name: string, address: string, odr: boolean };

export type FileComplaintMutationVariables = Exact<{
  input: Types.FileComplaintInput;
}>;


export type FileComplaintMutation = { fileComplaint: { id: string, status: Types.ComplaintStatus } };

export const ComplaintMerchantChoiceFragmentDoc = new TypedDocumentString(`
    fragment ComplaintMerchantChoice on Merchant {
  id
  creditCode
  name
  address
  odr
}
    `, {"fragmentName":"ComplaintMerchantChoice"}) as unknown as TypedDocumentString<ComplaintMerchantChoiceFragment, unknown>;
export const SearchMerchantsDocument = new TypedDocumentString(`
    query SearchMerchants($query: String!, $first: Int!, $after: String) {
  searchMerchants(query: $query, first: $first, after: $after) {
    items {
      ...ComplaintMerchantChoice
    }
    nextCursor
  }
}
    fragment ComplaintMerchantChoice on Merchant {
  id
  creditCode
  name
  address
  odr
}`) as unknown as TypedDocumentString<SearchMerchantsQuery, SearchMerchantsQueryVariables>;
export const MerchantForTraceCodeDocument = new TypedDocumentString(`
    query MerchantForTraceCode($code: String!) {
  merchantForTraceCode(code: $code) {
    ...ComplaintMerchantChoice
  }
}
    fragment ComplaintMerchantChoice on Merchant {
  id
  creditCode
  name
  address
  odr
}`) as unknown as TypedDocumentString<MerchantForTraceCodeQuery, MerchantForTraceCodeQueryVariables>;
export const FileComplaintDocument = new TypedDocumentString(`
    mutation FileComplaint($input: FileComplaintInput!) {
  fileComplaint(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<FileComplaintMutation, FileComplaintMutationVariables>;