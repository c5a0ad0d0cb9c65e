import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ActionButton } from '@/components/ActionButton';
import { ChoiceChips } from '@/components/ChoiceChips';
import { Notice, type NoticeMessage } from '@/components/Notice';
import { TextField } from '@/components/TextField';
import { ZHEJIANG_CITIES, placeText, scanPlace, tidyDistrict, useScanPlace, type ZhejiangCity } from '@/device/scan-place';

const CITY_CHOICES = ZHEJIANG_CITIES.map((city) => ({ value: city, label: city }));

/**
 * 记录大致位置（可选）: off until the person picks their city (and, if they like, county) once;
 * then that text goes with every scan from this phone. It says what is kept, and why.
 */
export function PlaceConsent() {
  const place = useScanPlace();
  const [editing, setEditing] = useState(false);
  const [city, setCity] = useState<ZhejiangCity | null>(place?.city ?? null);
  const [district, setDistrict] = useState(place?.district ?? '');
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  function startEditing() {
    setCity(place?.city ?? null);
    setDistrict(place?.district ?? '');
    setNotice(null);
    setEditing(true);
  }

  function save() {
    if (!city) return setNotice({ tone: 'error', text: '请先点选您所在的市' });
    const tidy = tidyDistrict(district);
    if (tidy === null) return setNotice({ tone: 'error', text: '区、县请只写汉字，最多 12 个字，例如：萧山区' });
    scanPlace.set({ city, district: tidy });
    setEditing(false);
    setNotice({ tone: 'success', text: `已开启，以后扫码会记下“${city}${tidy}”` });
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
            {place ? `已开启：扫码时记下“${placeText(place)}”，不记精确位置` : '未开启。开启后扫码时只记下您选的市、县，帮助发现假冒商品'}
          </Text>
        </View>
      </View>
      <Notice notice={notice} testId="place-notice" />
      {editing ? (
        <View className="place-consent__form">
          <Text className="place-consent__why">
            只记您选的市、县，不用定位，不记门牌和路名。同一个码如果在相隔很远的地方被扫，很可能是假货，这能帮市场监管部门发现假冒商品。随时可以关闭。
          </Text>
          <ChoiceChips label="您在哪个市" choices={CITY_CHOICES} value={city} onChange={setCity} testId="place-city" />
          <TextField
            label="区、县（可不填）"
            value={district}
            onChange={setDistrict}
            placeholder="例如：萧山区"
            maxLength={12}
            testId="place-district"
          />
          <View className="actions">
            <ActionButton fill="outline" type="primary" onClick={() => setEditing(false)} data-testid="place-cancel">
              取消
            </ActionButton>
            <ActionButton type="primary" onClick={save} data-testid="place-save">
              {place ? '保存' : '开启并保存'}
            </ActionButton>
          </View>
        </View>
      ) : (
        <View className="actions">
          <ActionButton fill="outline" type="primary" onClick={startEditing} data-testid="place-edit">
            {place ? '修改位置' : '开启'}
          </ActionButton>
          {place ? (
            <ActionButton fill="outline" type="danger" onClick={turnOff} data-testid="place-off">
              关闭
            </ActionButton>
          ) : null}
        </View>
      )}
    </View>
  );
}
