/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type MerchantShopQueryVariables = Exact<{ [key: string]: never; }>;


export type MerchantShopQuery = { me: { id: string, displayName: string, phone: string | null, village: { id: string, name: string, town: string } | null } };


export const MerchantShopDocument = new TypedDocumentString(`
    query MerchantShop {
  me {
    id
    displayName
    phone
    village {
      id
      name
      town
    }
  }
}
    `) as unknown as TypedDocumentString<MerchantShopQuery, MerchantShopQueryVariables>;