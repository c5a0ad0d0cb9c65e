/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type MeAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type MeAccountQuery = { me: { id: string, displayName: string, phone: string | null, roles: Array<Types.Role>, village: { id: string, name: string, town: string, county: string } | null, household: { id: string, name: string, address: string } | null } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type UnreadNoticeCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNoticeCountQuery = { unreadNoticeCount: number };


export const MeAccountDocument = new TypedDocumentString(`
    query MeAccount {
  me {
    id
    displayName
    phone
    roles
    village {
      id
      name
      town
      county
    }
    household {
      id
      name
      address
    }
  }
}
    `) as unknown as TypedDocumentString<MeAccountQuery, MeAccountQueryVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const UnreadNoticeCountDocument = new TypedDocumentString(`
    query UnreadNoticeCount {
  unreadNoticeCount
}
    `) as unknown as TypedDocumentString<UnreadNoticeCountQuery, UnreadNoticeCountQueryVariables>;