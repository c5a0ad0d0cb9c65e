/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type ComplaintStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type ComplaintStatsQuery = { complaintStats: { missingCalendarYears: Array<number>, thisMonth: { month: string, resolved: number, medianWorkingDays: number | null }, lastMonth: { month: string, resolved: number, medianWorkingDays: number | null } } };

export type ComplaintAcceptanceQueueQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ComplaintAcceptanceQueueQuery = { complaintAcceptanceQueue: { nextCursor: string | null, items: Array<{ id: string, status: Types.ComplaintStatus, category: Types.ComplaintCategory, demand: Types.ComplaintDemand, amountFen: number, filedAt: string, narrative: string, merchant: { id: string, name: string }, consumer: { displayName: string, phone: string | null }, deadline: { dueAt: string | null, paused: boolean, workingDaysLeft: number | null, overdue: boolean, stage: string } }> } };

export type ComplaintMediationQueueQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ComplaintMediationQueueQuery = { complaintMediationQueue: { nextCursor: string | null, items: Array<{ id: string, status: Types.ComplaintStatus, category: Types.ComplaintCategory, demand: Types.ComplaintDemand, amountFen: number, filedAt: string, narrative: string, merchant: { id: string, name: string }, consumer: { displayName: string, phone: string | null }, deadline: { dueAt: string | null, paused: boolean, workingDaysLeft: number | null, overdue: boolean, stage: string } }> } };

export type OverdueComplaintsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type OverdueComplaintsQuery = { overdueComplaints: { nextCursor: string | null, items: Array<{ id: string, status: Types.ComplaintStatus, category: Types.ComplaintCategory, demand: Types.ComplaintDemand, amountFen: number, filedAt: string, narrative: string, merchant: { id: string, name: string }, consumer: { displayName: string, phone: string | null }, deadline: { dueAt: string | null, paused: boolean, workingDaysLeft: number | null, overdue: boolean, stage: string } }> } };

export type RegulatorComplaintListItemFragment = { id: string, status: Types.ComplaintStatus, category: Types.ComplaintCategory, demand: Types.ComplaintDemand, amountFen: number, filedAt: string, narrative: string, merchant: { id: string, name: string }, consumer: { displayName: string, phone: string | null }, deadline: { dueAt: string | null, paused: boolean, workingDaysLeft: number | null, overdue: boolean, stage: string } };

export type AcceptComplaintMutationVariables = Exact<{
  input: Types.AcceptComplaintInput;
}>;


export type AcceptComplaintMutation = { acceptComplaint:
    | { __typename: 'Complaint', id: string, status: Types.ComplaintStatus }
    | { __typename: 'ComplaintError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export type DeclineComplaintMutationVariables = Exact<{
  input: Types.DeclineComplaintInput;
}>;


export type DeclineComplaintMutation = { declineComplaint:
    | { __typename: 'Complaint', id: string, status: Types.ComplaintStatus }
    | { __typename: 'ComplaintError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export const RegulatorComplaintListItemFragmentDoc = new TypedDocumentString(`
    fragment RegulatorComplaintListItem on Complaint {
  id
  status
  category
  demand
  amountFen
  filedAt
  merchant {
    id
    name
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
  narrative
}
    `, {"fragmentName":"RegulatorComplaintListItem"}) as unknown as TypedDocumentString<RegulatorComplaintListItemFragment, unknown>;
export const ComplaintStatsDocument = new TypedDocumentString(`
    query ComplaintStats {
  complaintStats {
    thisMonth {
      month
      resolved
      medianWorkingDays
    }
    lastMonth {
      month
      resolved
      medianWorkingDays
    }
    missingCalendarYears
  }
}
    `) as unknown as TypedDocumentString<ComplaintStatsQuery, ComplaintStatsQueryVariables>;
export const ComplaintAcceptanceQueueDocument = new TypedDocumentString(`
    query ComplaintAcceptanceQueue($first: Int!, $after: String) {
  complaintAcceptanceQueue(first: $first, after: $after) {
    items {
      ...RegulatorComplaintListItem
    }
    nextCursor
  }
}
    fragment RegulatorComplaintListItem on Complaint {
  id
  status
  category
  demand
  amountFen
  filedAt
  merchant {
    id
    name
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
  narrative
}`) as unknown as TypedDocumentString<ComplaintAcceptanceQueueQuery, ComplaintAcceptanceQueueQueryVariables>;
export const ComplaintMediationQueueDocument = new TypedDocumentString(`
    query ComplaintMediationQueue($first: Int!, $after: String) {
  complaintMediationQueue(first: $first, after: $after) {
    items {
      ...RegulatorComplaintListItem
    }
    nextCursor
  }
}
    fragment RegulatorComplaintListItem on Complaint {
  id
  status
  category
  demand
  amountFen
  filedAt
  merchant {
    id
    name
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
  narrative
}`) as unknown as TypedDocumentString<ComplaintMediationQueueQuery, ComplaintMediationQueueQueryVariables>;
export const OverdueComplaintsDocument = new TypedDocumentString(`
    query OverdueComplaints($first: Int!, $after: String) {
  overdueComplaints(first: $first, after: $after) {
    items {
      ...RegulatorComplaintListItem
    }
    nextCursor
  }
}
    fragment RegulatorComplaintListItem on Complaint {
  id
  status
  category
  demand
  amountFen
  filedAt
  merchant {
    id
    name
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
  narrative
}`) as unknown as TypedDocumentString<OverdueComplaintsQuery, OverdueComplaintsQueryVariables>;
export const AcceptComplaintDocument = new TypedDocumentString(`
    mutation AcceptComplaint($input: AcceptComplaintInput!) {
  acceptComplaint(input: $input) {
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
}`) as unknown as TypedDocumentString<AcceptComplaintMutation, AcceptComplaintMutationVariables>;
export const DeclineComplaintDocument = new TypedDocumentString(`
    mutation DeclineComplaint($input: DeclineComplaintInput!) {
  declineComplaint(input: $input) {
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
}`) as unknown as TypedDocumentString<DeclineComplaintMutation, DeclineComplaintMutationVariables>;