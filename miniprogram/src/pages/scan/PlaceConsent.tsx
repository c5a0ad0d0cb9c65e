import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ZHEJIANG_CITIES, regionByCode } from '@gongfu/shared-types/domain/zhejiang-regions';
import { ActionButton } from '@/components/ActionButton';
import { ChoiceChips } from '@/components/ChoiceChips';
import { Notice, type NoticeMessage } from '@/components/Notice';
import { placeName, scanPlace, useScanPlace } from '@/device/scan-place';

const CITY_CHOICES = ZHEJIANG_CITIES.map((city) => ({ value: city.code, label: city.name }));

/** A city's districts to pick from, after "the whole city" for someone who would rather not say. */
function districtChoices(cityCode: string) {
  const city = ZHEJIANG_CITIES.find((c) => c.code === cityCode)!;
  return [{ value: city.code, label: '不选区县' }, ...city.districts.map((d) => ({ value: d.code, label: d.name }))];
}

/**
 * 记录大致位置（可选）: off until the person picks their city (and, if they like, county) from
 * the list once; then that region goes with every scan from this phone. It says what is kept, and why.
 */
export function PlaceConsent() {
  const regionCode = useScanPlace();
  const [editing, setEditing] = useState(false);
  const [cityCode, setCityCode] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  function startEditing() {
    const current = regionCode ? regionByCode(regionCode) : null;
    setCityCode(current?.cityCode ?? null);
    setChosen(regionCode);
    setNotice(null);
    setEditing(true);
  }

  function pickCity(code: string) {
    setCityCode(code);
    setChosen(code);
  }

  function save() {
    if (!chosen) return setNotice({ tone: 'error', text: '请先点选您所在的市' });
    scanPlace.set(chosen);
    setEditing(false);
    setNotice({ tone: 'success', text: `已开启，以后扫码会记下“${placeName(chosen)}”` });
  }

  function turnOff() {
    scanPlace.set(null);
    setEditing(false);
    setNotice({ tone: 'success', text: '已关闭，以后扫码不再记录位置' });
  }

  return (
    <View className="place-consent" data-testid="place-consent">
      <View className="place-consent__head">
        <View className="place-consent__text">
          <Text className="place-consent__label">记录大致位置（可选）</Text>
          <Text className="place-consent__state" data-testid="place-state">
            {regionCode
              ? `已开启：扫码时记下“${placeName(regionCode)}”，不记精确位置`
              : '未开启。开启后扫码时只记下您选的市、县，帮助发现假冒商品'}
          </Text>
        </View>
      </View>
      <Notice notice={notice} testId="place-notice" />
      {editing ? (
        <View className="place-consent__form">
          <Text className="place-consent__why">
            只记您选的市、县，不用定位，不记门牌和路名。同一个码如果被不同的人在相隔很远的地方扫，很可能是假货，这能帮市场监管部门发现假冒商品。随时可以关闭。
          </Text>
          <ChoiceChips label="您在哪个市" choices={CITY_CHOICES} value={cityCode} onChange={pickCity} testId="place-city" />
          {cityCode ? (
            <ChoiceChips
              label="哪个区、县（可不选）"
              choices={districtChoices(cityCode)}
              value={chosen}
              onChange={setChosen}
              testId="place-district"
            />
          ) : null}
          <View className="actions">
            <ActionButton fill="outline" type="primary" onClick={() => setEditing(false)} data-testid="place-cancel">
              取消
            </ActionButton>
            <ActionButton type="primary" onClick={save} data-testid="place-save">
              {regionCode ? '保存' : '开启并保存'}
            </ActionButton>
          </View>
        </View>
      ) : (
        <View className="actions">
          <ActionButton fill="outline" type="primary" onClick={startEditing} data-testid="place-edit">
            {regionCode ? '修改位置' : '开启'}
          </ActionButton>
          {regionCode ? (
            <ActionButton fill="outline" type="danger" onClick={turnOff} data-testid="place-off">
              关闭
            </ActionButton>
          ) : null}
        </View>
      )}
    </View>
  );
}
