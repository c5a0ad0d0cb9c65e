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

/** 扣分 */
export type DeductPointsInput = {
  idempotencyKey: string;
  points: number;
  reason: string;
  villagerId: string | number;
};

export type DishInput = {
  description?: string;
  meal: Meal;
  name: string;
};

/** 活动凭证要求 */
export type EvidenceRule =
  /** 现场扫码签到 */
  | 'CHECKIN'
  /** 签到并上传照片 */
  | 'CHECKIN_AND_PHOTO'
  /** 上传照片 */
  | 'PHOTO';

/** 村干部为没有手机的老人代办 */
export type FileOnBehalfInput = {
  activityId: string | number;
  note: string;
  photoKeys: Array<string>;
  /** 村民的账号 */
  villagerId: string | number;
};

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

/** 发布活动 */
export type PublishActivityInput = {
  /** 名额；不填为不限 */
  capacity?: number | null | undefined;
  description: string;
  endsAt: string;
  evidence: EvidenceRule;
  place: string;
  /** 完成并审核通过后奖励的工分 */
  points: number;
  sceneId: string | number;
  signupClosesAt: string;
  signupOpensAt: string;
  startsAt: string;
  title: string;
};

/** 发布老年食堂菜单 */
export type PublishMenuInput = {
  dishes: Array<DishInput>;
  note?: string;
  /** 供餐日期 YYYY-MM-DD */
  serviceDate: string;
};

/** 待领取 · 已领取 · 充值中 · 已到账 · 充值失败（已退回工分） */
export type RedemptionStatus =
  | 'AWAITING_PICKUP'
  | 'COLLECTED'
  | 'TOPUP_DONE'
  | 'TOPUP_FAILED'
  | 'TOPUP_PENDING';

/** 工分商城商品 */
export type SaveMallItemInput = {
  active: boolean;
  /** 话费：元；流量：MB；实物：0 */
  faceValue: number;
  /** 不填为新增 */
  id?: string | number | null | undefined;
  kind: MallItemKind;
  name: string;
  pointsPrice: number;
  stock: number;
};

/** 村里与商户结算 */
export type SettleShopInput = {
  idempotencyKey: string;
  merchantId: string | number;
  points: number;
};

/** 修改场景 */
export type UpdateSceneInput = {
  description: string;
  enabled: boolean;
  name: string;
};

/** 工分宝四大模块 */
export type WorkpointsModule =
  /** 美丽家园 */
  | 'BEAUTIFUL_HOME'
  /** 生态环境 */
  | 'ECOLOGY'
  /** 乡村治理 */
  | 'GOVERNANCE'
  /** 党建文化 */
  | 'PARTY_CULTURE';

export type VillageMembersQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type VillageMembersQuery = { villageMembers: { nextCursor: string | null, items: Array<{ id: string, displayName: string, phone: string | null, household: { id: string, name: string } | null }> } };

export type AdminActivitiesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type AdminActivitiesQuery = { villageActivities: { nextCursor: string | null, items: Array<{ id: string, title: string, points: number, place: string, startsAt: string, endsAt: string, evidence: EvidenceRule, capacity: number | null, signupCount: number, cancelledAt: string | null, scene: { id: string, name: string } }> } };

export type CancelActivityMutationVariables = Exact<{
  activityId: string | number;
}>;


export type CancelActivityMutation = { cancelActivity: { id: string, cancelledAt: string | null } };

export type PublishCanteenMenuMutationVariables = Exact<{
  input: PublishMenuInput;
}>;


export type PublishCanteenMenuMutation = { publishCanteenMenu: { id: string, serviceDate: string } };

export type CanteenFeedbackQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type CanteenFeedbackQuery = { canteenMenus: { nextCursor: string | null, items: Array<{ id: string, serviceDate: string, note: string, reservationCounts: Array<{ meal: Meal, count: number }>, dishes: Array<{ id: string, meal: Meal, name: string, likeCount: number, comments: Array<{ id: string, body: string, createdAt: string, adoptedInMenuId: string | null }> }> }> } };

