import fs from 'node:fs';
import path from 'node:path';
import { printAppSchema } from './schema';

/** Writes shared-types/schema.graphql from the resolvers; codegen reads it next. */
async function main(): Promise<void> {
  const target = path.resolve(__dirname, '../../shared-types/schema.graphql');
  fs.writeFileSync(target, await printAppSchema());
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}

void main();
