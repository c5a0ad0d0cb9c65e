/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type MyComplaintsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyComplaintsQuery = { myComplaints: { nextCursor: string | null, items: Array<{ id: string, status: Types.ComplaintStatus, category: Types.ComplaintCategory, demand: Types.ComplaintDemand, amountFen: number, filedAt: string, merchant: { id: string, name: string }, consumer: { displayName: string, phone: string | null }, deadline: { dueAt: string | null, paused: boolean, workingDaysLeft: number | null, overdue: boolean, stage: string } }> } };

export type ConsumerComplaintListItemFragment = { id: string, status: Types.ComplaintStatus, category: Types.ComplaintCategory, demand: Types.ComplaintDemand, amountFen: number, filedAt: string, merchant: { id: string, name: string }, consumer: { displayName: string, phone: string | null }, deadline: { dueAt: string | null, paused: boolean, workingDaysLeft: number | null, overdue: boolean, stage: string } };

export const ConsumerComplaintListItemFragmentDoc = new TypedDocumentString(`
    fragment ConsumerComplaintListItem on Complaint {
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
}
    `, {"fragmentName":"ConsumerComplaintListItem"}) as unknown as TypedDocumentString<ConsumerComplaintListItemFragment, unknown>;
export const MyComplaintsDocument = new TypedDocumentString(`
    query MyComplaints($first: Int!, $after: String) {
  myComplaints(first: $first, after: $after) {
    items {
      ...ConsumerComplaintListItem
    }
    nextCursor
  }
}
    fragment ConsumerComplaintListItem on Complaint {
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
}`) as unknown as TypedDocumentString<MyComplaintsQuery, MyComplaintsQueryVariables>;