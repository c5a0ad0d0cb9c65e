/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type MerchantTraceBatchQueryVariables = Exact<{
  id: string | number;
}>;


export type MerchantTraceBatchQuery = { traceBatch: { id: string, lot: string, productionDate: string, expiryDate: string | null, quantity: number, codesIssued: number, product: { id: string, gtin: string, name: string }, recalls: Array<{ id: string, recallClass: Types.RecallClass, origin: Types.RecallOrigin, reason: string, status: Types.RecallStatus, openedAt: string, closedAt: string | null, closingNote: string | null }>, events: Array<{ id: string, bizStep: Types.TraceBizStep, eventTime: string, timeZoneOffset: string, place: string, quantity: number | null, temperatureCelsius: number | null, note: string, serials: { first: string, last: string } | null, recorder: { name: string } | null, counterparty: { name: string } | null, inputs: Array<{ lot: string, product: { name: string } }> }>, documents: Array<{ id: string, kind: Types.TraceDocumentKind, issuedBy: string, issuedOn: string, passed: boolean, summary: string, originCountry: string | null, entryPort: string | null, customsDeclarationNo: string | null }>, samplings: Array<{ id: string, passed: boolean, agency: string, sampledOn: string, reportNo: string, findings: string }> }, myTraceProducts: Array<{ id: string }> };

export type BatchRecallFragment = { id: string, recallClass: Types.RecallClass, origin: Types.RecallOrigin, reason: string, status: Types.RecallStatus, openedAt: string, closedAt: string | null, closingNote: string | null };

export type TraceCodesQueryVariables = Exact<{
  batchId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type TraceCodesQuery = { traceCodes: { nextCursor: string | null, items: Array<{ serial: string, link: string }> } };

export type ProcessingInputsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProcessingInputsQuery = { myTraceProducts: Array<{ id: string, name: string, batches: Array<{ id: string, lot: string }> }>, myHeldBatches: { items: Array<{ id: string, lot: string, product: { id: string, name: string } }> } };

export type IssueTraceCodesMutationVariables = Exact<{
  input: Types.IssueTraceCodesInput;
}>;


export type IssueTraceCodesMutation = { issueTraceCodes:
    | { __typename: 'IssuedTraceCodes', issued: number, firstSerial: string, lastSerial: string, firstLink: string }
    | { __typename: 'TraceError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export type RecordTraceEventMutationVariables = Exact<{
  input: Types.RecordTraceEventInput;
}>;


export type RecordTraceEventMutation = { recordTraceEvent:
    | { __typename: 'TraceError', errorCode: Types.ErrorCode, message: string, field: string | null }
    | { __typename: 'TraceEvent', id: string, bizStep: Types.TraceBizStep }
   };

export type AttachTraceDocumentMutationVariables = Exact<{
  input: Types.AttachTraceDocumentInput;
}>;


export type AttachTraceDocumentMutation = { attachTraceDocument:
    | { __typename: 'TraceDocument', id: string, kind: Types.TraceDocumentKind }
    | { __typename: 'TraceError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export type OpenVoluntaryRecallMutationVariables = Exact<{
  input: Types.OpenVoluntaryRecallInput;
}>;


export type OpenVoluntaryRecallMutation = { openVoluntaryRecall:
    | { errorCode: Types.ErrorCode, message: string, field: string | null }
    | { id: string, recallClass: Types.RecallClass, origin: Types.RecallOrigin, reason: string, status: Types.RecallStatus, openedAt: string, closedAt: string | null, closingNote: string | null }
   };

export const BatchRecallFragmentDoc = new TypedDocumentString(`
    fragment BatchRecall on TraceRecall {
  id
  recallClass
  origin
  reason
  status
  openedAt
  closedAt
  closingNote
}
    `, {"fragmentName":"BatchRecall"}) as unknown as TypedDocumentString<BatchRecallFragment, unknown>;
export const MerchantTraceBatchDocument = new TypedDocumentString(`
    query MerchantTraceBatch($id: ID!) {
  traceBatch(id: $id) {
    id
    lot
    productionDate
    expiryDate
    quantity
    codesIssued
    product {
      id
      gtin
      name
    }
    recalls {
      ...BatchRecall
    }
    events {
      id
      bizStep
      eventTime
      timeZoneOffset
      place
      quantity
      temperatureCelsius
      note
      serials {
        first
        last
      }
      recorder {
        name
      }
      counterparty {
        name
      }
      inputs {
        lot
        product {
          name
        }
      }
    }
    documents {
      id
      kind
      issuedBy
      issuedOn
      passed
      summary
      originCountry
      entryPort
      customsDeclarationNo
    }
    samplings {
      id
      passed
      agency
      sampledOn
      reportNo
      findings
    }
  }
  myTraceProducts {
    id
  }
}
    fragment BatchRecall on TraceRecall {
  id
  recallClass
  origin
  reason
  status
  openedAt
  closedAt
  closingNote
}`) as unknown as TypedDocumentString<MerchantTraceBatchQuery, MerchantTraceBatchQueryVariables>;
export const TraceCodesDocument = new TypedDocumentString(`
    query TraceCodes($batchId: ID!, $first: Int!, $after: String) {
  traceCodes(batchId: $batchId, first: $first, after: $after) {
    items {
      serial
      link
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<TraceCodesQuery, TraceCodesQueryVariables>;
export const ProcessingInputsDocument = new TypedDocumentString(`
    query ProcessingInputs {
  myTraceProducts {
    id
    name
    batches {
      id
      lot
    }
  }
  myHeldBatches(first: 50) {
    items {
      id
      lot
      product {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProcessingInputsQuery, ProcessingInputsQueryVariables>;
export const IssueTraceCodesDocument = new TypedDocumentString(`
    mutation IssueTraceCodes($input: IssueTraceCodesInput!) {
  issueTraceCodes(input: $input) {
    __typename
    ... on IssuedTraceCodes {
      issued
      firstSerial
      lastSerial
      firstLink
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<IssueTraceCodesMutation, IssueTraceCodesMutationVariables>;
export const RecordTraceEventDocument = new TypedDocumentString(`
    mutation RecordTraceEvent($input: RecordTraceEventInput!) {
  recordTraceEvent(input: $input) {
    __typename
    ... on TraceEvent {
      id
      bizStep
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<RecordTraceEventMutation, RecordTraceEventMutationVariables>;
export const AttachTraceDocumentDocument = new TypedDocumentString(`
    mutation AttachTraceDocument($input: AttachTraceDocumentInput!) {
  attachTraceDocument(input: $input) {
    __typename
    ... on TraceDocument {
      id
      kind
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<AttachTraceDocumentMutation, AttachTraceDocumentMutationVariables>;
export const OpenVoluntaryRecallDocument = new TypedDocumentString(`
    mutation OpenVoluntaryRecall($input: OpenVoluntaryRecallInput!) {
  openVoluntaryRecall(input: $input) {
    ...BatchRecall
    ...Refusal
  }
}
    fragment BatchRecall on TraceRecall {
  id
  recallClass
  origin
  reason
  status
  openedAt
  closedAt
  closingNote
}
fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<OpenVoluntaryRecallMutation, OpenVoluntaryRecallMutationVariables>;