export type AdoptDishCommentMutationVariables = Exact<{
  commentId: string | number;
  laterMenuId: string | number;
}>;


export type AdoptDishCommentMutation = { adoptDishComment: { id: string, adoptedInMenuId: string | null } };

export type ActivityCheckinQueryVariables = Exact<{
  activityId: string | number;
}>;


export type ActivityCheckinQuery = { activityCheckinCode: string, activity: { id: string, title: string, place: string, startsAt: string, endsAt: string, evidence: EvidenceRule } };

export type DeductPointsMutationVariables = Exact<{
  input: DeductPointsInput;
}>;


export type DeductPointsMutation = { deductPoints: { id: string, points: number, reason: string, villager: { id: string, displayName: string } } };

export type PendingAppealsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PendingAppealsQuery = { pendingAppeals: { nextCursor: string | null, items: Array<{ id: string, points: number, reason: string, createdAt: string, appealReason: string | null, appealedAt: string | null, villager: { id: string, displayName: string } }> } };

export type DecideAppealMutationVariables = Exact<{
  deductionId: string | number;
  overturn: boolean;
  note: string;
}>;


export type DecideAppealMutation = { decideAppeal: { id: string, appealStatus: AppealStatus | null, appealDecisionNote: string | null } };

export type FileOnBehalfActivityQueryVariables = Exact<{
  activityId: string | number;
}>;


export type FileOnBehalfActivityQuery = { activity: { id: string, title: string, points: number, evidence: EvidenceRule } };

export type FileOnBehalfMutationVariables = Exact<{
  input: FileOnBehalfInput;
}>;


export type FileOnBehalfMutation = { fileOnBehalf: { id: string, status: ParticipationStatus, villager: { id: string, displayName: string } } };

export type AdminMallItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminMallItemsQuery = { mallItems: Array<{ id: string, name: string, kind: MallItemKind, faceValue: number, pointsPrice: number, stock: number, active: boolean }> };

export type SaveMallItemMutationVariables = Exact<{
  input: SaveMallItemInput;
}>;


export type SaveMallItemMutation = { saveMallItem: { id: string, name: string, kind: MallItemKind, faceValue: number, pointsPrice: number, stock: number, active: boolean } };

export type RedemptionsAwaitingPickupQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type RedemptionsAwaitingPickupQuery = { redemptionsAwaitingPickup: { nextCursor: string | null, items: Array<{ id: string, pickupCode: string | null, createdAt: string, points: number, item: { id: string, name: string }, villager: { id: string, displayName: string } }> } };

export type MarkRedemptionCollectedMutationVariables = Exact<{
  pickupCode: string;
}>;


export type MarkRedemptionCollectedMutation = { markRedemptionCollected: { id: string, status: RedemptionStatus, item: { id: string, name: string }, villager: { id: string, displayName: string } } };

export type ActivityScenesQueryVariables = Exact<{ [key: string]: never; }>;


export type ActivityScenesQuery = { scenes: Array<{ id: string, name: string, module: WorkpointsModule, description: string, enabled: boolean }> };

export type PublishActivityMutationVariables = Exact<{
  input: PublishActivityInput;
}>;


export type PublishActivityMutation = { publishActivity: { id: string, title: string } };

export type ReviewQueueQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ReviewQueueQuery = { reviewQueue: { nextCursor: string | null, items: Array<{ id: string, note: string, photoUrls: Array<string>, submittedAt: string | null, checkedInAt: string | null, filedOnBehalf: boolean, villager: { id: string, displayName: string }, activity: { id: string, title: string, points: number, evidence: EvidenceRule } }> } };

export type ApproveParticipationMutationVariables = Exact<{
  participationId: string | number;
}>;


