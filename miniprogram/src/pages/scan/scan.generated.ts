/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type TraceScanQueryVariables = Exact<{
  code: string;
  regionCode?: string | null | undefined;
  log: boolean;
}>;


export type TraceScanQuery = { scan:
    | { __typename: 'InvalidTraceCode', errorCode: Types.ErrorCode, message: string }
    | { __typename: 'TraceScan', link: string, serial: string | null, serialIssued: boolean, counterfeitWarning: string | null, recalls: Array<{ id: string, recallClass: Types.RecallClass, reason: string, status: Types.RecallStatus, openedAt: string, closedAt: string | null }>, product: { gtin: string, name: string }, batch: { lot: string, productionDate: string, expiryDate: string | null, quantity: number } | null, events: Array<{ id: string, bizStep: Types.TraceBizStep, eventTime: string, timeZoneOffset: string, place: string, quantity: number | null, temperatureCelsius: number | null, note: string, serials: { first: string, last: string } | null, recorder: { name: string } | null, counterparty: { name: string } | null, inputs: Array<{ lot: string, product: { name: string } }> }>, samplings: Array<{ id: string, passed: boolean, agency: string, sampledOn: string, reportNo: string, findings: string }>, documents: Array<{ id: string, kind: Types.TraceDocumentKind, issuedBy: string, issuedOn: string, passed: boolean, summary: string, originCountry: string | null, entryPort: string | null, customsDeclarationNo: string | null }> }
   };


export const TraceScanDocument = new TypedDocumentString(`
    query TraceScan($code: String!, $regionCode: String, $log: Boolean!) {
  scan(code: $code, regionCode: $regionCode, log: $log) {
    __typename
    ... on TraceScan {
      link
      serial
      serialIssued
      counterfeitWarning
      recalls {
        id
        recallClass
        reason
        status
        openedAt
        closedAt
      }
      product {
        gtin
        name
      }
      batch {
        lot
        productionDate
        expiryDate
        quantity
      }
      events {
        id
        bizStep
        eventTime
        timeZoneOffset
        place
        quantity
        temperatureCelsius
        note
        serials {
          first
          last
        }
        recorder {
          name
        }
        counterparty {
          name
        }
        inputs {
          lot
          product {
            name
          }
        }
      }
      samplings {
        id
        passed
        agency
        sampledOn
        reportNo
        findings
      }
      documents {
        id
        kind
        issuedBy
        issuedOn
        passed
        summary
        originCountry
        entryPort
        customsDeclarationNo
      }
    }
    ... on InvalidTraceCode {
      errorCode
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TraceScanQuery, TraceScanQueryVariables>;