import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { stubGraphQL } from '@/test/graphql-stub';
import { signInAs } from '@/test/session';
import PublishActivityPage from './index';

const scene = { id: '2', name: '五水共治', module: 'ECOLOGY', description: '河道巡查', enabled: true, defaultPoints: 15 };

describe('发布活动: what is wrong is said on the field, and gone once it is put right', () => {
  beforeEach(() => {
    signInAs('赵国强', ['VILLAGE_ADMIN', 'VILLAGER'], '4');
    stubGraphQL({ ActivityScenes: () => ({ data: { scenes: [scene] } }) });
  });

  it('a scene not picked: said under the choices, which take the focus, and cleared by picking one', async () => {
    render(<PublishActivityPage />);
    fireEvent.click(await screen.findByTestId('publish-submit'));
    expect(screen.getByTestId('scene-choice-error').textContent).toBe('请选择场景');
    expect(screen.getByTestId('publish-notice').textContent).toBe('请选择场景');
    expect(document.activeElement).toBe(screen.getByTestId('scene-choice'));
    expect(screen.getByTestId('scene-choice').getAttribute('aria-invalid')).toBe('true');

    fireEvent.click(screen.getByTestId('scene-choice-2'));
    expect(screen.queryByTestId('scene-choice-error')).toBeNull();
    expect(screen.queryByTestId('publish-notice')).toBeNull();
  });

  it('the next field at fault takes the cursor; a time put right clears its message', async () => {
    render(<PublishActivityPage />);
    fireEvent.click(await screen.findByTestId('scene-choice-2'));
    fireEvent.click(screen.getByTestId('publish-submit'));
    expect(screen.getByTestId('activity-title-input-error').textContent).toBe('活动名称 2–60 个字');
    expect(document.activeElement).toBe(screen.getByTestId('activity-title-input'));

    fireEvent.change(screen.getByTestId('activity-title-input'), { target: { value: '河道巡查' } });
    fireEvent.change(screen.getByTestId('activity-place-input'), { target: { value: '永兴河' } });
    const startsAt = (screen.getByTestId('starts-at') as HTMLInputElement).value;
    fireEvent.change(screen.getByTestId('ends-at'), { target: { value: startsAt } });
    fireEvent.click(screen.getByTestId('publish-submit'));
    expect(screen.getByTestId('ends-at-error').textContent).toBe('活动结束要晚于活动开始');
    expect(document.activeElement).toBe(screen.getByTestId('ends-at'));

    fireEvent.change(screen.getByTestId('ends-at'), { target: { value: `${startsAt.slice(0, 10)}T23:00` } });
    expect(screen.queryByTestId('ends-at-error')).toBeNull();
    expect(screen.queryByTestId('publish-notice')).toBeNull();
  });
});