export type ApproveParticipationMutation = { approveParticipation: { id: string, status: ParticipationStatus } };

export type RejectParticipationMutationVariables = Exact<{
  participationId: string | number;
  reason: string;
}>;


export type RejectParticipationMutation = { rejectParticipation: { id: string, status: ParticipationStatus, rejectReason: string | null } };

export type AdminScenesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminScenesQuery = { scenes: Array<{ id: string, module: WorkpointsModule, name: string, description: string, enabled: boolean }> };

export type UpdateSceneMutationVariables = Exact<{
  id: string | number;
  input: UpdateSceneInput;
}>;


export type UpdateSceneMutation = { updateScene: { id: string, name: string, description: string, enabled: boolean } };

export type SettlementOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type SettlementOverviewQuery = { pointsRate: number | null, shopPointsBalances: Array<{ merchantId: string, balance: number, merchant: { id: string, displayName: string } }> };

export type VillageSettlementsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type VillageSettlementsQuery = { pointsSettlements: { nextCursor: string | null, items: Array<{ id: string, points: number, fenPerPoint: number, amountFen: number, createdAt: string, merchant: { id: string, displayName: string } }> } };

export type SettlementViewFragment = { id: string, points: number, fenPerPoint: number, amountFen: number, createdAt: string, merchant: { id: string, displayName: string } };

export type SetPointsRateMutationVariables = Exact<{
  fenPerPoint: number;
}>;


export type SetPointsRateMutation = { setPointsRate: number };

export type SettleShopPointsMutationVariables = Exact<{
  input: SettleShopInput;
}>;


export type SettleShopPointsMutation = { settleShopPoints: { id: string, points: number, fenPerPoint: number, amountFen: number, createdAt: string, merchant: { id: string, displayName: string } } };

