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
    "query ShopIncome {\n  myShopPointsBalance\n  pointsRate\n}\n\nquery MyTakings($first: Int!, $after: String) {\n  myTakings(first: $first, after: $after) {\n    items {\n      id\n      points\n      createdAt\n      payer {\n        id\n        displayName\n      }\n    }\n    nextCursor\n  }\n}\n\nquery ShopSettlements($first: Int!, $after: String) {\n  pointsSettlements(first: $first, after: $after) {\n    items {\n      id\n      points\n      fenPerPoint\n      amountFen\n      createdAt\n    }\n    nextCursor\n  }\n}": typeof types.ShopIncomeDocument,
    "query MerchantShop {\n  me {\n    id\n    displayName\n    phone\n    village {\n      id\n      name\n      town\n    }\n  }\n}": typeof types.MerchantShopDocument,
    "mutation TakePoints($input: TakePointsInput!) {\n  takePoints(input: $input) {\n    ...TakePointsOutcome\n  }\n}\n\nfragment TakePointsOutcome on TakePointsResult {\n  __typename\n  ... on PointsPayment {\n    id\n    points\n    createdAt\n    payer {\n      id\n      displayName\n    }\n  }\n  ... on PaymentCodeError {\n    errorCode\n    message\n  }\n  ... on InsufficientPointsError {\n    errorCode\n    message\n    balance\n    required\n  }\n}": typeof types.TakePointsDocument,
};
const documents: Documents = {
    "query ShopIncome {\n  myShopPointsBalance\n  pointsRate\n}\n\nquery MyTakings($first: Int!, $after: String) {\n  myTakings(first: $first, after: $after) {\n    items {\n      id\n      points\n      createdAt\n      payer {\n        id\n        displayName\n      }\n    }\n    nextCursor\n  }\n}\n\nquery ShopSettlements($first: Int!, $after: String) {\n  pointsSettlements(first: $first, after: $after) {\n    items {\n      id\n      points\n      fenPerPoint\n      amountFen\n      createdAt\n    }\n    nextCursor\n  }\n}": types.ShopIncomeDocument,
    "query MerchantShop {\n  me {\n    id\n    displayName\n    phone\n    village {\n      id\n      name\n      town\n    }\n  }\n}": types.MerchantShopDocument,
    "mutation TakePoints($input: TakePointsInput!) {\n  takePoints(input: $input) {\n    ...TakePointsOutcome\n  }\n}\n\nfragment TakePointsOutcome on TakePointsResult {\n  __typename\n  ... on PointsPayment {\n    id\n    points\n    createdAt\n    payer {\n      id\n      displayName\n    }\n  }\n  ... on PaymentCodeError {\n    errorCode\n    message\n  }\n  ... on InsufficientPointsError {\n    errorCode\n    message\n    balance\n    required\n  }\n}": types.TakePointsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShopIncome {\n  myShopPointsBalance\n  pointsRate\n}\n\nquery MyTakings($first: Int!, $after: String) {\n  myTakings(first: $first, after: $after) {\n    items {\n      id\n      points\n      createdAt\n      payer {\n        id\n        displayName\n      }\n    }\n    nextCursor\n  }\n}\n\nquery ShopSettlements($first: Int!, $after: String) {\n  pointsSettlements(first: $first, after: $after) {\n    items {\n      id\n      points\n      fenPerPoint\n      amountFen\n      createdAt\n    }\n    nextCursor\n  }\n}"): typeof import('./graphql').ShopIncomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MerchantShop {\n  me {\n    id\n    displayName\n    phone\n    village {\n      id\n      name\n      town\n    }\n  }\n}"): typeof import('./graphql').MerchantShopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TakePoints($input: TakePointsInput!) {\n  takePoints(input: $input) {\n    ...TakePointsOutcome\n  }\n}\n\nfragment TakePointsOutcome on TakePointsResult {\n  __typename\n  ... on PointsPayment {\n    id\n    points\n    createdAt\n    payer {\n      id\n      displayName\n    }\n  }\n  ... on PaymentCodeError {\n    errorCode\n    message\n  }\n  ... on InsufficientPointsError {\n    errorCode\n    message\n    balance\n    required\n  }\n}"): typeof import('./graphql').TakePointsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
