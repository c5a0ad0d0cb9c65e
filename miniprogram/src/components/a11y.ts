/**
 * An ARIA role for a Taro component. Taro's prop types have no `role`, but the H5 build renders
 * plain DOM elements that pass it to the browser's screen reader; WeChat reads the visible text.
 */
export function ariaRole(
  role: 'status' | 'alert' | 'button' | 'list' | 'switch' | 'img' | 'dialog' | 'radiogroup' | 'radio' | 'group' | 'checkbox' | 'main',
): Record<string, string> {
  return { role };
}

/**
 * Lets a script move the focus to an element (a group of choices at fault) without making it a
 * stop of the tab key. Taro's prop types have no tabIndex; the H5 build passes it to the DOM.
 */
export const focusableByScript: Record<string, number> = { tabIndex: -1 };

/**
 * An image's words for a screen reader. In the browser Taro's Image is an <img> inside a <div>,
 * and only the <img> may carry them (as alt); WeChat reads aria-label on the image itself.
 */
export function imageAlt(alt: string): { imgProps: { alt: string } } | { 'aria-label': string } {
  return process.env.TARO_ENV === 'h5' ? { imgProps: { alt } } : { 'aria-label': alt };
}
