/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 申诉中 · 维持扣分 · 撤销扣分 */
export type AppealStatus =
  | 'OVERTURNED'
  | 'PENDING'
  | 'UPHELD';

/** 活动凭证要求 */
export type EvidenceRule =
  /** 现场扫码签到 */
  | 'CHECKIN'
  /** 签到并上传照片 */
  | 'CHECKIN_AND_PHOTO'
  /** 上传照片 */
  | 'PHOTO';

/** 奖励 · 扣分 · 兑换 · 支付 · 冲正 · 结算 */
export type LedgerEntryKind =
  | 'AWARD'
  | 'DEDUCTION'
  | 'PAYMENT'
  | 'REDEMPTION'
  | 'REVERSAL'
  | 'SETTLEMENT';

/** 实物 · 话费 · 流量 */
export type MallItemKind =
  | 'GOODS'
  | 'MOBILE_DATA'
  | 'PHONE_CREDIT';

/** 午餐 · 晚餐 */
export type Meal =
  | 'DINNER'
  | 'LUNCH';

/** 已报名 · 待审核 · 已通过 · 未通过 */
export type ParticipationStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'SIGNED_UP'
  | 'SUBMITTED';

/** 兑换 */
export type RedeemInput = {
  idempotencyKey: string;
  itemId: string | number;
  /** 话费、流量充值到的手机号 */
  phone?: string | null | undefined;
};

/** 待领取 · 已领取 · 充值中 · 已到账 · 充值失败（已退回工分） */
export type RedemptionStatus =
  | 'AWAITING_PICKUP'
  | 'COLLECTED'
  | 'TOPUP_DONE'
  | 'TOPUP_FAILED'
  | 'TOPUP_PENDING';

/** 提交活动凭证 */
export type SubmitEvidenceInput = {
  note?: string;
  participationId: string | number;
  /** 上传接口返回的照片 key */
  photoKeys: Array<string>;
};

export type ActivityDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityDetailQuery = { activity: { id: string, title: string, description: string, points: number, place: string, capacity: number | null, placesLeft: number | null, signupCount: number, signupOpensAt: string, signupClosesAt: string, startsAt: string, endsAt: string, evidence: EvidenceRule, cancelledAt: string | null, scene: { id: string, name: string }, myParticipation: { id: string, status: ParticipationStatus, checkedInAt: string | null, submittedAt: string | null, reviewedAt: string | null, rejectReason: string | null, note: string, filedOnBehalf: boolean } | null } };

export type MyParticipationFragment = { id: string, status: ParticipationStatus, checkedInAt: string | null, submittedAt: string | null, reviewedAt: string | null, rejectReason: string | null, note: string, filedOnBehalf: boolean };

export type SignUpForActivityMutationVariables = Exact<{
  activityId: string | number;
}>;


export type SignUpForActivityMutation = { signUpForActivity: { id: string, status: ParticipationStatus, checkedInAt: string | null, submittedAt: string | null, reviewedAt: string | null, rejectReason: string | null, note: string, filedOnBehalf: boolean } };

export type CheckInToActivityMutationVariables = Exact<{
  code: string;
}>;


export type CheckInToActivityMutation = { checkInToActivity: { id: string, status: ParticipationStatus, checkedInAt: string | null, submittedAt: string | null, reviewedAt: string | null, rejectReason: string | null, note: string, filedOnBehalf: boolean } };

export type SubmitEvidenceMutationVariables = Exact<{
  input: SubmitEvidenceInput;
}>;


export type SubmitEvidenceMutation = { submitEvidence: { id: string, status: ParticipationStatus, checkedInAt: string | null, submittedAt: string | null, reviewedAt: string | null, rejectReason: string | null, note: string, filedOnBehalf: boolean } };

export type CanteenDayQueryVariables = Exact<{
  serviceDate?: string | null | undefined;
}>;


export type CanteenDayQuery = { canteenMenu: { id: string, serviceDate: string, note: string, myReservations: Array<Meal>, dishes: Array<{ id: string, meal: Meal, name: string, description: string, likeCount: number, likedByMe: boolean, comments: Array<{ id: string, body: string, createdAt: string }> }> } | null };

export type CanteenMenuViewFragment = { id: string, serviceDate: string, note: string, myReservations: Array<Meal>, dishes: Array<{ id: string, meal: Meal, name: string, description: string, likeCount: number, likedByMe: boolean, comments: Array<{ id: string, body: string, createdAt: string }> }> };

