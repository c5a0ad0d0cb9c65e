import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './core/context';

/**
 * The GraphQL-over-HTTP spec: a request that fails before execution (parse, validation, variable
 * coercion) is a 200 to a client that takes `application/json`, the legacy type whose clients read
 * any 4xx as a failed transport, and a 400 to one that asks for `application/graphql-response+json`.
 * Apollo answers 400 to both; this picks the type and the status together for such answers.
 */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);
export const requestErrorsAsLegacyJson: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ request, response }) {
        if (response.body.kind !== 'single' || response.http.status !== 400) return;
        const { data, errors } = response.body.singleResult;
        if (data !== undefined || !errors?.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code)))) return;
        const accepted = (request.http?.headers.get('accept') ?? '').split(',').map((type) => type.trim().toLowerCase());
        const graphqlResponse = accepted.find((type) => type.startsWith('application/graphql-response+json'));
        if (graphqlResponse && !/;\s*q=0(\.0*)?\s*(;|$)/.test(graphqlResponse)) {
          response.http.headers.set('content-type', 'application/graphql-response+json; charset=utf-8');
        } else {
          response.http.status = 200;
        }
      },
    };
  },
};
