import type { CodegenConfig } from '@graphql-codegen/cli';
import { typedDocumentString } from '@graphql-codegen/visitor-plugin-common';

/**
 * Turns the mini-program's `.graphql` operations into typed documents. The script runs in this
 * folder (`npm -w shared-types run codegen`), so paths are relative to it.
 *
 * - `src/schema-types.ts` (exported as `@gongfu/shared-types`): the schema's enums, as string
 *   unions, and input types that the operations use.
 * - `<name>.generated.ts` beside each `<name>.graphql`: its documents with their result and
 *   variable types. A page imports only its own file, so each WeChat subpackage carries only its
 *   own operations. A fragment is written once; every operation that spreads it carries its text.
 *
 * `documentMode: 'string'` makes every document a plain string that still carries its result and
 * variable types, so the mini-program ships no graphql runtime (parser, printer) at all.
 */
const pages = '../miniprogram/src';

const common = {
  useTypeImports: true,
  enumType: 'string-literal',
  scalars: { DateTimeISO: 'string' },
  strictScalars: true,
};

/**
 * The one `TypedDocumentString` class (the string-mode document wrapper) that every generated file
 * imports: typed-documents-plugin.cjs keeps the plugin from repeating it in each file.
 */
const documentClass = `${pages}/api/typed-document-string.generated.ts`;
const { moduleName, propName } = typedDocumentString.import;

const banner = (source: string) => ({
  add: { content: `/* Generated from ${source} by \`npm -w shared-types run codegen\`: do not edit. */` },
});

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: `${pages}/**/*.graphql`,
  ignoreNoDocuments: false,
  generates: {
    'src/schema-types.ts': {
      plugins: [banner('schema.graphql'), 'typescript-operations'],
      config: { ...common, generateOperationTypes: false },
    },
    [`${pages}/`]: {
      preset: 'near-operation-file',
      presetConfig: { extension: '.generated.ts' },
      plugins: [
        banner('the .graphql file beside it'),
        'typescript-operations',
        { './typed-documents-plugin.cjs': { classModule: '@/api/typed-document-string.generated' } },
      ],
      config: { ...common, documentMode: 'string', importSchemaTypesFrom: '~@gongfu/shared-types' },
    },
    [documentClass]: {
      plugins: [
        banner("the typed-document-node plugin's string-mode class"),
        { add: { content: `import type { ${propName} } from '${moduleName}';\n\n${typedDocumentString.template}` } },
      ],
    },
  },
};

export default config;
