import { Text, View } from '@tarojs/components';
import { ariaRole } from '@/components/a11y';
import { cx } from '@/components/class-names';
import './complaint.css';

const STAR_WORDS = ['', '很不满意', '不满意', '一般', '满意', '很满意'];

/** "★★★★☆ 满意" for a rating already given. */
export function starsText(stars: number): string {
  return `${'★'.repeat(stars)}${'☆'.repeat(Math.max(0, 5 - stars))} ${STAR_WORDS[stars] ?? ''}`.trim();
}

/** Five large stars to tap, read out as a choice of 1 to 5 with what each means. */
export function StarRating({ value, onChange, label }: { value: number; onChange: (stars: number) => void; label: string }) {
  return (
    <View className="field">
      <Text className="field__label">{label}</Text>
      <View className="stars" {...ariaRole('radiogroup')} aria-label={label} data-testid="rating-stars">
        {[1, 2, 3, 4, 5].map((n) => (
          <Text
            key={n}
            className={cx('stars__star', n <= value && 'stars__star--on')}
            onClick={() => onChange(n)}
            {...ariaRole('radio')}
            aria-checked={n === value}
            aria-label={`${n} 星，${STAR_WORDS[n]}`}
            data-testid={`rating-star-${n}`}
          >
            {n <= value ? '★' : '☆'}
          </Text>
        ))}
      </View>
      <Text className="stars__word">{value > 0 ? STAR_WORDS[value] : '点星星打分'}</Text>
    </View>
  );
}
