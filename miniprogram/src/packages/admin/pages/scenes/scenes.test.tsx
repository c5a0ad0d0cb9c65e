import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs, variablesOf } from '@/test/session';
import ScenesPage from './index';

const fiveWaters = {
  id: '2',
  module: 'ECOLOGY',
  name: '五水共治',
  description: '河道巡查、护河保洁、节水护水',
  enabled: true,
  defaultPoints: 10,
  customised: false,
};

describe('场景管理: this village’s own view of the county’s scenes', () => {
  beforeEach(() => {
    signInAs('赵国强', ['VILLAGE_ADMIN', 'VILLAGER'], '4');
    let current = fiveWaters;
    stubGraphQL({
      AdminScenes: () => ({ data: { scenes: [current] } }),
      UpdateScene: ({ input }) => {
        current = { ...current, ...(input as typeof current), customised: true };
        return { data: { updateScene: { __typename: 'Scene', ...current } } };
      },
    });
  });

  it('says a change is for this village only, and saves new default points', async () => {
    render(<ScenesPage />);
    expect(await screen.findByText(/这里的修改只对本村有效/)).toBeTruthy();
    const row = await screen.findByTestId('scene');
    expect(within(row).getByTestId('scene-default-points').textContent).toBe('默认 10 工分');

    fireEvent.click(within(row).getByText('修改'));
    fireEvent.input(within(row).getByTestId('scene-default-points-input'), { target: { value: '15' } });
    fireEvent.click(within(row).getByText('保存'));
    await waitFor(() => expect(screen.getByTestId('scene-default-points').textContent).toBe('默认 15 工分 · 本村改过'));
    expect(variablesOf('UpdateScene', vi.mocked(Taro.request).mock.calls)).toEqual([
      { id: '2', input: { name: '五水共治', description: '河道巡查、护河保洁、节水护水', enabled: true, defaultPoints: 15 } },
    ]);
  });

  it('refuses default points out of range before sending them', async () => {
    render(<ScenesPage />);
    const row = await screen.findByTestId('scene');
    fireEvent.click(within(row).getByText('修改'));
    fireEvent.input(within(row).getByTestId('scene-default-points-input'), { target: { value: '0' } });
    fireEvent.click(within(row).getByText('保存'));
    expect(await screen.findByText('默认工分填 1 到 1000', { selector: '[data-testid="scene-default-points-input-error"]' })).toBeTruthy();
    expect(variablesOf('UpdateScene', vi.mocked(Taro.request).mock.calls)).toEqual([]);
  });
});