export type AdminVillageQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminVillageQuery = { me: { id: string, displayName: string, village: { id: string, name: string, town: string, county: string } | null } };

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
export const SettlementViewFragmentDoc = new TypedDocumentString(`
    fragment SettlementView on PointsSettlement {
  id
  points
  fenPerPoint
  amountFen
  createdAt
  merchant {
    id
    displayName
  }
}
    `, {"fragmentName":"SettlementView"}) as unknown as TypedDocumentString<SettlementViewFragment, unknown>;
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
export const AdminActivitiesDocument = new TypedDocumentString(`
    query AdminActivities($first: Int!, $after: String) {
  villageActivities(first: $first, after: $after) {
    items {
      id
      title
      points
      place
      startsAt
      endsAt
      evidence
      capacity
      signupCount
      cancelledAt
      scene {
        id
        name
      }
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<AdminActivitiesQuery, AdminActivitiesQueryVariables>;
export const CancelActivityDocument = new TypedDocumentString(`
    mutation CancelActivity($activityId: ID!) {
  cancelActivity(activityId: $activityId) {
    id
    cancelledAt
  }
}
    `) as unknown as TypedDocumentString<CancelActivityMutation, CancelActivityMutationVariables>;
export const PublishCanteenMenuDocument = new TypedDocumentString(`
    mutation PublishCanteenMenu($input: PublishMenuInput!) {
  publishCanteenMenu(input: $input) {
    id
    serviceDate
  }
}
    `) as unknown as TypedDocumentString<PublishCanteenMenuMutation, PublishCanteenMenuMutationVariables>;
export const CanteenFeedbackDocument = new TypedDocumentString(`
    query CanteenFeedback($first: Int!, $after: String) {
  canteenMenus(first: $first, after: $after) {
    items {
      id
      serviceDate
      note
      reservationCounts {
        meal
        count
      }
      dishes {
        id
        meal
        name
        likeCount
        comments {
          id
          body
          createdAt
          adoptedInMenuId
        }
      }
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<CanteenFeedbackQuery, CanteenFeedbackQueryVariables>;
export const AdoptDishCommentDocument = new TypedDocumentString(`
    mutation AdoptDishComment($commentId: ID!, $laterMenuId: ID!) {
  adoptDishComment(commentId: $commentId, laterMenuId: $laterMenuId) {
    id
    adoptedInMenuId
  }
}
    `) as unknown as TypedDocumentString<AdoptDishCommentMutation, AdoptDishCommentMutationVariables>;
export const ActivityCheckinDocument = new TypedDocumentString(`
    query ActivityCheckin($activityId: ID!) {
  activityCheckinCode(activityId: $activityId)
  activity(id: $activityId) {
    id
    title
    place
    startsAt
    endsAt
    evidence
  }
}
    `) as unknown as TypedDocumentString<ActivityCheckinQuery, ActivityCheckinQueryVariables>;
export const DeductPointsDocument = new TypedDocumentString(`
    mutation DeductPoints($input: DeductPointsInput!) {
  deductPoints(input: $input) {
    id
    points
    reason
    villager {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<DeductPointsMutation, DeductPointsMutationVariables>;
export const PendingAppealsDocument = new TypedDocumentString(`
    query PendingAppeals($first: Int!, $after: String) {
  pendingAppeals(first: $first, after: $after) {
    items {
      id
      points
      reason
      createdAt
      appealReason
      appealedAt
      villager {
        id
        displayName
      }
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<PendingAppealsQuery, PendingAppealsQueryVariables>;
export const DecideAppealDocument = new TypedDocumentString(`
    mutation DecideAppeal($deductionId: ID!, $overturn: Boolean!, $note: String!) {
  decideAppeal(deductionId: $deductionId, overturn: $overturn, note: $note) {
    id
    appealStatus
    appealDecisionNote
  }
}
    `) as unknown as TypedDocumentString<DecideAppealMutation, DecideAppealMutationVariables>;
export const FileOnBehalfActivityDocument = new TypedDocumentString(`
    query FileOnBehalfActivity($activityId: ID!) {
  activity(id: $activityId) {
    id
    title
    points
    evidence
  }
}
    `) as unknown as TypedDocumentString<FileOnBehalfActivityQuery, FileOnBehalfActivityQueryVariables>;
export const FileOnBehalfDocument = new TypedDocumentString(`
    mutation FileOnBehalf($input: FileOnBehalfInput!) {
  fileOnBehalf(input: $input) {
    id
    status
    villager {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<FileOnBehalfMutation, FileOnBehalfMutationVariables>;
export const AdminMallItemsDocument = new TypedDocumentString(`
    query AdminMallItems {
  mallItems {
    id
    name
    kind
    faceValue
    pointsPrice
    stock
    active
  }
}
    `) as unknown as TypedDocumentString<AdminMallItemsQuery, AdminMallItemsQueryVariables>;
export const SaveMallItemDocument = new TypedDocumentString(`
    mutation SaveMallItem($input: SaveMallItemInput!) {
  saveMallItem(input: $input) {
    id
    name
    kind
    faceValue
    pointsPrice
    stock
    active
  }
}
    `) as unknown as TypedDocumentString<SaveMallItemMutation, SaveMallItemMutationVariables>;
export const RedemptionsAwaitingPickupDocument = new TypedDocumentString(`
    query RedemptionsAwaitingPickup($first: Int!, $after: String) {
  redemptionsAwaitingPickup(first: $first, after: $after) {
    items {
      id
      pickupCode
      createdAt
      points
      item {
        id
        name
      }
      villager {
        id
        displayName
      }
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<RedemptionsAwaitingPickupQuery, RedemptionsAwaitingPickupQueryVariables>;
export const MarkRedemptionCollectedDocument = new TypedDocumentString(`
    mutation MarkRedemptionCollected($pickupCode: String!) {
  markRedemptionCollected(pickupCode: $pickupCode) {
    id
    status
    item {
      id
      name
    }
    villager {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<MarkRedemptionCollectedMutation, MarkRedemptionCollectedMutationVariables>;
export const ActivityScenesDocument = new TypedDocumentString(`
    query ActivityScenes {
  scenes {
    id
    name
    module
    description
    enabled
  }
}
    `) as unknown as TypedDocumentString<ActivityScenesQuery, ActivityScenesQueryVariables>;
export const PublishActivityDocument = new TypedDocumentString(`
    mutation PublishActivity($input: PublishActivityInput!) {
  publishActivity(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<PublishActivityMutation, PublishActivityMutationVariables>;
export const ReviewQueueDocument = new TypedDocumentString(`
    query ReviewQueue($first: Int!, $after: String) {
  reviewQueue(first: $first, after: $after) {
    items {
      id
      note
      photoUrls
      submittedAt
      checkedInAt
      filedOnBehalf
      villager {
        id
        displayName
      }
      activity {
        id
        title
        points
        evidence
      }
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ApproveParticipationDocument = new TypedDocumentString(`
    mutation ApproveParticipation($participationId: ID!) {
  approveParticipation(participationId: $participationId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ApproveParticipationMutation, ApproveParticipationMutationVariables>;
export const RejectParticipationDocument = new TypedDocumentString(`
    mutation RejectParticipation($participationId: ID!, $reason: String!) {
  rejectParticipation(participationId: $participationId, reason: $reason) {
    id
    status
    rejectReason
  }
}
    `) as unknown as TypedDocumentString<RejectParticipationMutation, RejectParticipationMutationVariables>;
export const AdminScenesDocument = new TypedDocumentString(`
    query AdminScenes {
  scenes {
    id
    module
    name
    description
    enabled
  }
}
    `) as unknown as TypedDocumentString<AdminScenesQuery, AdminScenesQueryVariables>;
export const UpdateSceneDocument = new TypedDocumentString(`
    mutation UpdateScene($id: ID!, $input: UpdateSceneInput!) {
  updateScene(id: $id, input: $input) {
    id
    name
    description
    enabled
  }
}
    `) as unknown as TypedDocumentString<UpdateSceneMutation, UpdateSceneMutationVariables>;
export const SettlementOverviewDocument = new TypedDocumentString(`
    query SettlementOverview {
  pointsRate
  shopPointsBalances {
    merchantId
    balance
    merchant {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<SettlementOverviewQuery, SettlementOverviewQueryVariables>;
export const VillageSettlementsDocument = new TypedDocumentString(`
    query VillageSettlements($first: Int!, $after: String) {
  pointsSettlements(first: $first, after: $after) {
    items {
      ...SettlementView
    }
    nextCursor
  }
}
    fragment SettlementView on PointsSettlement {
  id
  points
  fenPerPoint
  amountFen
  createdAt
  merchant {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<VillageSettlementsQuery, VillageSettlementsQueryVariables>;
export const SetPointsRateDocument = new TypedDocumentString(`
    mutation SetPointsRate($fenPerPoint: Int!) {
  setPointsRate(fenPerPoint: $fenPerPoint)
}
    `) as unknown as TypedDocumentString<SetPointsRateMutation, SetPointsRateMutationVariables>;
export const SettleShopPointsDocument = new TypedDocumentString(`
    mutation SettleShopPoints($input: SettleShopInput!) {
  settleShopPoints(input: $input) {
    ...SettlementView
  }
}
    fragment SettlementView on PointsSettlement {
  id
  points
  fenPerPoint
  amountFen
  createdAt
  merchant {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<SettleShopPointsMutation, SettleShopPointsMutationVariables>;
export const AdminVillageDocument = new TypedDocumentString(`
    query AdminVillage {
  me {
    id
    displayName
    village {
      id
      name
      town
      county
    }
  }
}
    `) as unknown as TypedDocumentString<AdminVillageQuery, AdminVillageQueryVariables>;