/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type ActivityScenesQueryVariables = Exact<{ [key: string]: never; }>;


export type ActivityScenesQuery = { scenes: Array<{ id: string, name: string, module: Types.WorkpointsModule, description: string, enabled: boolean, defaultPoints: number }> };

export type PublishActivityMutationVariables = Exact<{
  input: Types.PublishActivityInput;
}>;


export type PublishActivityMutation = { publishActivity:
    | { __typename: 'Activity', id: string, title: string }
    | { __typename: 'WorkpointsError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };


export const ActivityScenesDocument = new TypedDocumentString(`
    query ActivityScenes {
  scenes {
    id
    name
    module
    description
    enabled
    defaultPoints
  }
}
    `) as unknown as TypedDocumentString<ActivityScenesQuery, ActivityScenesQueryVariables>;
export const PublishActivityDocument = new TypedDocumentString(`
    mutation PublishActivity($input: PublishActivityInput!) {
  publishActivity(input: $input) {
    __typename
    ... on Activity {
      id
      title
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<PublishActivityMutation, PublishActivityMutationVariables>;