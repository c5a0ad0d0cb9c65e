import Taro from '@tarojs/taro';
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs } from '@/test/session';
import { ROUTES } from '@/routes';
import ConsumerProfilePage from './index';

describe('consumer account page', () => {
  beforeEach(() => {
    signInAs('王女士', ['CONSUMER']);
    stubGraphQL({ ConsumerProfile: () => ({ data: { me: { id: 'a1', displayName: '王女士', phone: '13800001234' } } }) });
  });

  it('shows the account with its phone masked', async () => {
    render(<ConsumerProfilePage />);
    expect(await screen.findByText('王女士')).toBeTruthy();
    expect(screen.getByText('138****1234')).toBeTruthy();
  });

  it('leads to the complaints, scans and notices that work today, and promises only what does not', async () => {
    render(<ConsumerProfilePage />);
    await screen.findByText('王女士');
    fireEvent.click(screen.getByTestId('profile-complaints'));
    expect(vi.mocked(Taro.navigateTo)).toHaveBeenLastCalledWith({ url: ROUTES.consumerComplaints });
    fireEvent.click(screen.getByTestId('profile-scans'));
    expect(vi.mocked(Taro.navigateTo)).toHaveBeenLastCalledWith({ url: ROUTES.consumerScans });
    expect(screen.queryByText(/投诉即将开放/)).toBeNull();
  });
});
