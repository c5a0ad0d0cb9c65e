/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type PointsSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type PointsSummaryQuery = { myPointsBalance: number, myHouseholdPoints: { householdName: string, total: number, members: Array<{ accountId: string, displayName: string, balance: number }> } | null };

export type OpenActivitiesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type OpenActivitiesQuery = { openActivities: { nextCursor: string | null, items: Array<{ id: string, title: string, points: number, place: string, startsAt: string, endsAt: string, evidence: Types.EvidenceRule, placesLeft: number | null, scene: { id: string, name: string }, myParticipation: { id: string, status: Types.ParticipationStatus } | null }> } };

export type ActivitySummaryFragment = { id: string, title: string, points: number, place: string, startsAt: string, endsAt: string, evidence: Types.EvidenceRule, placesLeft: number | null, scene: { id: string, name: string }, myParticipation: { id: string, status: Types.ParticipationStatus } | null };

export type MyPointsHistoryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyPointsHistoryQuery = { myPointsHistory: { nextCursor: string | null, items: Array<{ id: string, amount: number, balanceAfter: number, createdAt: string, kind: Types.LedgerEntryKind, reason: string, reversed: boolean }> } };

export type MyDeductionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyDeductionsQuery = { myDeductions: { nextCursor: string | null, items: Array<{ id: string, points: number, reason: string, createdAt: string, appealStatus: Types.AppealStatus | null, appealReason: string | null, appealedAt: string | null, appealDecisionNote: string | null }> } };

export type DeductionViewFragment = { id: string, points: number, reason: string, createdAt: string, appealStatus: Types.AppealStatus | null, appealReason: string | null, appealedAt: string | null, appealDecisionNote: string | null };

export type AppealDeductionMutationVariables = Exact<{
  deductionId: string | number;
  reason: string;
}>;


export type AppealDeductionMutation = { appealDeduction:
    | { id: string, points: number, reason: string, createdAt: string, appealStatus: Types.AppealStatus | null, appealReason: string | null, appealedAt: string | null, appealDecisionNote: string | null }
    | { errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export const ActivitySummaryFragmentDoc = new TypedDocumentString(`
    fragment ActivitySummary on Activity {
  id
  title
  points
  place
  startsAt
  endsAt
  evidence
  placesLeft
  scene {
    id
    name
  }
  myParticipation {
    id
    status
  }
}
    `, {"fragmentName":"ActivitySummary"}) as unknown as TypedDocumentString<ActivitySummaryFragment, unknown>;
export const DeductionViewFragmentDoc = new TypedDocumentString(`
    fragment DeductionView on Deduction {
  id
  points
  reason
  createdAt
  appealStatus
  appealReason
  appealedAt
  appealDecisionNote
}
    `, {"fragmentName":"DeductionView"}) as unknown as TypedDocumentString<DeductionViewFragment, unknown>;
export const PointsSummaryDocument = new TypedDocumentString(`
    query PointsSummary {
  myPointsBalance
  myHouseholdPoints {
    householdName
    total
    members {
      accountId
      displayName
      balance
    }
  }
}
    `) as unknown as TypedDocumentString<PointsSummaryQuery, PointsSummaryQueryVariables>;
export const OpenActivitiesDocument = new TypedDocumentString(`
    query OpenActivities($first: Int!, $after: String) {
  openActivities(first: $first, after: $after) {
    items {
      ...ActivitySummary
    }
    nextCursor
  }
}
    fragment ActivitySummary on Activity {
  id
  title
  points
  place
  startsAt
  endsAt
  evidence
  placesLeft
  scene {
    id
    name
  }
  myParticipation {
    id
    status
  }
}`) as unknown as TypedDocumentString<OpenActivitiesQuery, OpenActivitiesQueryVariables>;
export const MyPointsHistoryDocument = new TypedDocumentString(`
    query MyPointsHistory($first: Int!, $after: String) {
  myPointsHistory(first: $first, after: $after) {
    items {
      id
      amount
      balanceAfter
      createdAt
      kind
      reason
      reversed
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<MyPointsHistoryQuery, MyPointsHistoryQueryVariables>;
export const MyDeductionsDocument = new TypedDocumentString(`
    query MyDeductions($first: Int!, $after: String) {
  myDeductions(first: $first, after: $after) {
    items {
      ...DeductionView
    }
    nextCursor
  }
}
    fragment DeductionView on Deduction {
  id
  points
  reason
  createdAt
  appealStatus
  appealReason
  appealedAt
  appealDecisionNote
}`) as unknown as TypedDocumentString<MyDeductionsQuery, MyDeductionsQueryVariables>;
export const AppealDeductionDocument = new TypedDocumentString(`
    mutation AppealDeduction($deductionId: ID!, $reason: String!) {
  appealDeduction(deductionId: $deductionId, reason: $reason) {
    ...DeductionView
    ...Refusal
  }
}
    fragment DeductionView on Deduction {
  id
  points
  reason
  createdAt
  appealStatus
  appealReason
  appealedAt
  appealDecisionNote
}
fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<AppealDeductionMutation, AppealDeductionMutationVariables>;