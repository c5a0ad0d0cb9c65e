import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Turns the mini-program's `.graphql` operations into typed documents. The script runs in this
 * folder (`npm -w shared-types run codegen`), so paths are relative to it.
 *
 * `documentMode: 'string'` makes every document a plain string that still carries its result and
 * variable types, so the mini-program ships no graphql runtime (parser, printer) at all.
 *
 * One output per WeChat package: the generated documents are plain constants that bundlers cannot
 * drop one by one, so a single file would carry every role's operations into the main package.
 * `src/gql/` has the main pages' operations (and the small role packages'); each role with many
 * pages gets its own, imported only by that subpackage.
 */
const pages = '../miniprogram/src';
/** Fragments that components shared across packages select, for the packages whose pages use them. */
const complaintDetail = `${pages}/components/complaint/complaint-detail.fragment.graphql`;
const sharedFragments = { villager: [], admin: [], merchant: [complaintDetail], regulator: [complaintDetail] } as const;

const ownOutputs = ['villager', 'admin', 'merchant', 'regulator'] as const;

const clientOutput = (documents: string[]) => ({
  documents,
  preset: 'client' as const,
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
});

const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': clientOutput([
      `${pages}/**/*.graphql`,
      ...ownOutputs.map((role) => `!${pages}/packages/${role}/**/*.graphql`),
    ]),
    ...Object.fromEntries(
      ownOutputs.map((role) => [
        `src/gql-${role}/`,
        clientOutput([`${pages}/packages/${role}/**/*.graphql`, ...sharedFragments[role]]),
      ]),
    ),
  },
};

export default config;
