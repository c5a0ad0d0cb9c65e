/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type VillageMembersQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type VillageMembersQuery = { villageMembers: { nextCursor: string | null, items: Array<{ id: string, displayName: string, phone: string | null, household: { id: string, name: string } | null }> } };


export const VillageMembersDocument = new TypedDocumentString(`
    query VillageMembers($search: String, $first: Int!, $after: String) {
  villageMembers(search: $search, first: $first, after: $after) {
    items {
      id
      displayName
      phone
      household {
        id
        name
      }
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<VillageMembersQuery, VillageMembersQueryVariables>;