import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ActionButton } from './ActionButton';

describe('<ActionButton>', () => {
  it('looks disabled when it cannot be pressed, and is not pressed', () => {
    const onClick = vi.fn();
    render(
      <ActionButton className="wide-button" disabled onClick={onClick} data-testid="redeem">
        工分不够
      </ActionButton>,
    );
    const button = screen.getByTestId('redeem');
    expect(button.className.split(' ')).toEqual(['wide-button', 'action-button--disabled']);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('keeps its own look while busy: it spins rather than greys out', () => {
    render(
      <ActionButton className="wide-button" disabled loading data-testid="pay">
        付款
      </ActionButton>,
    );
    const button = screen.getByTestId('pay');
    expect(button.className).toBe('wide-button');
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.getAttribute('aria-disabled')).toBe('true');
  });

  it('looks like itself when it can be pressed', () => {
    const onClick = vi.fn();
    render(
      <ActionButton className="wide-button" onClick={onClick} data-testid="redeem">
        兑换
      </ActionButton>,
    );
    fireEvent.click(screen.getByTestId('redeem'));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('redeem').getAttribute('aria-disabled')).toBe('false');
  });
});
