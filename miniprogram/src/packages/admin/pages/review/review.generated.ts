/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type ReviewQueueQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ReviewQueueQuery = { reviewQueue: { nextCursor: string | null, items: Array<{ id: string, note: string, photoUrls: Array<string>, submittedAt: string | null, checkedInAt: string | null, filedOnBehalf: boolean, villager: { id: string, displayName: string }, activity: { id: string, title: string, points: number, evidence: Types.EvidenceRule } }> } };

export type ApproveParticipationMutationVariables = Exact<{
  participationId: string | number;
}>;


export type ApproveParticipationMutation = { approveParticipation:
    | { __typename: 'Participation', id: string, status: Types.ParticipationStatus }
    | { __typename: 'WorkpointsError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export type RejectParticipationMutationVariables = Exact<{
  participationId: string | number;
  reason: string;
}>;


export type RejectParticipationMutation = { rejectParticipation:
    | { __typename: 'Participation', id: string, status: Types.ParticipationStatus, rejectReason: string | null }
    | { __typename: 'WorkpointsError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };


export const ReviewQueueDocument = new TypedDocumentString(`
    query ReviewQueue($first: Int!, $after: String) {
  reviewQueue(first: $first, after: $after) {
    items {
      id
      note
      photoUrls
      submittedAt
      checkedInAt
      filedOnBehalf
      villager {
        id
        displayName
      }
      activity {
        id
        title
        points
        evidence
      }
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ApproveParticipationDocument = new TypedDocumentString(`
    mutation ApproveParticipation($participationId: ID!) {
  approveParticipation(participationId: $participationId) {
    __typename
    ... on Participation {
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
}`) as unknown as TypedDocumentString<ApproveParticipationMutation, ApproveParticipationMutationVariables>;
export const RejectParticipationDocument = new TypedDocumentString(`
    mutation RejectParticipation($participationId: ID!, $reason: String!) {
  rejectParticipation(participationId: $participationId, reason: $reason) {
    __typename
    ... on Participation {
      id
      status
      rejectReason
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<RejectParticipationMutation, RejectParticipationMutationVariables>;