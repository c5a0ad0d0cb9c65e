/**
 * An ARIA role for a Taro component. Taro's prop types have no `role`, but the H5 build renders
 * plain DOM elements that pass it to the browser's screen reader; WeChat reads the visible text.
 */
export function ariaRole(
  role: 'status' | 'alert' | 'button' | 'list' | 'switch' | 'img' | 'dialog' | 'radiogroup' | 'radio' | 'group' | 'checkbox',
): Record<string, string> {
  return { role };
}
