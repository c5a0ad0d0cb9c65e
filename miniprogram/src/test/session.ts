import type { Role } from '@gongfu/shared-types';
import { saveSession } from '@/device/session';

/** Signs a demo person in on the test "device". */
export function signInAs(displayName: string, roles: Role[], id = '1'): void {
  saveSession({ token: 'tok', expiresAt: '2099-01-01T00:00:00.000Z', account: { id, displayName, phone: null, roles } });
}

/** The variables each call of one operation was sent with. */
export function variablesOf(operation: string, calls: unknown[][]): Array<Record<string, unknown>> {
  return calls
    .map(([options]) => (options as { data: { query: string; variables: Record<string, unknown> } }).data)
    .filter((data) => new RegExp(`(?:query|mutation)\\s+${operation}\\b`).test(data.query))
    .map((data) => data.variables);
}
