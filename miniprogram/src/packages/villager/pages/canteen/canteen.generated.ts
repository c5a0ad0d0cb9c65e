/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type CanteenDayQueryVariables = Exact<{
  serviceDate?: string | null | undefined;
}>;


export type CanteenDayQuery = { canteenMenu: { id: string, serviceDate: string, note: string, myReservations: Array<Types.Meal>, dishes: Array<{ id: string, meal: Types.Meal, name: string, description: string, likeCount: number, likedByMe: boolean, comments: Array<{ id: string, body: string, createdAt: string }> }> } | null };

export type CanteenMenuViewFragment = { id: string, serviceDate: string, note: string, myReservations: Array<Types.Meal>, dishes: Array<{ id: string, meal: Types.Meal, name: string, description: string, likeCount: number, likedByMe: boolean, comments: Array<{ id: string, body: string, createdAt: string }> }> };

export type CanteenPastMenusQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type CanteenPastMenusQuery = { canteenMenus: { nextCursor: string | null, items: Array<{ id: string, serviceDate: string, dishes: Array<{ id: string, meal: Types.Meal, name: string }> }> } };

export type ReserveMealMutationVariables = Exact<{
  menuId: string | number;
  meal: Types.Meal;
}>;


export type ReserveMealMutation = { reserveMeal:
    | { __typename: 'MealReservation', menuId: string, meal: Types.Meal, reserved: boolean }
    | { __typename: 'WorkpointsError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export type CancelMealReservationMutationVariables = Exact<{
  menuId: string | number;
  meal: Types.Meal;
}>;


export type CancelMealReservationMutation = { cancelMealReservation:
    | { __typename: 'MealReservation', menuId: string, meal: Types.Meal, reserved: boolean }
    | { __typename: 'WorkpointsError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export type ToggleDishLikeMutationVariables = Exact<{
  dishId: string | number;
}>;


export type ToggleDishLikeMutation = { toggleDishLike:
    | { __typename: 'DishLikeState', dishId: string, liked: boolean, likeCount: number }
    | { __typename: 'WorkpointsError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export type CommentOnDishMutationVariables = Exact<{
  dishId: string | number;
  body: string;
}>;


export type CommentOnDishMutation = { commentOnDish:
    | { __typename: 'DishComment', id: string, body: string, createdAt: string }
    | { __typename: 'WorkpointsError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };

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
  reserveMeal(menuId: $menuId, meal: $meal) {
    __typename
    ... on MealReservation {
      menuId
      meal
      reserved
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<ReserveMealMutation, ReserveMealMutationVariables>;
export const CancelMealReservationDocument = new TypedDocumentString(`
    mutation CancelMealReservation($menuId: ID!, $meal: Meal!) {
  cancelMealReservation(menuId: $menuId, meal: $meal) {
    __typename
    ... on MealReservation {
      menuId
      meal
      reserved
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<CancelMealReservationMutation, CancelMealReservationMutationVariables>;
export const ToggleDishLikeDocument = new TypedDocumentString(`
    mutation ToggleDishLike($dishId: ID!) {
  toggleDishLike(dishId: $dishId) {
    __typename
    ... on DishLikeState {
      dishId
      liked
      likeCount
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<ToggleDishLikeMutation, ToggleDishLikeMutationVariables>;
export const CommentOnDishDocument = new TypedDocumentString(`
    mutation CommentOnDish($dishId: ID!, $body: String!) {
  commentOnDish(dishId: $dishId, body: $body) {
    __typename
    ... on DishComment {
      id
      body
      createdAt
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<CommentOnDishMutation, CommentOnDishMutationVariables>;