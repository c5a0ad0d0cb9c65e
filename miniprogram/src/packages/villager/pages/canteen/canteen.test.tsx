import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays, chinaToday } from '@/domain/china-time';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import CanteenPage from './index';

const tomorrow = addDays(chinaToday(), 1);
let reserved: string[] = [];

function menu() {
  return {
    id: '7',
    serviceDate: tomorrow,
    note: '',
    myReservations: reserved,
    dishes: [{ id: '31', meal: 'LUNCH', name: '红烧肉', description: '', likeCount: 2, likedByMe: false, comments: [] }],
  };
}

function show(more: Record<string, (variables: Record<string, unknown>) => unknown> = {}) {
  stubGraphQL({
    CanteenDay: () => ({ data: { canteenMenu: menu() } }),
    CanteenPastMenus: () => ({ data: { canteenMenus: { items: [], nextCursor: null } } }),
    ReserveMeal: (v) => {
      reserved = [v.meal as string];
      return { data: { reserveMeal: { __typename: 'MealReservation', menuId: v.menuId, meal: v.meal, reserved: true } } };
    },
    ...more,
  });
  render(<CanteenPage />);
}

const calls = (operation: string) => variablesOf(operation, vi.mocked(Taro.request).mock.calls);

describe('老年食堂', () => {
  beforeEach(() => {
    reserved = [];
    signInAs('王秀英', ['VILLAGER']);
  });

  it('books tomorrow’s lunch and says so', async () => {
    show();
    fireEvent.click(await screen.findByTestId('reserve-LUNCH'));
    expect(await screen.findByText('午餐订好了，到时候来吃')).toBeTruthy();
    await screen.findByTestId('reserved-LUNCH');
    expect(calls('ReserveMeal')).toEqual([{ menuId: '7', meal: 'LUNCH' }]);
  });

  it('reloads the menu when the booking was refused because it changed meanwhile', async () => {
    show({
      ReserveMeal: () => {
        reserved = ['LUNCH'];
        return {
          data: {
            reserveMeal: { __typename: 'WorkpointsError', errorCode: 'ALREADY_RESERVED', message: '您已经预订过这一餐了', field: null },
          },
        };
      },
    });
    fireEvent.click(await screen.findByTestId('reserve-LUNCH'));
    expect(await screen.findByText('您已经预订过这一餐了')).toBeTruthy();
    await screen.findByTestId('reserved-LUNCH');
  });

  it('asks for a few words before sending a comment, and shows the BFF refusal under the field', async () => {
    show({
      CommentOnDish: () => ({
        data: { commentOnDish: { __typename: 'WorkpointsError', errorCode: 'BAD_USER_INPUT', message: '意见最多 200 字', field: 'body' } },
      }),
    });
    const dish = await screen.findByTestId('dish');
    fireEvent.click(within(dish).getByTestId('dish-comment'));
    fireEvent.click(screen.getByTestId('dish-comment-send'));
    expect(screen.getByTestId('dish-comment-input-error').textContent).toBe('请先写几个字');
    expect(calls('CommentOnDish')).toHaveLength(0);

    fireEvent.change(screen.getByTestId('dish-comment-input'), { target: { value: '太咸了' } });
    expect(screen.queryByTestId('dish-comment-input-error')).toBeNull();
    fireEvent.click(screen.getByTestId('dish-comment-send'));
    await waitFor(() => expect(screen.getByTestId('dish-comment-input-error').textContent).toBe('意见最多 200 字'));
    expect(calls('CommentOnDish')).toEqual([{ dishId: '31', body: '太咸了' }]);
  });
});