export type CanteenPastMenusQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type CanteenPastMenusQuery = { canteenMenus: { nextCursor: string | null, items: Array<{ id: string, serviceDate: string, dishes: Array<{ id: string, meal: Meal, name: string }> }> } };

export type ReserveMealMutationVariables = Exact<{
  menuId: string | number;
  meal: Meal;
}>;


export type ReserveMealMutation = { reserveMeal: boolean };

export type CancelMealReservationMutationVariables = Exact<{
  menuId: string | number;
  meal: Meal;
}>;


export type CancelMealReservationMutation = { cancelMealReservation: boolean };

export type ToggleDishLikeMutationVariables = Exact<{
  dishId: string | number;
}>;


export type ToggleDishLikeMutation = { toggleDishLike: boolean };

export type CommentOnDishMutationVariables = Exact<{
  dishId: string | number;
  body: string;
}>;


export type CommentOnDishMutation = { commentOnDish: { id: string, body: string, createdAt: string } };

export type MallShelfQueryVariables = Exact<{ [key: string]: never; }>;


export type MallShelfQuery = { myPointsBalance: number, mallItems: Array<{ id: string, name: string, kind: MallItemKind, faceValue: number, pointsPrice: number, stock: number, active: boolean }>, me: { id: string, phone: string | null } };

export type MallItemViewFragment = { id: string, name: string, kind: MallItemKind, faceValue: number, pointsPrice: number, stock: number, active: boolean };

export type MyRedemptionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyRedemptionsQuery = { myRedemptions: { nextCursor: string | null, items: Array<{ id: string, points: number, status: RedemptionStatus, pickupCode: string | null, topupFailure: string | null, createdAt: string, collectedAt: string | null, item: { id: string, name: string, kind: MallItemKind } }> } };

export type RedemptionViewFragment = { id: string, points: number, status: RedemptionStatus, pickupCode: string | null, topupFailure: string | null, createdAt: string, collectedAt: string | null, item: { id: string, name: string, kind: MallItemKind } };

export type RedeemMallItemMutationVariables = Exact<{
  input: RedeemInput;
}>;


export type RedeemMallItemMutation = { redeemMallItem:
    | { __typename: 'InsufficientPointsError', errorCode: string, message: string, balance: number, required: number }
    | { __typename: 'OutOfStockError', errorCode: string, message: string }
    | { __typename: 'Redemption', id: string, points: number, status: RedemptionStatus, pickupCode: string | null, topupFailure: string | null, createdAt: string, collectedAt: string | null, item: { id: string, name: string, kind: MallItemKind } }
   };

type RedeemOutcome_InsufficientPointsError_Fragment = { __typename: 'InsufficientPointsError', errorCode: string, message: string, balance: number, required: number };

type RedeemOutcome_OutOfStockError_Fragment = { __typename: 'OutOfStockError', errorCode: string, message: string };

type RedeemOutcome_Redemption_Fragment = { __typename: 'Redemption', id: string, points: number, status: RedemptionStatus, pickupCode: string | null, topupFailure: string | null, createdAt: string, collectedAt: string | null, item: { id: string, name: string, kind: MallItemKind } };

export type RedeemOutcomeFragment =
  | RedeemOutcome_InsufficientPointsError_Fragment
  | RedeemOutcome_OutOfStockError_Fragment
  | RedeemOutcome_Redemption_Fragment
;

export type MyPaymentCodeQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPaymentCodeQuery = { myPointsBalance: number, myPaymentCode: { code: string, expiresAt: string } };

export type MyPaymentByCodeQueryVariables = Exact<{
  code: string;
}>;


export type MyPaymentByCodeQuery = { myPaymentByCode: { points: number, createdAt: string, merchant: { displayName: string } } | null };

export type PointsSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type PointsSummaryQuery = { myPointsBalance: number, myHouseholdPoints: { householdName: string, total: number, members: Array<{ accountId: string, displayName: string, balance: number }> } | null };

export type OpenActivitiesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type OpenActivitiesQuery = { openActivities: { nextCursor: string | null, items: Array<{ id: string, title: string, points: number, place: string, startsAt: string, endsAt: string, evidence: EvidenceRule, placesLeft: number | null, scene: { id: string, name: string }, myParticipation: { id: string, status: ParticipationStatus } | null }> } };

export type ActivitySummaryFragment = { id: string, title: string, points: number, place: string, startsAt: string, endsAt: string, evidence: EvidenceRule, placesLeft: number | null, scene: { id: string, name: string }, myParticipation: { id: string, status: ParticipationStatus } | null };

