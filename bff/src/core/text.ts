/**
 * Text cut to fit a column of `length` characters, its end giving way to an ellipsis. Counted in
 * code points, as MySQL counts a varchar's characters, so an emoji is never split in two.
 */
export function clip(text: string, length: number): string {
  const characters = Array.from(text);
  return characters.length <= length ? text : `${characters.slice(0, length - 1).join('')}…`;
}
