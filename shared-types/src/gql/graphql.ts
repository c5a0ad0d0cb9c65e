/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 账号角色 */
export type Role =
  /** 银行 */
  | 'BANK'
  /** 消费者 */
  | 'CONSUMER'
  /** 商家 */
  | 'MERCHANT'
  /** 监管人员 */
  | 'REGULATOR'
  /** 村民 */
  | 'VILLAGER'
  /** 村干部 */
  | 'VILLAGE_ADMIN';

/** 赋码 · 生产 · 加工 · 包装 · 发货 · 收货 · 仓储 · 零售 */
export type TraceBizStep =
  | 'COMMISSIONING'
  | 'PACKING'
  | 'PROCESSING'
  | 'PRODUCING'
  | 'RECEIVING'
  | 'RETAIL_SELLING'
  | 'SHIPPING'
  | 'STORING';

/** 合格证 · 自检报告 · 入境检疫证明 · 消毒证明 · 核酸检测报告 */
export type TraceDocumentKind =
  | 'CERTIFICATE_OF_CONFORMITY'
  | 'DISINFECTION'
  | 'IMPORT_QUARANTINE'
  | 'NUCLEIC_ACID'
  | 'SELF_INSPECTION';

export type BankDeskQueryVariables = Exact<{ [key: string]: never; }>;


export type BankDeskQuery = { me: { id: string, displayName: string, phone: string | null } };

export type ConsumerProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsumerProfileQuery = { me: { id: string, displayName: string, phone: string | null } };

export type RegulatorDeskQueryVariables = Exact<{ [key: string]: never; }>;


export type RegulatorDeskQuery = { me: { id: string, displayName: string, phone: string | null, village: { id: string, county: string } | null } };

export type HomeAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeAccountQuery = { me: { id: string, displayName: string, roles: Array<Role>, village: { id: string, name: string, town: string } | null, household: { id: string, name: string } | null } };

export type LoginDemoAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type LoginDemoAccountsQuery = { demoAccounts: Array<{ displayName: string, phone: string, roles: Array<Role> }> };

export type RequestLoginCodeMutationVariables = Exact<{
  phone: string;
}>;


export type RequestLoginCodeMutation = { requestLoginCode:
    | { __typename: 'LoginCodeSent', phoneMasked: string, expiresInSeconds: number, resendAfterSeconds: number, devCode: string | null }
    | { __typename: 'RateLimitedError', errorCode: string, message: string, retryAfterSeconds: number }
   };

type LoginOutcome_AuthPayload_Fragment = { __typename: 'AuthPayload', token: string, expiresAt: string, account: { id: string, displayName: string, phone: string | null, roles: Array<Role> } };

type LoginOutcome_LoginError_Fragment = { __typename: 'LoginError', errorCode: string, message: string, attemptsLeft: number | null };

type LoginOutcome_RateLimitedError_Fragment = { __typename: 'RateLimitedError', errorCode: string, message: string, retryAfterSeconds: number };

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
    | { __typename: 'AuthPayload', token: string, expiresAt: string, account: { id: string, displayName: string, phone: string | null, roles: Array<Role> } }
    | { __typename: 'LoginError', errorCode: string, message: string, attemptsLeft: number | null }
    | { __typename: 'RateLimitedError', errorCode: string, message: string, retryAfterSeconds: number }
   };

export type WechatLoginMutationVariables = Exact<{
  code: string;
}>;


export type WechatLoginMutation = { wechatLogin:
    | { __typename: 'AuthPayload', token: string, expiresAt: string, account: { id: string, displayName: string, phone: string | null, roles: Array<Role> } }
    | { __typename: 'LoginError', errorCode: string, message: string, attemptsLeft: number | null }
    | { __typename: 'RateLimitedError', errorCode: string, message: string, retryAfterSeconds: number }
   };

