import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function toId(value: unknown): number {
  const id = typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) {
    throw new GraphQLError('编号无效', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return id;
}

/**
 * GraphQL's ID, as it is on the wire (a string), carrying our row ids as numbers inside the BFF.
 * It replaces the built-in ID throughout the schema: using type-graphql's ID anywhere as well
 * would fail the schema build with two types named ID.
 */
export const ID = new GraphQLScalarType<number, string>({
  name: 'ID',
  description: '编号',
  serialize: (value) => String(value),
  parseValue: toId,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING && ast.kind !== Kind.INT) throw new GraphQLError('编号无效', { extensions: { code: 'BAD_USER_INPUT' } });
    return toId(ast.value);
  },
});
