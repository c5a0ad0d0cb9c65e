/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type MyNoticesQueryVariables = Exact<{
  kind?: Types.NoticeKind | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type MyNoticesQuery = { myNotices: { nextCursor: string | null, items: Array<{ id: string, kind: Types.NoticeKind, title: string, body: string, link: string | null, createdAt: string, readAt: string | null }> } };

export type MarkNoticesReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkNoticesReadMutation = { markNoticesRead: number };


export const MyNoticesDocument = new TypedDocumentString(`
    query MyNotices($kind: NoticeKind, $first: Int!, $after: String) {
  myNotices(kind: $kind, first: $first, after: $after) {
    items {
      id
      kind
      title
      body
      link
      createdAt
      readAt
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<MyNoticesQuery, MyNoticesQueryVariables>;
export const MarkNoticesReadDocument = new TypedDocumentString(`
    mutation MarkNoticesRead($ids: [ID!]) {
  markNoticesRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNoticesReadMutation, MarkNoticesReadMutationVariables>;