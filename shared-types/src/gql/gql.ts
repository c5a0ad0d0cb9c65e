/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query BankDesk {\n  me {\n    id\n    displayName\n    phone\n  }\n}": typeof types.BankDeskDocument,
    "query ConsumerProfile {\n  me {\n    id\n    displayName\n    phone\n  }\n}": typeof types.ConsumerProfileDocument,
    "query RegulatorDesk {\n  me {\n    id\n    displayName\n    phone\n    village {\n      id\n      county\n    }\n  }\n}": typeof types.RegulatorDeskDocument,
    "query HomeAccount {\n  me {\n    id\n    displayName\n    roles\n    village {\n      id\n      name\n      town\n    }\n    household {\n      id\n      name\n    }\n  }\n}": typeof types.HomeAccountDocument,
    "query LoginDemoAccounts {\n  demoAccounts {\n    displayName\n    phone\n    roles\n  }\n}\n\nmutation RequestLoginCode($phone: String!) {\n  requestLoginCode(phone: $phone) {\n    __typename\n    ... on LoginCodeSent {\n      phoneMasked\n      expiresInSeconds\n      resendAfterSeconds\n      devCode\n    }\n    ... on RateLimitedError {\n      errorCode\n      message\n      retryAfterSeconds\n    }\n  }\n}\n\nfragment LoginOutcome on LoginResult {\n  __typename\n  ... on AuthPayload {\n    token\n    expiresAt\n    account {\n      id\n      displayName\n      phone\n      roles\n    }\n  }\n  ... on LoginError {\n    errorCode\n    message\n    attemptsLeft\n  }\n  ... on RateLimitedError {\n    errorCode\n    message\n    retryAfterSeconds\n  }\n}\n\nmutation PhoneLogin($phone: String!, $code: String!) {\n  phoneLogin(phone: $phone, code: $code) {\n    ...LoginOutcome\n  }\n}\n\nmutation WechatLogin($code: String!) {\n  wechatLogin(code: $code) {\n    ...LoginOutcome\n  }\n}": typeof types.LoginDemoAccountsDocument,
    "query MeAccount {\n  me {\n    id\n    displayName\n    phone\n    roles\n    village {\n      id\n      name\n      town\n      county\n    }\n    household {\n      id\n      name\n      address\n    }\n  }\n}\n\nmutation Logout {\n  logout\n}": typeof types.MeAccountDocument,
    "query TraceScan($code: String!) {\n  scan(code: $code) {\n    __typename\n    ... on TraceScan {\n      link\n      serial\n      serialIssued\n      counterfeitWarning\n      product {\n        gtin\n        name\n      }\n      batch {\n        lot\n        productionDate\n        expiryDate\n        quantity\n      }\n      events {\n        id\n        bizStep\n        eventTime\n        timeZoneOffset\n        place\n        quantity\n        temperatureCelsius\n        note\n        recorder {\n          displayName\n        }\n        counterparty {\n          displayName\n        }\n        inputs {\n          lot\n          product {\n            name\n          }\n        }\n      }\n      samplings {\n        id\n        passed\n        agency\n        sampledOn\n        reportNo\n        findings\n      }\n      documents {\n        id\n        kind\n        issuedBy\n        issuedOn\n        passed\n        summary\n        originCountry\n        entryPort\n        customsDeclarationNo\n      }\n    }\n    ... on InvalidTraceCode {\n      errorCode\n      message\n    }\n  }\n}": typeof types.TraceScanDocument,
};
const documents: Documents = {
    "query BankDesk {\n  me {\n    id\n    displayName\n    phone\n  }\n}": types.BankDeskDocument,
    "query ConsumerProfile {\n  me {\n    id\n    displayName\n    phone\n  }\n}": types.ConsumerProfileDocument,
    "query RegulatorDesk {\n  me {\n    id\n    displayName\n    phone\n    village {\n      id\n      county\n    }\n  }\n}": types.RegulatorDeskDocument,
    "query HomeAccount {\n  me {\n    id\n    displayName\n    roles\n    village {\n      id\n      name\n      town\n    }\n    household {\n      id\n      name\n    }\n  }\n}": types.HomeAccountDocument,
    "query LoginDemoAccounts {\n  demoAccounts {\n    displayName\n    phone\n    roles\n  }\n}\n\nmutation RequestLoginCode($phone: String!) {\n  requestLoginCode(phone: $phone) {\n    __typename\n    ... on LoginCodeSent {\n      phoneMasked\n      expiresInSeconds\n      resendAfterSeconds\n      devCode\n    }\n    ... on RateLimitedError {\n      errorCode\n      message\n      retryAfterSeconds\n    }\n  }\n}\n\nfragment LoginOutcome on LoginResult {\n  __typename\n  ... on AuthPayload {\n    token\n    expiresAt\n    account {\n      id\n      displayName\n      phone\n      roles\n    }\n  }\n  ... on LoginError {\n    errorCode\n    message\n    attemptsLeft\n  }\n  ... on RateLimitedError {\n    errorCode\n    message\n    retryAfterSeconds\n  }\n}\n\nmutation PhoneLogin($phone: String!, $code: String!) {\n  phoneLogin(phone: $phone, code: $code) {\n    ...LoginOutcome\n  }\n}\n\nmutation WechatLogin($code: String!) {\n  wechatLogin(code: $code) {\n    ...LoginOutcome\n  }\n}": types.LoginDemoAccountsDocument,
    "query MeAccount {\n  me {\n    id\n    displayName\n    phone\n    roles\n    village {\n      id\n      name\n      town\n      county\n    }\n    household {\n      id\n      name\n      address\n    }\n  }\n}\n\nmutation Logout {\n  logout\n}": types.MeAccountDocument,
    "query TraceScan($code: String!) {\n  scan(code: $code) {\n    __typename\n    ... on TraceScan {\n      link\n      serial\n      serialIssued\n      counterfeitWarning\n      product {\n        gtin\n        name\n      }\n      batch {\n        lot\n        productionDate\n        expiryDate\n        quantity\n      }\n      events {\n        id\n        bizStep\n        eventTime\n        timeZoneOffset\n        place\n        quantity\n        temperatureCelsius\n        note\n        recorder {\n          displayName\n        }\n        counterparty {\n          displayName\n        }\n        inputs {\n          lot\n          product {\n            name\n          }\n        }\n      }\n      samplings {\n        id\n        passed\n        agency\n        sampledOn\n        reportNo\n        findings\n      }\n      documents {\n        id\n        kind\n        issuedBy\n        issuedOn\n        passed\n        summary\n        originCountry\n        entryPort\n        customsDeclarationNo\n      }\n    }\n    ... on InvalidTraceCode {\n      errorCode\n      message\n    }\n  }\n}": types.TraceScanDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BankDesk {\n  me {\n    id\n    displayName\n    phone\n  }\n}"): typeof import('./graphql').BankDeskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsumerProfile {\n  me {\n    id\n    displayName\n    phone\n  }\n}"): typeof import('./graphql').ConsumerProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegulatorDesk {\n  me {\n    id\n    displayName\n    phone\n    village {\n      id\n      county\n    }\n  }\n}"): typeof import('./graphql').RegulatorDeskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HomeAccount {\n  me {\n    id\n    displayName\n    roles\n    village {\n      id\n      name\n      town\n    }\n    household {\n      id\n      name\n    }\n  }\n}"): typeof import('./graphql').HomeAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LoginDemoAccounts {\n  demoAccounts {\n    displayName\n    phone\n    roles\n  }\n}\n\nmutation RequestLoginCode($phone: String!) {\n  requestLoginCode(phone: $phone) {\n    __typename\n    ... on LoginCodeSent {\n      phoneMasked\n      expiresInSeconds\n      resendAfterSeconds\n      devCode\n    }\n    ... on RateLimitedError {\n      errorCode\n      message\n      retryAfterSeconds\n    }\n  }\n}\n\nfragment LoginOutcome on LoginResult {\n  __typename\n  ... on AuthPayload {\n    token\n    expiresAt\n    account {\n      id\n      displayName\n      phone\n      roles\n    }\n  }\n  ... on LoginError {\n    errorCode\n    message\n    attemptsLeft\n  }\n  ... on RateLimitedError {\n    errorCode\n    message\n    retryAfterSeconds\n  }\n}\n\nmutation PhoneLogin($phone: String!, $code: String!) {\n  phoneLogin(phone: $phone, code: $code) {\n    ...LoginOutcome\n  }\n}\n\nmutation WechatLogin($code: String!) {\n  wechatLogin(code: $code) {\n    ...LoginOutcome\n  }\n}"): typeof import('./graphql').LoginDemoAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeAccount {\n  me {\n    id\n    displayName\n    phone\n    roles\n    village {\n      id\n      name\n      town\n      county\n    }\n    household {\n      id\n      name\n      address\n    }\n  }\n}\n\nmutation Logout {\n  logout\n}"): typeof import('./graphql').MeAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TraceScan($code: String!) {\n  scan(code: $code) {\n    __typename\n    ... on TraceScan {\n      link\n      serial\n      serialIssued\n      counterfeitWarning\n      product {\n        gtin\n        name\n      }\n      batch {\n        lot\n        productionDate\n        expiryDate\n        quantity\n      }\n      events {\n        id\n        bizStep\n        eventTime\n        timeZoneOffset\n        place\n        quantity\n        temperatureCelsius\n        note\n        recorder {\n          displayName\n        }\n        counterparty {\n          displayName\n        }\n        inputs {\n          lot\n          product {\n            name\n          }\n        }\n      }\n      samplings {\n        id\n        passed\n        agency\n        sampledOn\n        reportNo\n        findings\n      }\n      documents {\n        id\n        kind\n        issuedBy\n        issuedOn\n        passed\n        summary\n        originCountry\n        entryPort\n        customsDeclarationNo\n      }\n    }\n    ... on InvalidTraceCode {\n      errorCode\n      message\n    }\n  }\n}"): typeof import('./graphql').TraceScanDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
