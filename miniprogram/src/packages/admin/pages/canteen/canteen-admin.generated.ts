/* Generated from the .graphql file beside it by `npm -w shared-types run codegen`: do not edit. */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongfu/shared-types';

import { TypedDocumentString } from '@/api/typed-document-string.generated';
export type PublishCanteenMenuMutationVariables = Exact<{
  input: Types.PublishMenuInput;
}>;


export type PublishCanteenMenuMutation = { publishCanteenMenu:
    | { __typename: 'CanteenMenu', id: string, serviceDate: string }
    | { __typename: 'WorkpointsError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };

export type CanteenFeedbackQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type CanteenFeedbackQuery = { canteenMenus: { nextCursor: string | null, items: Array<{ id: string, serviceDate: string, note: string, reservationCounts: Array<{ meal: Types.Meal, count: number }>, dishes: Array<{ id: string, meal: Types.Meal, name: string, likeCount: number, comments: Array<{ id: string, body: string, createdAt: string, adoptedInMenuId: string | null }> }> }> } };

export type AdoptDishCommentMutationVariables = Exact<{
  commentId: string | number;
  laterMenuId: string | number;
}>;


export type AdoptDishCommentMutation = { adoptDishComment:
    | { __typename: 'DishComment', id: string, adoptedInMenuId: string | null }
    | { __typename: 'WorkpointsError', errorCode: Types.ErrorCode, message: string, field: string | null }
   };


export const PublishCanteenMenuDocument = new TypedDocumentString(`
    mutation PublishCanteenMenu($input: PublishMenuInput!) {
  publishCanteenMenu(input: $input) {
    __typename
    ... on CanteenMenu {
      id
      serviceDate
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<PublishCanteenMenuMutation, PublishCanteenMenuMutationVariables>;
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
    __typename
    ... on DishComment {
      id
      adoptedInMenuId
    }
    ...Refusal
  }
}
    fragment Refusal on ErrorResult {
  errorCode
  message
  field
}`) as unknown as TypedDocumentString<AdoptDishCommentMutation, AdoptDishCommentMutationVariables>;