export type MyPointsHistoryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyPointsHistoryQuery = { myPointsHistory: { nextCursor: string | null, items: Array<{ id: string, amount: number, balanceAfter: number, createdAt: string, kind: LedgerEntryKind, reason: string }> } };

export type MyDeductionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyDeductionsQuery = { myDeductions: { nextCursor: string | null, items: Array<{ id: string, points: number, reason: string, createdAt: string, appealStatus: AppealStatus | null, appealReason: string | null, appealedAt: string | null, appealDecisionNote: string | null }> } };

export type DeductionViewFragment = { id: string, points: number, reason: string, createdAt: string, appealStatus: AppealStatus | null, appealReason: string | null, appealedAt: string | null, appealDecisionNote: string | null };

export type AppealDeductionMutationVariables = Exact<{
  deductionId: string | number;
  reason: string;
}>;


export type AppealDeductionMutation = { appealDeduction: { id: string, points: number, reason: string, createdAt: string, appealStatus: AppealStatus | null, appealReason: string | null, appealedAt: string | null, appealDecisionNote: string | null } };

export type VillagerProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type VillagerProfileQuery = { me: { id: string, displayName: string, village: { id: string, name: string, town: string, county: string } | null, household: { id: string, name: string, address: string } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MyParticipationFragmentDoc = new TypedDocumentString(`
    fragment MyParticipation on Participation {
  id
  status
  checkedInAt
  submittedAt
  reviewedAt
  rejectReason
  note
  filedOnBehalf
}
    `, {"fragmentName":"MyParticipation"}) as unknown as TypedDocumentString<MyParticipationFragment, unknown>;
export const CanteenMenuViewFragmentDoc = new TypedDocumentString(`
    fragment CanteenMenuView on CanteenMenu {
  id
  serviceDate
  note
  myReservations
  dishes {
    id
    meal
    name
    description
    likeCount
    likedByMe
    comments {
      id
      body
      createdAt
    }
  }
}
    `, {"fragmentName":"CanteenMenuView"}) as unknown as TypedDocumentString<CanteenMenuViewFragment, unknown>;
export const MallItemViewFragmentDoc = new TypedDocumentString(`
    fragment MallItemView on MallItem {
  id
  name
  kind
  faceValue
  pointsPrice
  stock
  active
}
    `, {"fragmentName":"MallItemView"}) as unknown as TypedDocumentString<MallItemViewFragment, unknown>;
export const RedemptionViewFragmentDoc = new TypedDocumentString(`
    fragment RedemptionView on Redemption {
  id
  points
  status
  pickupCode
  topupFailure
  createdAt
  collectedAt
  item {
    id
    name
    kind
  }
}
    `, {"fragmentName":"RedemptionView"}) as unknown as TypedDocumentString<RedemptionViewFragment, unknown>;
export const RedeemOutcomeFragmentDoc = new TypedDocumentString(`
    fragment RedeemOutcome on RedeemResult {
  __typename
  ... on Redemption {
    ...RedemptionView
  }
  ... on InsufficientPointsError {
    errorCode
    message
    balance
    required
  }
  ... on OutOfStockError {
    errorCode
    message
  }
}
    fragment RedemptionView on Redemption {
  id
  points
  status
  pickupCode
  topupFailure
  createdAt
  collectedAt
  item {
    id
    name
    kind
  }
}`, {"fragmentName":"RedeemOutcome"}) as unknown as TypedDocumentString<RedeemOutcomeFragment, unknown>;
export const ActivitySummaryFragmentDoc = new TypedDocumentString(`
    fragment ActivitySummary on Activity {
  id
  title
  points
  place
  startsAt
  endsAt
  evidence
  placesLeft
  scene {
    id
    name
  }
  myParticipation {
    id
    status
  }
}
    `, {"fragmentName":"ActivitySummary"}) as unknown as TypedDocumentString<ActivitySummaryFragment, unknown>;
export const DeductionViewFragmentDoc = new TypedDocumentString(`
    fragment DeductionView on Deduction {
  id
  points
  reason
  createdAt
  appealStatus
  appealReason
  appealedAt
  appealDecisionNote
}
    `, {"fragmentName":"DeductionView"}) as unknown as TypedDocumentString<DeductionViewFragment, unknown>;
export const ActivityDetailDocument = new TypedDocumentString(`
    query ActivityDetail($id: ID!) {
  activity(id: $id) {
    id
    title
    description
    points
    place
    capacity
    placesLeft
    signupCount
    signupOpensAt
    signupClosesAt
    startsAt
    endsAt
    evidence
    cancelledAt
    scene {
      id
      name
    }
    myParticipation {
      ...MyParticipation
    }
  }
}
    fragment MyParticipation on Participation {
  id
  status
  checkedInAt
  submittedAt
  reviewedAt
  rejectReason
  note
  filedOnBehalf
}`) as unknown as TypedDocumentString<ActivityDetailQuery, ActivityDetailQueryVariables>;
export const SignUpForActivityDocument = new TypedDocumentString(`
    mutation SignUpForActivity($activityId: ID!) {
  signUpForActivity(activityId: $activityId) {
    ...MyParticipation
  }
}
    fragment MyParticipation on Participation {
  id
  status
  checkedInAt
  submittedAt
  reviewedAt
  rejectReason
  note
  filedOnBehalf
}`) as unknown as TypedDocumentString<SignUpForActivityMutation, SignUpForActivityMutationVariables>;
export const CheckInToActivityDocument = new TypedDocumentString(`
    mutation CheckInToActivity($code: String!) {
  checkInToActivity(code: $code) {
    ...MyParticipation
  }
}
    fragment MyParticipation on Participation {
  id
  status
  checkedInAt
  submittedAt
  reviewedAt
  rejectReason
  note
  filedOnBehalf
}`) as unknown as TypedDocumentString<CheckInToActivityMutation, CheckInToActivityMutationVariables>;
export const SubmitEvidenceDocument = new TypedDocumentString(`
    mutation SubmitEvidence($input: SubmitEvidenceInput!) {
  submitEvidence(input: $input) {
    ...MyParticipation
  }
}
    fragment MyParticipation on Participation {
  id
  status
  checkedInAt
  submittedAt
  reviewedAt
  rejectReason
  note
  filedOnBehalf
}`) as unknown as TypedDocumentString<SubmitEvidenceMutation, SubmitEvidenceMutationVariables>;
export const CanteenDayDocument = new TypedDocumentString(`
    query CanteenDay($serviceDate: String) {
  canteenMenu(serviceDate: $serviceDate) {
    ...CanteenMenuView
  }
}
    fragment CanteenMenuView on CanteenMenu {
  id
  serviceDate
  note
  myReservations
  dishes {
    id
    meal
    name
    description
    likeCount
    likedByMe
    comments {
      id
      body
      createdAt
    }
  }
}`) as unknown as TypedDocumentString<CanteenDayQuery, CanteenDayQueryVariables>;
export const CanteenPastMenusDocument = new TypedDocumentString(`
    query CanteenPastMenus($first: Int!, $after: String) {
  canteenMenus(first: $first, after: $after) {
    items {
      id
      serviceDate
      dishes {
        id
        meal
        name
      }
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<CanteenPastMenusQuery, CanteenPastMenusQueryVariables>;
export const ReserveMealDocument = new TypedDocumentString(`
    mutation ReserveMeal($menuId: ID!, $meal: Meal!) {
  reserveMeal(menuId: $menuId, meal: $meal)
}
    `) as unknown as TypedDocumentString<ReserveMealMutation, ReserveMealMutationVariables>;
export const CancelMealReservationDocument = new TypedDocumentString(`
    mutation CancelMealReservation($menuId: ID!, $meal: Meal!) {
  cancelMealReservation(menuId: $menuId, meal: $meal)
}
    `) as unknown as TypedDocumentString<CancelMealReservationMutation, CancelMealReservationMutationVariables>;
export const ToggleDishLikeDocument = new TypedDocumentString(`
    mutation ToggleDishLike($dishId: ID!) {
  toggleDishLike(dishId: $dishId)
}
    `) as unknown as TypedDocumentString<ToggleDishLikeMutation, ToggleDishLikeMutationVariables>;
export const CommentOnDishDocument = new TypedDocumentString(`
    mutation CommentOnDish($dishId: ID!, $body: String!) {
  commentOnDish(dishId: $dishId, body: $body) {
    id
    body
    createdAt
  }
}
    `) as unknown as TypedDocumentString<CommentOnDishMutation, CommentOnDishMutationVariables>;
export const MallShelfDocument = new TypedDocumentString(`
    query MallShelf {
  mallItems {
    ...MallItemView
  }
  myPointsBalance
  me {
    id
    phone
  }
}
    fragment MallItemView on MallItem {
  id
  name
  kind
  faceValue
  pointsPrice
  stock
  active
}`) as unknown as TypedDocumentString<MallShelfQuery, MallShelfQueryVariables>;
export const MyRedemptionsDocument = new TypedDocumentString(`
    query MyRedemptions($first: Int!, $after: String) {
  myRedemptions(first: $first, after: $after) {
    items {
      ...RedemptionView
    }
    nextCursor
  }
}
    fragment RedemptionView on Redemption {
  id
  points
  status
  pickupCode
  topupFailure
  createdAt
  collectedAt
  item {
    id
    name
    kind
  }
}`) as unknown as TypedDocumentString<MyRedemptionsQuery, MyRedemptionsQueryVariables>;
export const RedeemMallItemDocument = new TypedDocumentString(`
    mutation RedeemMallItem($input: RedeemInput!) {
  redeemMallItem(input: $input) {
    ...RedeemOutcome
  }
}
    fragment RedemptionView on Redemption {
  id
  points
  status
  pickupCode
  topupFailure
  createdAt
  collectedAt
  item {
    id
    name
    kind
  }
}
fragment RedeemOutcome on RedeemResult {
  __typename
  ... on Redemption {
    ...RedemptionView
  }
  ... on InsufficientPointsError {
    errorCode
    message
    balance
    required
  }
  ... on OutOfStockError {
    errorCode
    message
  }
}`) as unknown as TypedDocumentString<RedeemMallItemMutation, RedeemMallItemMutationVariables>;
export const MyPaymentCodeDocument = new TypedDocumentString(`
    query MyPaymentCode {
  myPaymentCode {
    code
    expiresAt
  }
  myPointsBalance
}
    `) as unknown as TypedDocumentString<MyPaymentCodeQuery, MyPaymentCodeQueryVariables>;
export const MyPaymentByCodeDocument = new TypedDocumentString(`
    query MyPaymentByCode($code: String!) {
  myPaymentByCode(code: $code) {
    points
    createdAt
    merchant {
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<MyPaymentByCodeQuery, MyPaymentByCodeQueryVariables>;
export const PointsSummaryDocument = new TypedDocumentString(`
    query PointsSummary {
  myPointsBalance
  myHouseholdPoints {
    householdName
    total
    members {
      accountId
      displayName
      balance
    }
  }
}
    `) as unknown as TypedDocumentString<PointsSummaryQuery, PointsSummaryQueryVariables>;
export const OpenActivitiesDocument = new TypedDocumentString(`
    query OpenActivities($first: Int!, $after: String) {
  openActivities(first: $first, after: $after) {
    items {
      ...ActivitySummary
    }
    nextCursor
  }
}
    fragment ActivitySummary on Activity {
  id
  title
  points
  place
  startsAt
  endsAt
  evidence
  placesLeft
  scene {
    id
    name
  }
  myParticipation {
    id
    status
  }
}`) as unknown as TypedDocumentString<OpenActivitiesQuery, OpenActivitiesQueryVariables>;
export const MyPointsHistoryDocument = new TypedDocumentString(`
    query MyPointsHistory($first: Int!, $after: String) {
  myPointsHistory(first: $first, after: $after) {
    items {
      id
      amount
      balanceAfter
      createdAt
      kind
      reason
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<MyPointsHistoryQuery, MyPointsHistoryQueryVariables>;
export const MyDeductionsDocument = new TypedDocumentString(`
    query MyDeductions($first: Int!, $after: String) {
  myDeductions(first: $first, after: $after) {
    items {
      ...DeductionView
    }
    nextCursor
  }
}
    fragment DeductionView on Deduction {
  id
  points
  reason
  createdAt
  appealStatus
  appealReason
  appealedAt
  appealDecisionNote
}`) as unknown as TypedDocumentString<MyDeductionsQuery, MyDeductionsQueryVariables>;
export const AppealDeductionDocument = new TypedDocumentString(`
    mutation AppealDeduction($deductionId: ID!, $reason: String!) {
  appealDeduction(deductionId: $deductionId, reason: $reason) {
    ...DeductionView
  }
}
    fragment DeductionView on Deduction {
  id
  points
  reason
  createdAt
  appealStatus
  appealReason
  appealedAt
  appealDecisionNote
}`) as unknown as TypedDocumentString<AppealDeductionMutation, AppealDeductionMutationVariables>;
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