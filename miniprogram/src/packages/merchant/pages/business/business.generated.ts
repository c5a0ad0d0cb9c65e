/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type MyMerchantsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMerchantsQuery = { myMerchants: Array<{ id: string, creditCode: string, name: string, address: string, licenceScope: string, odr: boolean }> };

export type MyMerchantFragment = { id: string, creditCode: string, name: string, address: string, licenceScope: string, odr: boolean };

export type RegisterMerchantMutationVariables = Exact<{
  input: Types.RegisterMerchantInput;
}>;


export type RegisterMerchantMutation = { registerMerchant:
    | { errorCode: Types.ErrorCode, message: string, field: string | null }
    | { id: string, creditCode: string, name: string, address: string, licenceScope: string, odr: boolean }
   };

export type SetMerchantOdrMutationVariables = Exact<{
  input: Types.SetMerchantOdrInput;
}>;


export type SetMerchantOdrMutation = { setMerchantOdr:
    | { errorCode: Types.ErrorCode, message: string, field: string | null }
    | { id: string, creditCode: string, name: string, address: string, licenceScope: string, odr: boolean }
   };

export const MyMerchantFragmentDoc = new TypedDocumentString(`
    fragment MyMerchant on Merchant {
  id
  creditCode
  name
  address
  licenceScope
  odr
}
    `, {"fragmentName":"MyMerchant"}) as unknown as TypedDocumentString<MyMerchantFragment, unknown>;
export const MyMerchantsDocument = new TypedDocumentString(`
    query MyMerchants {
  myMerchants {
    ...MyMerchant
  }
}
    fragment MyMerchant on Merchant {
  id
  creditCode
  name
  address
  licenceScope
  odr
}`) as unknown as TypedDocumentString<MyMerchantsQuery, MyMerchantsQueryVariables>;
export const RegisterMerchantDocument = new TypedDocumentString(`
    mutation RegisterMerchant($input: RegisterMerchantInput!) {
  registerMerchant(input: $input) {
    ...MyMerchant
    ...Refusal
  }
}
    fragment MyMerchant on Merchant {
  id
  creditCode
  name
  address
  licenceScope
  odr
}
fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<RegisterMerchantMutation, RegisterMerchantMutationVariables>;
export const SetMerchantOdrDocument = new TypedDocumentString(`
    mutation SetMerchantOdr($input: SetMerchantOdrInput!) {
  setMerchantOdr(input: $input) {
    ...MyMerchant
    ...Refusal
  }
}
    fragment MyMerchant on Merchant {
  id
  creditCode
  name
  address
  licenceScope
  odr
}
fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<SetMerchantOdrMutation, SetMerchantOdrMutationVariables>;