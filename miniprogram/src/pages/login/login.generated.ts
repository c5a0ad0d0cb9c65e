/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type LoginDemoAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type LoginDemoAccountsQuery = { demoAccounts: Array<{ displayName: string, phone: string, roles: Array<Types.Role> }> };

export type RequestLoginCodeMutationVariables = Exact<{
  phone: string;
  fromDemoPicker: boolean;
}>;


export type RequestLoginCodeMutation = { requestLoginCode:
    | { __typename: 'LoginCodeSent', phoneMasked: string, expiresInSeconds: number, resendAfterSeconds: number, devCode: string | null }
    | { __typename: 'RateLimitedError', errorCode: Types.ErrorCode, message: string, retryAfterSeconds: number, field: string | null }
   };

export type LoginOutcome_AuthPayload_Fragment = { __typename: 'AuthPayload', token: string, expiresAt: string, account: { id: string, displayName: string, phone: string | null, roles: Array<Types.Role> } };

export type LoginOutcome_LoginError_Fragment = { __typename: 'LoginError', errorCode: Types.ErrorCode, message: string, attemptsLeft: number | null };

export type LoginOutcome_RateLimitedError_Fragment = { __typename: 'RateLimitedError', errorCode: Types.ErrorCode, message: string, retryAfterSeconds: number };

export type LoginOutcomeFragment =
  | LoginOutcome_AuthPayload_Fragment
  | LoginOutcome_LoginError_Fragment
  | LoginOutcome_RateLimitedError_Fragment
;

export type PhoneLoginMutationVariables = Exact<{
  phone: string;
  code: string;
}>;


export type PhoneLoginMutation = { phoneLogin:
    | { __typename: 'AuthPayload', token: string, expiresAt: string, account: { id: string, displayName: string, phone: string | null, roles: Array<Types.Role> } }
    | { __typename: 'LoginError', errorCode: Types.ErrorCode, message: string, attemptsLeft: number | null, field: string | null }
    | { __typename: 'RateLimitedError', errorCode: Types.ErrorCode, message: string, retryAfterSeconds: number, field: string | null }
   };

export type WechatLoginMutationVariables = Exact<{
  code: string;
}>;


export type WechatLoginMutation = { wechatLogin:
    | { __typename: 'AuthPayload', token: string, expiresAt: string, account: { id: string, displayName: string, phone: string | null, roles: Array<Types.Role> } }
    | { __typename: 'LoginError', errorCode: Types.ErrorCode, message: string, attemptsLeft: number | null, field: string | null }
    | { __typename: 'RateLimitedError', errorCode: Types.ErrorCode, message: string, retryAfterSeconds: number, field: string | null }
   };

export const LoginOutcomeFragmentDoc = new TypedDocumentString(`
    fragment LoginOutcome on LoginResult {
  __typename
  ... on AuthPayload {
    token
    expiresAt
    account {
      id
      displayName
      phone
      roles
    }
  }
  ... on LoginError {
    errorCode
    message
    attemptsLeft
  }
  ... on RateLimitedError {
    errorCode
    message
    retryAfterSeconds
  }
}
    `, {"fragmentName":"LoginOutcome"}) as unknown as TypedDocumentString<LoginOutcomeFragment, unknown>;
export const LoginDemoAccountsDocument = new TypedDocumentString(`
    query LoginDemoAccounts {
  demoAccounts {
    displayName
    phone
    roles
  }
}
    `) as unknown as TypedDocumentString<LoginDemoAccountsQuery, LoginDemoAccountsQueryVariables>;
export const RequestLoginCodeDocument = new TypedDocumentString(`
    mutation RequestLoginCode($phone: String!, $fromDemoPicker: Boolean!) {
  requestLoginCode(phone: $phone, fromDemoPicker: $fromDemoPicker) {
    __typename
    ... on LoginCodeSent {
      phoneMasked
      expiresInSeconds
      resendAfterSeconds
      devCode
    }
    ... on RateLimitedError {
      errorCode
      message
      retryAfterSeconds
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<RequestLoginCodeMutation, RequestLoginCodeMutationVariables>;
export const PhoneLoginDocument = new TypedDocumentString(`
    mutation PhoneLogin($phone: String!, $code: String!) {
  phoneLogin(phone: $phone, code: $code) {
    ...LoginOutcome
    ...Refusal
  }
}
    fragment LoginOutcome on LoginResult {
  __typename
  ... on AuthPayload {
    token
    expiresAt
    account {
      id
      displayName
      phone
      roles
    }
  }
  ... on LoginError {
    errorCode
    message
    attemptsLeft
  }
  ... on RateLimitedError {
    errorCode
    message
    retryAfterSeconds
  }
}
fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<PhoneLoginMutation, PhoneLoginMutationVariables>;
export const WechatLoginDocument = new TypedDocumentString(`
    mutation WechatLogin($code: String!) {
  wechatLogin(code: $code) {
    ...LoginOutcome
    ...Refusal
  }
}
    fragment LoginOutcome on LoginResult {
  __typename
  ... on AuthPayload {
    token
    expiresAt
    account {
      id
      displayName
      phone
      roles
    }
  }
  ... on LoginError {
    errorCode
    message
    attemptsLeft
  }
  ... on RateLimitedError {
    errorCode
    message
    retryAfterSeconds
  }
}
fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<WechatLoginMutation, WechatLoginMutationVariables>;