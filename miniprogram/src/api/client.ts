import Taro from '@tarojs/taro';
import { clearSession, loadSession } from '@/device/session';
import { decodeParams, loginUrlFor, returnTargetOf } from '@/domain/page-access';
import { ROUTES } from '@/routes';
import { ApiError, type GraphQLErrorBody } from './api-error';

/**
 * A generated operation (`<name>.generated.ts` beside each `.graphql` file): its text, typed with
 * its result and variables.
 */
export interface TypedDocument<TResult, TVariables> {
  toString(): string;
  __apiType?: (variables: TVariables) => TResult;
}

/** The BFF's GraphQL endpoint; API_BASE is '' in the browser, meaning the page's own origin. */
export const GRAPHQL_URL = `${API_BASE}/graphql`;

const TIMEOUT_MS = 15_000;

interface GraphQLResponseBody<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorBody[];
}

/** Operations without variables take none; the others require theirs. */
type VariablesArgument<TVariables> = TVariables extends Record<string, never> ? [] : [TVariables];

/**
 * Runs one GraphQL operation against the BFF and returns its typed data, or throws an ApiError.
 * Any error in the response fails the whole call: each of our operations asks for one thing, so
 * partial data would only be half an answer.
 */
export async function request<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  ...[variables]: VariablesArgument<TVariables>
): Promise<TResult> {
  const session = loadSession();
  let response: { data: GraphQLResponseBody<TResult> | null | string };
  try {
    response = await Taro.request<GraphQLResponseBody<TResult> | null | string>({
      url: GRAPHQL_URL,
      method: 'POST',
      header: {
        'Content-Type': 'application/json',
        ...(session ? { Authorization: `Bearer ${session.token}` } : {}),
      },
      data: { query: document.toString(), variables: variables ?? {} },
      dataType: 'json',
      timeout: TIMEOUT_MS,
    });
  } catch {
    throw ApiError.transport('NETWORK_ERROR');
  }

  const body = response.data;
  if (typeof body !== 'object' || body === null) {
    // A proxy's error page or an empty reply: the BFF never answered in GraphQL.
    throw ApiError.transport('BAD_RESPONSE');
  }

  const [firstError] = body.errors ?? [];
  if (firstError) {
    const error = ApiError.fromGraphQL(firstError);
    if (error.code === 'UNAUTHENTICATED') leaveForLogin();
    throw error;
  }
  if (body.data === undefined || body.data === null) throw ApiError.transport('BAD_RESPONSE');
  return body.data;
}

/** The token is gone or refused: forget it and ask the person to sign in again, then come back here. */
function leaveForLogin(): void {
  clearSession();
  const router = Taro.getCurrentInstance().router;
  const current = { path: router?.path ?? '', params: decodeParams(router?.params ?? {}) };
  if (!current.path.includes(ROUTES.login.slice(1))) {
    void Taro.reLaunch({ url: loginUrlFor(returnTargetOf(current)) });
  }
}
