/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type SamplingBatchQueryVariables = Exact<{
  code: string;
}>;


export type SamplingBatchQuery = { traceBatchByCode: { id: string, lot: string, productionDate: string, expiryDate: string | null, quantity: number, product: { id: string, gtin: string, name: string }, samplings: Array<{ id: string, passed: boolean, sampledOn: string, agency: string, reportNo: string }>, recalls: Array<{ id: string, recallClass: Types.RecallClass, status: Types.RecallStatus, openedAt: string }> } };

export type RecordSamplingMutationVariables = Exact<{
  input: Types.RecordSamplingInput;
}>;


export type RecordSamplingMutation = { recordSamplingResult:
    | { __typename: 'TraceError', errorCode: Types.ErrorCode, message: string, field: string | null }
    | { __typename: 'TraceSampling', id: string, passed: boolean, agency: string, sampledOn: string, reportNo: string, findings: string, recall: { id: string, recallClass: Types.RecallClass, status: Types.RecallStatus, reason: string, openedAt: string, progress: { holders: number, acknowledged: number, quantityRemoved: number } } | null }
   };


export const SamplingBatchDocument = new TypedDocumentString(`
    query SamplingBatch($code: String!) {
  traceBatchByCode(code: $code) {
    id
    lot
    productionDate
    expiryDate
    quantity
    product {
      id
      gtin
      name
    }
    samplings {
      id
      passed
      sampledOn
      agency
      reportNo
    }
    recalls {
      id
      recallClass
      status
      openedAt
    }
  }
}
    `) as unknown as TypedDocumentString<SamplingBatchQuery, SamplingBatchQueryVariables>;
export const RecordSamplingDocument = new TypedDocumentString(`
    mutation RecordSampling($input: RecordSamplingInput!) {
  recordSamplingResult(input: $input) {
    __typename
    ... on TraceSampling {
      id
      passed
      agency
      sampledOn
      reportNo
      findings
      recall {
        id
        recallClass
        status
        reason
        openedAt
        progress {
          holders
          acknowledged
          quantityRemoved
        }
      }
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<RecordSamplingMutation, RecordSamplingMutationVariables>;