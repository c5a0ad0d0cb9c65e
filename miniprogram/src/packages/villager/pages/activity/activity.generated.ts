/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type ActivityDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityDetailQuery = { activity: { id: string, title: string, description: string, points: number, place: string, capacity: number | null, placesLeft: number | null, signupCount: number, signupOpensAt: string, signupClosesAt: string, startsAt: string, endsAt: string, evidence: Types.EvidenceRule, cancelledAt: string | null, scene: { id: string, name: string }, myParticipation: { id: string, status: Types.ParticipationStatus, checkedInAt: string | null, submittedAt: string | null, reviewedAt: string | null, rejectReason: string | null, note: string, filedOnBehalf: boolean } | null } };

export type MyParticipationFragment = { id: string, status: Types.ParticipationStatus, checkedInAt: string | null, submittedAt: string | null, reviewedAt: string | null, rejectReason: string | null, note: string, filedOnBehalf: boolean };

export type SignUpForActivityMutationVariables = Exact<{
  activityId: string | number;
}>;


export type SignUpForActivityMutation = { signUpForActivity:
    | { id: string, status: Types.ParticipationStatus, checkedInAt: string | null, submittedAt: string | null, reviewedAt: string | null, rejectReason: string | null, note: string, filedOnBehalf: boolean }
    | { errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export type CheckInToActivityMutationVariables = Exact<{
  code: string;
}>;


export type CheckInToActivityMutation = { checkInToActivity:
    | { id: string, status: Types.ParticipationStatus, checkedInAt: string | null, submittedAt: string | null, reviewedAt: string | null, rejectReason: string | null, note: string, filedOnBehalf: boolean }
    | { errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export type SubmitEvidenceMutationVariables = Exact<{
  input: Types.SubmitEvidenceInput;
}>;


export type SubmitEvidenceMutation = { submitEvidence:
    | { id: string, status: Types.ParticipationStatus, checkedInAt: string | null, submittedAt: string | null, reviewedAt: string | null, rejectReason: string | null, note: string, filedOnBehalf: boolean }
    | { errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export type CancelSignUpMutationVariables = Exact<{
  activityId: string | number;
}>;


export type CancelSignUpMutation = { cancelSignUp:
    | { __typename: 'Activity', id: string }
    | { __typename: 'WorkpointsError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export const MyParticipationFragmentDoc = new TypedDocumentString(`
    fragment MyParticipation on Participation {
  id
  status
  checkedInAt
  submittedAt
  reviewedAt
  rejectReason
  note
  filedOnBehalf
}
    `, {"fragmentName":"MyParticipation"}) as unknown as TypedDocumentString<MyParticipationFragment, unknown>;
export const ActivityDetailDocument = new TypedDocumentString(`
    query ActivityDetail($id: ID!) {
  activity(id: $id) {
    id
    title
    description
    points
    place
    capacity
    placesLeft
    signupCount
    signupOpensAt
    signupClosesAt
    startsAt
    endsAt
    evidence
    cancelledAt
    scene {
      id
      name
    }
    myParticipation {
      ...MyParticipation
    }
  }
}
    fragment MyParticipation on Participation {
  id
  status
  checkedInAt
  submittedAt
  reviewedAt
  rejectReason
  note
  filedOnBehalf
}`) as unknown as TypedDocumentString<ActivityDetailQuery, ActivityDetailQueryVariables>;
export const SignUpForActivityDocument = new TypedDocumentString(`
    mutation SignUpForActivity($activityId: ID!) {
  signUpForActivity(activityId: $activityId) {
    ...MyParticipation
    ...Refusal
  }
}
    fragment MyParticipation on Participation {
  id
  status
  checkedInAt
  submittedAt
  reviewedAt
  rejectReason
  note
  filedOnBehalf
}
fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<SignUpForActivityMutation, SignUpForActivityMutationVariables>;
export const CheckInToActivityDocument = new TypedDocumentString(`
    mutation CheckInToActivity($code: String!) {
  checkInToActivity(code: $code) {
    ...MyParticipation
    ...Refusal
  }
}
    fragment MyParticipation on Participation {
  id
  status
  checkedInAt
  submittedAt
  reviewedAt
  rejectReason
  note
  filedOnBehalf
}
fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<CheckInToActivityMutation, CheckInToActivityMutationVariables>;
export const SubmitEvidenceDocument = new TypedDocumentString(`
    mutation SubmitEvidence($input: SubmitEvidenceInput!) {
  submitEvidence(input: $input) {
    ...MyParticipation
    ...Refusal
  }
}
    fragment MyParticipation on Participation {
  id
  status
  checkedInAt
  submittedAt
  reviewedAt
  rejectReason
  note
  filedOnBehalf
}
fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<SubmitEvidenceMutation, SubmitEvidenceMutationVariables>;
export const CancelSignUpDocument = new TypedDocumentString(`
    mutation CancelSignUp($activityId: ID!) {
  cancelSignUp(activityId: $activityId) {
    __typename
    ... on Activity {
      id
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<CancelSignUpMutation, CancelSignUpMutationVariables>;