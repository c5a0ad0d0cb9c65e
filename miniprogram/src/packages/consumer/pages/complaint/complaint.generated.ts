/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type ConsumerComplaintQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsumerComplaintQuery = { complaint: { id: string, status: Types.ComplaintStatus, category: Types.ComplaintCategory, narrative: string, demand: Types.ComplaintDemand, amountFen: number, source: Types.ComplaintSource, traceCode: string | null, evidence: Array<string>, filedAt: string, resolvedAt: string | null, declineReason: Types.DeclineReason | null, declineNote: string | null, mediationOutcome: Types.MediationOutcome | null, mediationSummary: string | null, rating: number | null, ratingComment: string | null, myParty: Types.ComplaintParty | null, merchant: { id: string, creditCode: string, name: string, address: string, odr: boolean }, consumer: { displayName: string, phone: string | null }, deadline: { dueAt: string | null, paused: boolean, workingDaysLeft: number | null, overdue: boolean, stage: string }, messages: Array<{ id: string, party: Types.ComplaintParty, authorName: string, body: string, attachments: Array<string>, createdAt: string }>, settlements: Array<{ id: string, remedy: Types.ComplaintDemand, amountFen: number, terms: string, status: Types.SettlementStatus, createdAt: string, decidedAt: string | null }>, audit: Array<{ id: string, party: Types.ComplaintParty, actorName: string | null, action: string, fromStatus: Types.ComplaintStatus | null, toStatus: Types.ComplaintStatus, note: string, at: string }> } };

export type ConsumerPostComplaintMessageMutationVariables = Exact<{
  input: Types.PostComplaintMessageInput;
}>;


export type ConsumerPostComplaintMessageMutation = { postComplaintMessage:
    | { __typename: 'ComplaintError', errorCode: Types.ErrorCode, message: string, field: string | null }
    | { __typename: 'ComplaintMessage', id: string }
   };

export type RespondToSettlementMutationVariables = Exact<{
  input: Types.RespondToSettlementInput;
}>;


export type RespondToSettlementMutation = { respondToSettlement:
    | { __typename: 'Complaint', id: string, status: Types.ComplaintStatus }
    | { __typename: 'ComplaintError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export type ConsumerRequestMediationMutationVariables = Exact<{
  input: Types.RequestMediationInput;
}>;


export type ConsumerRequestMediationMutation = { requestMediation:
    | { __typename: 'Complaint', id: string, status: Types.ComplaintStatus }
    | { __typename: 'ComplaintError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export type WithdrawComplaintMutationVariables = Exact<{
  input: Types.WithdrawComplaintInput;
}>;


export type WithdrawComplaintMutation = { withdrawComplaint:
    | { __typename: 'Complaint', id: string, status: Types.ComplaintStatus }
    | { __typename: 'ComplaintError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export type RateComplaintOutcomeMutationVariables = Exact<{
  input: Types.RateComplaintInput;
}>;


export type RateComplaintOutcomeMutation = { rateComplaintOutcome:
    | { __typename: 'Complaint', id: string, rating: number | null }
    | { __typename: 'ComplaintError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };


export const ConsumerComplaintDocument = new TypedDocumentString(`
    query ConsumerComplaint($id: ID!) {
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
}`) as unknown as TypedDocumentString<ConsumerComplaintQuery, ConsumerComplaintQueryVariables>;
export const ConsumerPostComplaintMessageDocument = new TypedDocumentString(`
    mutation ConsumerPostComplaintMessage($input: PostComplaintMessageInput!) {
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
}`) as unknown as TypedDocumentString<ConsumerPostComplaintMessageMutation, ConsumerPostComplaintMessageMutationVariables>;
export const RespondToSettlementDocument = new TypedDocumentString(`
    mutation RespondToSettlement($input: RespondToSettlementInput!) {
  respondToSettlement(input: $input) {
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
}`) as unknown as TypedDocumentString<RespondToSettlementMutation, RespondToSettlementMutationVariables>;
export const ConsumerRequestMediationDocument = new TypedDocumentString(`
    mutation ConsumerRequestMediation($input: RequestMediationInput!) {
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
}`) as unknown as TypedDocumentString<ConsumerRequestMediationMutation, ConsumerRequestMediationMutationVariables>;
export const WithdrawComplaintDocument = new TypedDocumentString(`
    mutation WithdrawComplaint($input: WithdrawComplaintInput!) {
  withdrawComplaint(input: $input) {
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
}`) as unknown as TypedDocumentString<WithdrawComplaintMutation, WithdrawComplaintMutationVariables>;
export const RateComplaintOutcomeDocument = new TypedDocumentString(`
    mutation RateComplaintOutcome($input: RateComplaintInput!) {
  rateComplaintOutcome(input: $input) {
    __typename
    ... on Complaint {
      id
      rating
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<RateComplaintOutcomeMutation, RateComplaintOutcomeMutationVariables>;