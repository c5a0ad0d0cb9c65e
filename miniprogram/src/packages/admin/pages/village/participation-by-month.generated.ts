/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type VillageParticipationByMonthQueryVariables = Exact<{ [key: string]: never; }>;


export type VillageParticipationByMonthQuery = { villageParticipationByMonth: Array<{ month: string, completed: number }> };


export const VillageParticipationByMonthDocument = new TypedDocumentString(`
    query VillageParticipationByMonth {
  villageParticipationByMonth(months: 6) {
    month
    completed
  }
}
    `) as unknown as TypedDocumentString<VillageParticipationByMonthQuery, VillageParticipationByMonthQueryVariables>;