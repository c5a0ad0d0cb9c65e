/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type VillagerProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type VillagerProfileQuery = { me: { id: string, displayName: string, village: { id: string, name: string, town: string, county: string } | null, household: { id: string, name: string, address: string } | null } };


export const VillagerProfileDocument = new TypedDocumentString(`
    query VillagerProfile {
  me {
    id
    displayName
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
    `) as unknown as TypedDocumentString<VillagerProfileQuery, VillagerProfileQueryVariables>;