import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Turns the mini-program's `.graphql` operations into typed documents. The script runs in this
 * folder (`npm -w shared-types run codegen`), so paths are relative to it.
 *
 * `documentMode: 'string'` makes every document a plain string that still carries its result and
 * variable types, so the mini-program ships no graphql runtime (parser, printer) at all.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['../miniprogram/src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // Fragments here only share selections between operations; masking would hide their fields.
        fragmentMasking: false,
      },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumType: 'string-literal',
        scalars: { DateTimeISO: 'string' },
        strictScalars: true,
      },
    },
  },
};

export default config;
