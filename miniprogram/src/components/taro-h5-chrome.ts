/**
 * What Taro's H5 runtime draws around our pages (its page container, its tab bar) has no words or
 * keyboard access of its own, and sits outside the page's styles. Each page fits it once shown.
 */
export function fitTaroChrome(pageRoot: HTMLElement, elder: boolean): void {
  // The tab bar lives outside every page, so elder mode's large labels key off the document.
  document.documentElement.classList.toggle('elder-mode', elder);

  // Taro's page container is what scrolls: a keyboard can only scroll what it can reach.
  const container = pageRoot.closest('.taro_page');
  if (container && !container.hasAttribute('tabindex')) container.setAttribute('tabindex', '0');

  const tabBar = document.querySelector('taro-tabbar');
  if (tabBar && !tabBar.hasAttribute('role')) {
    tabBar.setAttribute('role', 'navigation');
    tabBar.setAttribute('aria-label', '主菜单');
  }
}
