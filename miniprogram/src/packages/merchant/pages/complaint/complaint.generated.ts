/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type MerchantComplaintQueryVariables = Exact<{
  id: string | number;
}>;


export type MerchantComplaintQuery = { complaint: { id: string, status: Types.ComplaintStatus, category: Types.ComplaintCategory, narrative: string, demand: Types.ComplaintDemand, amountFen: number, source: Types.ComplaintSource, traceCode: string | null, evidence: Array<string>, filedAt: string, resolvedAt: string | null, declineReason: Types.DeclineReason | null, declineNote: string | null, mediationOutcome: Types.MediationOutcome | null, mediationSummary: string | null, rating: number | null, ratingComment: string | null, myParty: Types.ComplaintParty | null, merchant: { id: string, creditCode: string, name: string, address: string, odr: boolean }, consumer: { displayName: string, phone: string | null }, deadline: { dueAt: string | null, paused: boolean, workingDaysLeft: number | null, overdue: boolean, stage: string }, messages: Array<{ id: string, party: Types.ComplaintParty, authorName: string, body: string, attachments: Array<string>, createdAt: string }>, settlements: Array<{ id: string, remedy: Types.ComplaintDemand, amountFen: number, terms: string, status: Types.SettlementStatus, createdAt: string, decidedAt: string | null }>, audit: Array<{ id: string, party: Types.ComplaintParty, actorName: string | null, action: string, fromStatus: Types.ComplaintStatus | null, toStatus: Types.ComplaintStatus, note: string, at: string }> } };

export type MerchantPostComplaintMessageMutationVariables = Exact<{
  input: Types.PostComplaintMessageInput;
}>;


export type MerchantPostComplaintMessageMutation = { postComplaintMessage:
    | { __typename: 'ComplaintError', errorCode: Types.ErrorCode, message: string, field: string | null }
    | { __typename: 'ComplaintMessage', id: string }
   };

export type ProposeSettlementMutationVariables = Exact<{
  input: Types.ProposeSettlementInput;
}>;


export type ProposeSettlementMutation = { proposeSettlement:
    | { __typename: 'ComplaintError', errorCode: Types.ErrorCode, message: string, field: string | null }
    | { __typename: 'ComplaintSettlement', id: string, status: Types.SettlementStatus }
   };

export type MerchantRequestMediationMutationVariables = Exact<{
  input: Types.RequestMediationInput;
}>;


export type MerchantRequestMediationMutation = { requestMediation:
    | { __typename: 'Complaint', id: string, status: Types.ComplaintStatus }
    | { __typename: 'ComplaintError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };


export const MerchantComplaintDocument = new TypedDocumentString(`
    query MerchantComplaint($id: ID!) {
  complaint(id: $id) {
    ...ComplaintDetail
  }
}
    fragment ComplaintDetail on Complaint {
  id
  status
  category
  narrative
  demand
  amountFen
  source
  traceCode
  evidence
  filedAt
  resolvedAt
  declineReason
  declineNote
  mediationOutcome
  mediationSummary
  rating
  ratingComment
  myParty
  merchant {
    id
    creditCode
    name
    address
    odr
  }
  consumer {
    displayName
    phone
  }
  deadline {
    dueAt
    paused
    workingDaysLeft
    overdue
    stage
  }
  messages {
    id
    party
    authorName
    body
    attachments
    createdAt
  }
  settlements {
    id
    remedy
    amountFen
    terms
    status
    createdAt
    decidedAt
  }
  audit {
    id
    party
    actorName
    action
    fromStatus
    toStatus
    note
    at
  }
}`) as unknown as TypedDocumentString<MerchantComplaintQuery, MerchantComplaintQueryVariables>;
export const MerchantPostComplaintMessageDocument = new TypedDocumentString(`
    mutation MerchantPostComplaintMessage($input: PostComplaintMessageInput!) {
  postComplaintMessage(input: $input) {
    __typename
    ... on ComplaintMessage {
      id
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<MerchantPostComplaintMessageMutation, MerchantPostComplaintMessageMutationVariables>;
export const ProposeSettlementDocument = new TypedDocumentString(`
    mutation ProposeSettlement($input: ProposeSettlementInput!) {
  proposeSettlement(input: $input) {
    __typename
    ... on ComplaintSettlement {
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
}`) as unknown as TypedDocumentString<ProposeSettlementMutation, ProposeSettlementMutationVariables>;
export const MerchantRequestMediationDocument = new TypedDocumentString(`
    mutation MerchantRequestMediation($input: RequestMediationInput!) {
  requestMediation(input: $input) {
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
}`) as unknown as TypedDocumentString<MerchantRequestMediationMutation, MerchantRequestMediationMutationVariables>;