/** Joins the class names that apply: cx('card', elder && 'elder') → 'card elder'. */
export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}
