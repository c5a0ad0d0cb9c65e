import path from 'node:path';

/**
 * DESIGN.md: a module reads only its own store, and reaches another module only through that
 * module's loaders, events and GraphQL types. So a file under `bff/src/modules/<a>/` may import
 * from `bff/src/modules/<b>/` only `*.loaders`, `*.events` and `*.types` files; and nothing under
 * `bff/src/core/` imports a module (or the list of modules) at all.
 */
const OPEN_ROLES = /\.(loaders|events|types)(\.ts)?$/;

const posix = (file) => file.split(path.sep).join('/');
const moduleOf = (file) => /\/bff\/src\/modules\/([^/]+)\//.exec(posix(file))?.[1] ?? null;
const inCore = (file) => /\/bff\/src\/core\//.test(posix(file));
const inModules = (file) => /\/bff\/src\/modules(\/|$)/.test(posix(file));

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps modules apart: across modules only loaders, events and GraphQL types; core imports no module.' },
    schema: [],
    messages: {
      crossModule:
        'Module {{from}} may not import {{target}} of module {{to}}: across modules only loaders, events and GraphQL types (DESIGN.md). Read through a loader, or react to an event.',
      coreImportsModule: 'core/ imports no module ({{target}}): a module extends core, not the other way round.',
    },
  },
  create(context) {
    const file = context.filename;
    const from = moduleOf(file);
    const fromCore = inCore(file);
    if (!from && !fromCore) return {};
    const check = (node) => {
      const source = node.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), source);
      if (fromCore) {
        if (inModules(target)) context.report({ node, messageId: 'coreImportsModule', data: { target: source } });
        return;
      }
      const to = moduleOf(target);
      if (!to || to === from || OPEN_ROLES.test(target)) return;
      context.report({ node, messageId: 'crossModule', data: { from, to, target: path.basename(target) } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => node.source && check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source),
    };
  },
};
