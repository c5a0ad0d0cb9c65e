/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type MerchantForTraceCodeQueryVariables = Exact<{
  code: string;
}>;


export type MerchantForTraceCodeQuery = { merchantForTraceCode: { id: string, creditCode: string, name: string, address: string, odr: boolean } | null };

export type ComplaintMerchantChoiceFragment = { id: string, creditCode: string, name: string, address: string, odr: boolean };

export type FileComplaintMutationVariables = Exact<{
  input: Types.FileComplaintInput;
}>;


export type FileComplaintMutation = { fileComplaint:
    | { __typename: 'Complaint', id: string, status: Types.ComplaintStatus }
    | { __typename: 'ComplaintError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export const ComplaintMerchantChoiceFragmentDoc = new TypedDocumentString(`
    fragment ComplaintMerchantChoice on Merchant {
  id
  creditCode
  name
  address
  odr
}
    `, {"fragmentName":"ComplaintMerchantChoice"}) as unknown as TypedDocumentString<ComplaintMerchantChoiceFragment, unknown>;
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
    __typename
    ... on Complaint {
      id
      status
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<FileComplaintMutation, FileComplaintMutationVariables>;