/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type Refusal_ComplaintError_Fragment = { errorCode: Types.ErrorCode, message: string, field: string | null };

export type Refusal_InsufficientPointsError_Fragment = { errorCode: Types.ErrorCode, message: string, field: string | null };

export type Refusal_InvalidTraceCode_Fragment = { errorCode: Types.ErrorCode, message: string, field: string | null };

export type Refusal_LoansError_Fragment = { errorCode: Types.ErrorCode, message: string, field: string | null };

export type Refusal_LoginError_Fragment = { errorCode: Types.ErrorCode, message: string, field: string | null };

export type Refusal_OutOfStockError_Fragment = { errorCode: Types.ErrorCode, message: string, field: string | null };

export type Refusal_PaymentCodeError_Fragment = { errorCode: Types.ErrorCode, message: string, field: string | null };

export type Refusal_RateLimitedError_Fragment = { errorCode: Types.ErrorCode, message: string, field: string | null };

export type Refusal_TraceError_Fragment = { errorCode: Types.ErrorCode, message: string, field: string | null };

export type Refusal_WorkpointsError_Fragment = { errorCode: Types.ErrorCode, message: string, field: string | null };

export type RefusalFragment =
  | Refusal_ComplaintError_Fragment
  | Refusal_InsufficientPointsError_Fragment
  | Refusal_InvalidTraceCode_Fragment
  | Refusal_LoansError_Fragment
  | Refusal_LoginError_Fragment
  | Refusal_OutOfStockError_Fragment
  | Refusal_PaymentCodeError_Fragment
  | Refusal_RateLimitedError_Fragment
  | Refusal_TraceError_Fragment
  | Refusal_WorkpointsError_Fragment
;

export const RefusalFragmentDoc = new TypedDocumentString(`
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}
    `, {"fragmentName":"Refusal"}) as unknown as TypedDocumentString<RefusalFragment, unknown>;