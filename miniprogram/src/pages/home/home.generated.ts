/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type HomeAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeAccountQuery = { me: { id: string, displayName: string, roles: Array<Types.Role>, village: { id: string, name: string, town: string } | null, household: { id: string, name: string } | null } };


export const HomeAccountDocument = new TypedDocumentString(`
    query HomeAccount {
  me {
    id
    displayName
    roles
    village {
      id
      name
      town
    }
    household {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<HomeAccountQuery, HomeAccountQueryVariables>;