export type MeAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type MeAccountQuery = { me: { id: string, displayName: string, phone: string | null, roles: Array<Role>, village: { id: string, name: string, town: string, county: string } | null, household: { id: string, name: string, address: string } | null } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type TraceScanQueryVariables = Exact<{
  code: string;
}>;


export type TraceScanQuery = { scan:
    | { __typename: 'InvalidTraceCode', errorCode: string, message: string }
    | { __typename: 'TraceScan', link: string, serial: string | null, serialIssued: boolean, counterfeitWarning: string | null, product: { gtin: string, name: string }, batch: { lot: string, productionDate: string, expiryDate: string | null, quantity: number } | null, events: Array<{ id: string, bizStep: TraceBizStep, eventTime: string, timeZoneOffset: string, place: string, quantity: number | null, temperatureCelsius: number | null, note: string, recorder: { displayName: string } | null, counterparty: { displayName: string } | null, inputs: Array<{ lot: string, product: { name: string } }> }>, samplings: Array<{ id: string, passed: boolean, agency: string, sampledOn: string, reportNo: string, findings: string }>, documents: Array<{ id: string, kind: TraceDocumentKind, issuedBy: string, issuedOn: string, passed: boolean, summary: string, originCountry: string | null, entryPort: string | null, customsDeclarationNo: string | null }> }
   };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
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
export const BankDeskDocument = new TypedDocumentString(`
    query BankDesk {
  me {
    id
    displayName
    phone
  }
}
    `) as unknown as TypedDocumentString<BankDeskQuery, BankDeskQueryVariables>;
export const ConsumerProfileDocument = new TypedDocumentString(`
    query ConsumerProfile {
  me {
    id
    displayName
    phone
  }
}
    `) as unknown as TypedDocumentString<ConsumerProfileQuery, ConsumerProfileQueryVariables>;
export const RegulatorDeskDocument = new TypedDocumentString(`
    query RegulatorDesk {
  me {
    id
    displayName
    phone
    village {
      id
      county
    }
  }
}
    `) as unknown as TypedDocumentString<RegulatorDeskQuery, RegulatorDeskQueryVariables>;
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
    mutation RequestLoginCode($phone: String!) {
  requestLoginCode(phone: $phone) {
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
  }
}
    `) as unknown as TypedDocumentString<RequestLoginCodeMutation, RequestLoginCodeMutationVariables>;
export const PhoneLoginDocument = new TypedDocumentString(`
    mutation PhoneLogin($phone: String!, $code: String!) {
  phoneLogin(phone: $phone, code: $code) {
    ...LoginOutcome
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
}`) as unknown as TypedDocumentString<PhoneLoginMutation, PhoneLoginMutationVariables>;
export const WechatLoginDocument = new TypedDocumentString(`
    mutation WechatLogin($code: String!) {
  wechatLogin(code: $code) {
    ...LoginOutcome
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
}`) as unknown as TypedDocumentString<WechatLoginMutation, WechatLoginMutationVariables>;
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
export const TraceScanDocument = new TypedDocumentString(`
    query TraceScan($code: String!) {
  scan(code: $code) {
    __typename
    ... on TraceScan {
      link
      serial
      serialIssued
      counterfeitWarning
      product {
        gtin
        name
      }
      batch {
        lot
        productionDate
        expiryDate
        quantity
      }
      events {
        id
        bizStep
        eventTime
        timeZoneOffset
        place
        quantity
        temperatureCelsius
        note
        recorder {
          displayName
        }
        counterparty {
          displayName
        }
        inputs {
          lot
          product {
            name
          }
        }
      }
      samplings {
        id
        passed
        agency
        sampledOn
        reportNo
        findings
      }
      documents {
        id
        kind
        issuedBy
        issuedOn
        passed
        summary
        originCountry
        entryPort
        customsDeclarationNo
      }
    }
    ... on InvalidTraceCode {
      errorCode
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TraceScanQuery, TraceScanQueryVariables>;