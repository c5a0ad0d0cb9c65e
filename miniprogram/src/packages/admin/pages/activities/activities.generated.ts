/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type AdminActivitiesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type AdminActivitiesQuery = { villageActivities: { nextCursor: string | null, items: Array<{ id: string, title: string, points: number, place: string, startsAt: string, endsAt: string, evidence: Types.EvidenceRule, capacity: number | null, signupCount: number, cancelledAt: string | null, scene: { id: string, name: string } }> } };

export type CancelActivityMutationVariables = Exact<{
  activityId: string | number;
}>;


export type CancelActivityMutation = { cancelActivity:
    | { __typename: 'Activity', id: string, cancelledAt: string | null }
    | { __typename: 'WorkpointsError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };


export const AdminActivitiesDocument = new TypedDocumentString(`
    query AdminActivities($first: Int!, $after: String) {
  villageActivities(first: $first, after: $after) {
    items {
      id
      title
      points
      place
      startsAt
      endsAt
      evidence
      capacity
      signupCount
      cancelledAt
      scene {
        id
        name
      }
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<AdminActivitiesQuery, AdminActivitiesQueryVariables>;
export const CancelActivityDocument = new TypedDocumentString(`
    mutation CancelActivity($activityId: ID!) {
  cancelActivity(activityId: $activityId) {
    __typename
    ... on Activity {
      id
      cancelledAt
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<CancelActivityMutation, CancelActivityMutationVariables>;