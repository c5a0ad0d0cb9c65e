/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type AccountPickerSearchQueryVariables = Exact<{
  query: string;
  first: number;
  after?: string | null | undefined;
}>;


export type AccountPickerSearchQuery = { searchMerchants: { nextCursor: string | null, items: Array<{ id: string, name: string, address: string, creditCode: string, odr: boolean, accountId: string | null }> } };

export type AccountPickerBusinessFragment = { id: string, name: string, address: string, creditCode: string, odr: boolean, accountId: string | null };

export const AccountPickerBusinessFragmentDoc = new TypedDocumentString(`
    fragment AccountPickerBusiness on Merchant {
  id
  name
  address
  creditCode
  odr
  accountId
}
    `, {"fragmentName":"AccountPickerBusiness"}) as unknown as TypedDocumentString<AccountPickerBusinessFragment, unknown>;
export const AccountPickerSearchDocument = new TypedDocumentString(`
    query AccountPickerSearch($query: String!, $first: Int!, $after: String) {
  searchMerchants(query: $query, first: $first, after: $after) {
    items {
      ...AccountPickerBusiness
    }
    nextCursor
  }
}
    fragment AccountPickerBusiness on Merchant {
  id
  name
  address
  creditCode
  odr
  accountId
}`) as unknown as TypedDocumentString<AccountPickerSearchQuery, AccountPickerSearchQueryVariables>;