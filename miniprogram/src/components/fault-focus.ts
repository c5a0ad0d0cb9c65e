import { useEffect, useRef } from 'react';

/**
 * For a field that is not a text box (choices, photos): once it is found at fault it comes into
 * view and, in the browser, takes the focus, so a screen reader reads its label and message.
 * Text boxes take the cursor through Taro's own `focus` prop instead. The element needs
 * tabIndex -1 to take the focus without becoming a stop of the tab key.
 */
export function useFaultFocus<T extends HTMLElement>(focus: boolean | undefined) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (!focus || process.env.TARO_ENV !== 'h5' || !element) return;
    element.scrollIntoView?.({ block: 'center' });
    element.focus({ preventScroll: true });
  }, [focus]);
  return ref;
}
