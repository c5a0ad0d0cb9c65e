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


export type ReserveMealMutation = { reserveMeal: boolean };

export type CancelMealReservationMutationVariables = Exact<{
  menuId: string | number;
  meal: Types.Meal;
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