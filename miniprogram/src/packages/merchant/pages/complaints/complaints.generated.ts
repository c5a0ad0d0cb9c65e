/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type MerchantComplaintInboxQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  openOnly: boolean;
}>;


export type MerchantComplaintInboxQuery = { merchantComplaintInbox: { nextCursor: string | null, items: Array<{ id: string, status: Types.ComplaintStatus, category: Types.ComplaintCategory, demand: Types.ComplaintDemand, amountFen: number, filedAt: string, merchant: { id: string, name: string }, consumer: { displayName: string, phone: string | null }, deadline: { dueAt: string | null, paused: boolean, workingDaysLeft: number | null, overdue: boolean, stage: string } }> } };

export type MerchantComplaintListItemFragment = { id: string, status: Types.ComplaintStatus, category: Types.ComplaintCategory, demand: Types.ComplaintDemand, amountFen: number, filedAt: string, merchant: { id: string, name: string }, consumer: { displayName: string, phone: string | null }, deadline: { dueAt: string | null, paused: boolean, workingDaysLeft: number | null, overdue: boolean, stage: string } };

export const MerchantComplaintListItemFragmentDoc = new TypedDocumentString(`
    fragment MerchantComplaintListItem on Complaint {
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
    `, {"fragmentName":"MerchantComplaintListItem"}) as unknown as TypedDocumentString<MerchantComplaintListItemFragment, unknown>;
export const MerchantComplaintInboxDocument = new TypedDocumentString(`
    query MerchantComplaintInbox($first: Int!, $after: String, $openOnly: Boolean!) {
  merchantComplaintInbox(first: $first, after: $after, openOnly: $openOnly) {
    items {
      ...MerchantComplaintListItem
    }
    nextCursor
  }
}
    fragment MerchantComplaintListItem on Complaint {
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
}`) as unknown as TypedDocumentString<MerchantComplaintInboxQuery, MerchantComplaintInboxQueryVariables>;