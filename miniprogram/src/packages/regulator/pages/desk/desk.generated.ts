/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type RegulatorDeskQueryVariables = Exact<{ [key: string]: never; }>;


export type RegulatorDeskQuery = { me: { id: string, displayName: string, phone: string | null, village: { id: string, county: string } | null } };


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