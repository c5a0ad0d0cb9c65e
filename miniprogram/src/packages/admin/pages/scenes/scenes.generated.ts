/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type AdminScenesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminScenesQuery = { scenes: Array<{ id: string, module: Types.WorkpointsModule, name: string, description: string, enabled: boolean, defaultPoints: number, customised: boolean }> };

export type UpdateSceneMutationVariables = Exact<{
  id: string | number;
  input: Types.UpdateSceneInput;
}>;


export type UpdateSceneMutation = { updateScene:
    | { __typename: 'Scene', id: string, name: string, description: string, enabled: boolean, defaultPoints: number, customised: boolean }
    | { __typename: 'WorkpointsError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };


export const AdminScenesDocument = new TypedDocumentString(`
    query AdminScenes {
  scenes {
    id
    module
    name
    description
    enabled
    defaultPoints
    customised
  }
}
    `) as unknown as TypedDocumentString<AdminScenesQuery, AdminScenesQueryVariables>;
export const UpdateSceneDocument = new TypedDocumentString(`
    mutation UpdateScene($id: ID!, $input: UpdateSceneInput!) {
  updateScene(id: $id, input: $input) {
    __typename
    ... on Scene {
      id
      name
      description
      enabled
      defaultPoints
      customised
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<UpdateSceneMutation, UpdateSceneMutationVariables>;