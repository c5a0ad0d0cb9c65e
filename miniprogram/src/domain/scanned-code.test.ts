import { describe, expect, it } from 'vitest';
import { destinationOf } from './scanned-code';

describe('what the scan tab does with a code', () => {
  it("sends a payment code to a shop's 收工分 page, and explains it to anyone else", () => {
    const code = 'GFP1.h0b.o.tox8al.U4PUI0vxvrWF.hk2018uzTYIfx0at';
    expect(destinationOf(code, ['MERCHANT', 'VILLAGER'])).toEqual({
      kind: 'open',
      url: `/packages/merchant/pages/take-points/index?code=${encodeURIComponent(code)}`,
    });
    expect(destinationOf(code, ['VILLAGER'])).toMatchObject({ kind: 'explain' });
  });

  it("sends a villager's check-in code to that activity", () => {
    const result = destinationOf(' GFA1.42.abcDEF_- ', ['VILLAGER']);
    expect(result).toEqual({
      kind: 'open',
      url: `/packages/villager/pages/activity/index?id=42&checkin=${encodeURIComponent('GFA1.42.abcDEF_-')}`,
    });
    expect(destinationOf('GFA1.42.abc', ['CONSUMER'])).toMatchObject({ kind: 'explain' });
  });

  it('treats anything else as a trace code', () => {
    expect(destinationOf('https://example.com/01/09506000134352/10/A1', ['CONSUMER'])).toEqual({
      kind: 'trace',
      code: 'https://example.com/01/09506000134352/10/A1',
    });
  });
});
