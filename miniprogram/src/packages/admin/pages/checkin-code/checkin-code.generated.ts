/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type ActivityCheckinQueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityCheckinQuery = { activityCheckinCode: string, activity: { id: string, title: string, place: string, startsAt: string, endsAt: string, evidence: Types.EvidenceRule } };


export const ActivityCheckinDocument = new TypedDocumentString(`
    query ActivityCheckin($id: ID!) {
  activityCheckinCode(activityId: $id)
  activity(id: $id) {
    id
    title
    place
    startsAt
    endsAt
    evidence
  }
}
    `) as unknown as TypedDocumentString<ActivityCheckinQuery, ActivityCheckinQueryVariables>;