import Taro from '@tarojs/taro';
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs } from '@/test/session';
import RegulatorDeskPage from './index';

describe('监管工作台', () => {
  beforeEach(() => signInAs('周敏', ['REGULATOR'], '5'));

  it('shows the regulator and opens sampling, recalls and counterfeit flags', async () => {
    stubGraphQL({
      RegulatorDesk: () => ({
        data: { me: { id: '5', displayName: '周敏', phone: '13800000005', village: { id: '1', county: '浦江县' } } },
      }),
    });
    render(<RegulatorDeskPage />);
    expect(await screen.findByText('周敏')).toBeTruthy();
    expect(screen.getByText('浦江县')).toBeTruthy();

    fireEvent.click(screen.getByTestId('service-sampling'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/regulator/pages/sampling/index' });
    fireEvent.click(screen.getByTestId('service-recalls'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/regulator/pages/recalls/index' });
    fireEvent.click(screen.getByTestId('service-flags'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/regulator/pages/flags/index' });
  });
});
