import Taro from '@tarojs/taro';
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs } from '@/test/session';
import RegulatorDeskPage from './index';

describe('监管工作台: complaints', () => {
  beforeEach(() => signInAs('周敏', ['REGULATOR'], '5'));

  it('opens the complaint desk from its own section, not among the food-safety tiles', async () => {
    stubGraphQL({ RegulatorDesk: () => ({ data: { me: { id: '5', displayName: '周敏', phone: null, village: null } } }) });
    render(<RegulatorDeskPage />);
    await screen.findByText('周敏');
    expect(screen.queryByTestId('service-complaints')).toBeNull();
    fireEvent.click(screen.getByTestId('desk-complaints'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/regulator/pages/complaints/index' });
  });
});
