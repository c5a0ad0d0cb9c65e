import { describe, expect, it } from 'vitest';
import { ZHEJIANG_CITIES, ZHEJIANG_REGION_CODES, districtOfAddress, regionByCode } from './zhejiang-regions';

describe("Zhejiang's regions", () => {
  it('lists the 11 cities and their 90 county-level districts, each code once and within its city', () => {
    expect(ZHEJIANG_CITIES).toHaveLength(11);
    expect(ZHEJIANG_CITIES.flatMap((c) => c.districts)).toHaveLength(90);
    expect(new Set(ZHEJIANG_REGION_CODES).size).toBe(101);
    for (const c of ZHEJIANG_CITIES) for (const d of c.districts) expect(d.code.slice(0, 4)).toBe(c.code.slice(0, 4));
  });

  it('names a code in full, with its city, and knows no other code', () => {
    expect(regionByCode('330109')).toEqual({ code: '330109', cityCode: '330100', name: '杭州市萧山区' });
    expect(regionByCode('330300')).toEqual({ code: '330300', cityCode: '330300', name: '温州市' });
    expect(regionByCode('440106')).toBeNull();
    expect(regionByCode('杭州市萧山区')).toBeNull();
  });

  it('finds the district of a registered address, however it starts', () => {
    expect(districtOfAddress('杭州市萧山区戴村镇大石盖村 18 号')).toBe('杭州市萧山区');
    expect(districtOfAddress('浙江省金华市浦江县浦阳街道')).toBe('金华市浦江县');
    expect(districtOfAddress('浙江杭州萧山区城厢街道')).toBe('杭州市萧山区');
    expect(districtOfAddress('萧山区戴村镇老街 56 号')).toBe('杭州市萧山区');
    expect(districtOfAddress('宁波市某某路 1 号')).toBe('宁波市');
    expect(districtOfAddress('广州市天河区体育西路')).toBeNull();
  });
});
