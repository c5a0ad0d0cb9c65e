import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { refusalsAsResults, registerErrorCodes } from './core/error-result';
import type { ModuleManifest } from './core/module';
import { MODULES } from './modules';

let built: Promise<GraphQLSchema> | undefined;

/**
 * The one schema of the BFF, from every module's resolvers and error codes, built once per
 * process (type-graphql keeps global metadata). Every mutation answers a refusal thrown inside it
 * as its result union's member.
 */
export function buildAppSchema(modules: readonly ModuleManifest[] = MODULES): Promise<GraphQLSchema> {
  built ??= (() => {
    for (const module of modules) if (module.errorCodes) registerErrorCodes(module.errorCodes);
    // type-graphql takes resolver classes of any shape.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
    const resolvers = modules.flatMap((m) => m.resolvers ?? []) as unknown as NonEmptyArray<Function>;
    return buildSchema({ resolvers, validate: { forbidUnknownValues: false }, globalMiddlewares: [refusalsAsResults] });
  })();
  return built;
}

/** The SDL committed as shared-types/schema.graphql, sorted so that diffs stay readable. */
export async function printAppSchema(): Promise<string> {
  const header = "# Generated from the BFF's code by `npm run schema`. Do not edit.\n\n";
  return header + printSchema(lexicographicSortSchema(await buildAppSchema())) + '\n';
}
