/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type FileOnBehalfActivityQueryVariables = Exact<{
  id: string | number;
}>;


export type FileOnBehalfActivityQuery = { activity: { id: string, title: string, points: number, evidence: Types.EvidenceRule } };

export type FileOnBehalfMutationVariables = Exact<{
  input: Types.FileOnBehalfInput;
}>;


export type FileOnBehalfMutation = { fileOnBehalf:
    | { __typename: 'Participation', id: string, status: Types.ParticipationStatus, villager: { id: string, displayName: string } }
    | { __typename: 'WorkpointsError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };


export const FileOnBehalfActivityDocument = new TypedDocumentString(`
    query FileOnBehalfActivity($id: ID!) {
  activity(id: $id) {
    id
    title
    points
    evidence
  }
}
    `) as unknown as TypedDocumentString<FileOnBehalfActivityQuery, FileOnBehalfActivityQueryVariables>;
export const FileOnBehalfDocument = new TypedDocumentString(`
    mutation FileOnBehalf($input: FileOnBehalfInput!) {
  fileOnBehalf(input: $input) {
    __typename
    ... on Participation {
      id
      status
      villager {
        id
        displayName
      }
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<FileOnBehalfMutation, FileOnBehalfMutationVariables>;