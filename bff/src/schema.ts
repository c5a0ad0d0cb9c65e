import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { identityResolvers } from './modules/identity/identity.resolver';
import {
  TraceBatchResolver,
  TraceCounterfeitFlagResolver,
  TraceEventResolver,
  TraceResolver,
  TraceSamplingResolver,
} from './modules/trace/trace.resolver';
import { workpointsResolvers } from './modules/workpoints/workpoints.resolver';
import { NoticesResolver } from './modules/notices/notices.resolver';
import { complaintResolvers } from './modules/complaints/complaints.resolver';
import { recallResolvers } from './modules/trace/recalls.resolver';

/** Every module's resolvers; the schema is built from these classes. */
export const resolvers = [
  ...identityResolvers,
  ...workpointsResolvers,
  TraceResolver,
  TraceEventResolver,
  TraceBatchResolver,
  TraceCounterfeitFlagResolver,
  TraceSamplingResolver,
  ...recallResolvers,
  NoticesResolver,
  ...complaintResolvers,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The one schema of the BFF, built once per process (type-graphql keeps global metadata). */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: { forbidUnknownValues: false } });
  return built;
}

/** The SDL committed as shared-types/schema.graphql, sorted so that diffs stay readable. */
export async function printAppSchema(): Promise<string> {
  const header = '# Generated from the BFF\'s code by `npm run schema`. Do not edit.\n\n';
  return header + printSchema(lexicographicSortSchema(await buildAppSchema())) + '\n';
}
