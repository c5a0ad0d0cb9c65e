import { Input, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { VillageMembersDocument } from './villager-picker.generated';
import { ariaRole } from '@/components/a11y';
import { ActionButton } from '@/components/ActionButton';
import { FieldError } from '@/components/FieldError';
import { PagedView } from '@/components/PagedView';
import { maskPhone } from '@/domain/phone';
import type { FieldProblemProps } from '@/hooks/use-action';
import { usePagedQuery } from '@/hooks/use-paged-query';
import './villager-picker.css';

export interface PickedVillager {
  id: string;
  displayName: string;
}

const SEARCH_DELAY_MS = 300;

interface VillagerPickerProps extends Partial<FieldProblemProps> {
  value: PickedVillager | null;
  onChange: (v: PickedVillager | null) => void;
  label?: string;
}

/**
 * Picks one of the village's people by name, for 代办 and 扣分: type part of the name, tap the
 * person (the household and masked phone tell namesakes apart). Spread `act.fieldProps('villagerId')`
 * on it to show the problem with the choice under it.
 */
export function VillagerPicker({ value, onChange, label = '村民', error, focus, onEdited }: VillagerPickerProps) {
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const choose = (picked: PickedVillager | null) => {
    onEdited?.();
    onChange(picked);
  };

  if (value) {
    return (
      <View className="field">
        <Text className="field__label">{label}</Text>
        <View className="picker__chosen">
          <Text className="picker__chosen-name" data-testid="villager-chosen">
            {value.displayName}
          </Text>
          <ActionButton className="small-button" fill="outline" type="primary" onClick={() => choose(null)}>
            换一个
          </ActionButton>
        </View>
        <FieldError error={error} testId="villager-chosen" />
      </View>
    );
  }

  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      <Input
        className={error ? 'field__input field__input--error' : 'field__input'}
        value={text}
        placeholder="输入姓名查找，例如 王秀英"
        maxlength={20}
        focus={Boolean(focus)}
        onInput={(e) => {
          onEdited?.();
          setText(e.detail.value);
        }}
        aria-label={`${label}姓名`}
        aria-invalid={error ? true : undefined}
        data-testid="villager-search"
      />
      <FieldError error={error} testId="villager-search" />
      <MemberList search={search} onPick={choose} />
    </View>
  );
}

function MemberList({ search, onPick }: { search: string; onPick: (v: PickedVillager) => void }) {
  const members = usePagedQuery(VillageMembersDocument, (d) => d.villageMembers, { search: search || null }, 8);
  return (
    <View className="picker__list">
      <PagedView query={members} emptyTitle={search ? `本村没有叫“${search}”的人` : '本村还没有登记的人'} loadMoreTestId="villagers-more">
        {(items) =>
          items.map((m) => (
            <View
              key={m.id}
              className="picker__option"
              onClick={() => onPick({ id: m.id, displayName: m.displayName })}
              {...ariaRole('button')}
              data-testid="villager-option"
              data-name={m.displayName}
            >
              <Text className="row__title">{m.displayName}</Text>
              <Text className="row__meta">{[m.household?.name, maskPhone(m.phone)].filter(Boolean).join(' · ') || '未登记户'}</Text>
            </View>
          ))
        }
      </PagedView>
    </View>
  );
}
