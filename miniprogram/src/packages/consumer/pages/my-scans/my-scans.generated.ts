/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type MyScansQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyScansQuery = { myScans: { nextCursor: string | null, items: Array<{ id: string, serial: string | null, scans: number, lastScannedAt: string, lastPlace: string | null, link: string, recalled: boolean, batch: { id: string, lot: string, product: { id: string, name: string } } }> } };


export const MyScansDocument = new TypedDocumentString(`
    query MyScans($first: Int!, $after: String) {
  myScans(first: $first, after: $after) {
    items {
      id
      serial
      scans
      lastScannedAt
      lastPlace
      link
      recalled
      batch {
        id
        lot
        product {
          id
          name
        }
      }
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<MyScansQuery, MyScansQueryVariables>;