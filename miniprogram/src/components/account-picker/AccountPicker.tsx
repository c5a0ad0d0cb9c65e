import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ariaRole } from '@/components/a11y';
import { ActionButton } from '@/components/ActionButton';
import { FieldError } from '@/components/FieldError';
import { PagedView } from '@/components/PagedView';
import { looksLikeCreditCode, normalizeCreditCode } from '@/domain/credit-code';
import { usePagedQuery } from '@/hooks/use-paged-query';
import { AccountPickerSearchDocument, type AccountPickerBusinessFragment } from './account-picker.generated';
import './account-picker.css';

export type PickedBusiness = AccountPickerBusinessFragment;

interface AccountPickerProps {
  label: string;
  placeholder: string;
  /** What the search box is, to a screen reader. */
  searchLabel: string;
  /** A line under the box: where to find what to type. */
  hint?: string;
  emptyHint: string;
  /** Prefix of the test ids: `<testId>-search`, `<testId>-search-button`, `<testId>-option`. */
  testId: string;
  /** A business that cannot be picked says why (the receiver has no account yet), or null. */
  unpickableBecause?: (business: PickedBusiness) => string | null;
  onPick: (business: PickedBusiness) => void;
}

/**
 * Finds a registered business (市场主体) by a few characters of its name, or exactly by its
 * 统一社会信用代码, and hands back the one picked with the account that acts for it: whom to
 * complain about, whom to ship to.
 */
export function AccountPicker({ label, placeholder, searchLabel, hint, emptyHint, testId, unpickableBecause, onPick }: AccountPickerProps) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function search() {
    const typed = text.trim();
    if (typed.length < 2) return setProblem('请至少输入 2 个字');
    setProblem(null);
    // A code is searched exactly, so what a Chinese keyboard typed is made plain first.
    setQuery(looksLikeCreditCode(typed) ? normalizeCreditCode(typed) : typed);
  }

  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      <View className="field__row">
        <Input
          className={problem ? 'field__input field__input--error' : 'field__input'}
          value={text}
          placeholder={placeholder}
          maxlength={40}
          confirmType="search"
          onInput={(e) => {
            setProblem(null);
            setText(e.detail.value);
          }}
          onConfirm={search}
          aria-label={searchLabel}
          aria-invalid={problem ? true : undefined}
          data-testid={`${testId}-search`}
        />
        <ActionButton className="small-button" type="primary" onClick={search} data-testid={`${testId}-search-button`}>
          查找
        </ActionButton>
      </View>
      {hint ? <Text className="muted">{hint}</Text> : null}
      <FieldError error={problem} />
      {query ? <Results key={query} query={query} {...{ emptyHint, testId, unpickableBecause, onPick }} /> : null}
    </View>
  );
}

function Results({
  query,
  emptyHint,
  testId,
  unpickableBecause,
  onPick,
}: Pick<AccountPickerProps, 'emptyHint' | 'testId' | 'unpickableBecause' | 'onPick'> & { query: string }) {
  const businesses = usePagedQuery(AccountPickerSearchDocument, (d) => d.searchMerchants, { query }, 8);
  return (
    <View className="account-picker__results">
      <PagedView query={businesses} emptyTitle={`没有找到“${query}”`} emptyHint={emptyHint} loadMoreTestId={`${testId}-more`}>
        {(items) =>
          items.map((b) => {
            const why = unpickableBecause?.(b) ?? null;
            return (
              <View
                key={b.id}
                className="account-picker__option"
                {...ariaRole('button')}
                aria-disabled={why ? true : undefined}
                onClick={why ? undefined : () => onPick(b)}
                data-testid={`${testId}-option`}
              >
                <Text className="account-picker__name">{b.name}</Text>
                <Text className="account-picker__meta">{why ? `${b.address} · ${why}` : b.address}</Text>
              </View>
            );
          })
        }
      </PagedView>
    </View>
  );
}
