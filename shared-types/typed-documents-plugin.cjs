// The typed-document-node plugin in `documentMode: 'string'`, except that each generated file
// imports the `TypedDocumentString` class from `classModule` instead of declaring its own copy
// (about 270 bytes of JS per `.graphql` file once compiled). codegen.ts writes that module once.
const typedDocumentNode = require('@graphql-codegen/typed-document-node');
const { typedDocumentString } = require('@graphql-codegen/visitor-plugin-common');

const { moduleName, propName } = typedDocumentString.import;
const decorationImport = `{ ${propName} } from '${moduleName}';`;

// Plain `exports.x =` assignments: the CLI may import this file as ESM, which sees only those.
exports.validate = typedDocumentNode.validate;

exports.plugin = async function plugin(schema, documents, config) {
  const { classModule, ...pluginConfig } = config;
  if (!classModule) throw new Error('typed-documents-plugin: set classModule, the module that exports TypedDocumentString');
  const output = await typedDocumentNode.plugin(schema, documents, pluginConfig);
  const content = typeof output === 'string' ? output : output.content;
  const prepend = typeof output === 'string' ? [] : (output.prepend ?? []);
  if (!content.includes(typedDocumentString.template) || !prepend.some((line) => line.endsWith(decorationImport))) {
    throw new Error('typed-documents-plugin: typed-document-node no longer writes the TypedDocumentString class this replaces');
  }
  return {
    prepend: [...prepend.filter((line) => !line.endsWith(decorationImport)), `import { TypedDocumentString } from '${classModule}';`],
    content: content.replace(`${typedDocumentString.template}\n`, ''),
  };
};
