import { addressOf, loginUrlFor, pageAccess } from '@/domain/page-access';
import { ROUTES } from '@/routes';
import { loadSession } from './session';

/**
 * The browser only, before Taro's router reads the address (`#/pages/…`): someone not signed in
 * who opens a page that needs it (the home page at /, a role's page from a link) is sent to the
 * login page at once, carrying that page to come back to, instead of loading the page to leave it.
 */
export function openLoginFirst(location: Pick<Location, 'hash'>, history: Pick<History, 'replaceState' | 'state'>): void {
  const address = addressOf(location.hash.replace(/^#/, '')) ?? { path: '', params: {} };
  const page = { ...address, path: address.path === '' || address.path === '/' ? ROUTES.home : address.path };
  const access = pageAccess(page, loadSession()?.account.roles ?? null);
  if (access.kind === 'sign-in') history.replaceState(history.state, '', `#${loginUrlFor(access.returnTo)}`);
}
