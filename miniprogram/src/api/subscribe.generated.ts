/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type SubscribeTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type SubscribeTemplatesQuery = { subscribeTemplates: Array<{ kind: Types.NoticeKind, templateId: string }> };

export type AllowNoticeSubscriptionsMutationVariables = Exact<{
  kinds: Array<Types.NoticeKind> | Types.NoticeKind;
}>;


export type AllowNoticeSubscriptionsMutation = { allowNoticeSubscriptions: number };


export const SubscribeTemplatesDocument = new TypedDocumentString(`
    query SubscribeTemplates {
  subscribeTemplates {
    kind
    templateId
  }
}
    `) as unknown as TypedDocumentString<SubscribeTemplatesQuery, SubscribeTemplatesQueryVariables>;
export const AllowNoticeSubscriptionsDocument = new TypedDocumentString(`
    mutation AllowNoticeSubscriptions($kinds: [NoticeKind!]!) {
  allowNoticeSubscriptions(kinds: $kinds)
}
    `) as unknown as TypedDocumentString<AllowNoticeSubscriptionsMutation, AllowNoticeSubscriptionsMutationVariables>;