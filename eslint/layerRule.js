// @ts-check
/**
 * deskid/layers: the import rules of DESIGN.md. Each layer folder may import only itself
 * and the layers listed for it, and some layers may not import certain packages
 * (the renderer: no `electron`, no Node built-ins; services: no `electron`).
 * Relative specifiers are resolved against the importing file, so `../../main/x` is
 * caught as surely as an absolute path.
 *
 * One exception to DESIGN.md's list: the two hosts (`electron/host`, `electron/main`) may
 * import `server` to start the mock ID server in-process when no server is configured, so
 * the app works out of the box (see docs/architecture.md). Services and the CLI may not.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const isNodeBuiltin = (spec) => spec.startsWith('node:') || nodeBuiltins.has(spec.split('/')[0] ?? spec);
const isElectron = (spec) => spec === 'electron' || spec.startsWith('electron/');

/** Layers, most specific first, with what each may import. */
export const layers = [
  { dir: 'protocol', may: [], forbid: { electron: true, node: true } },
  { dir: 'electron/contract', may: ['protocol'], forbid: { electron: true, node: true } },
  { dir: 'electron/services', may: ['electron/contract', 'protocol'], forbid: { electron: true, node: false } },
  {
    dir: 'electron/main',
    may: ['electron/contract', 'electron/services', 'server'],
    forbid: { electron: false, node: false },
  },
  {
    dir: 'electron/host',
    may: ['electron/contract', 'electron/services', 'server'],
    forbid: { electron: true, node: false },
  },
  { dir: 'electron/cli', may: ['electron/contract', 'electron/services'], forbid: { electron: true, node: false } },
  { dir: 'electron/preload', may: ['electron/contract'], forbid: { electron: false, node: true } },
  { dir: 'renderer', may: ['electron/contract'], forbid: { electron: true, node: true } },
  { dir: 'server', may: ['protocol'], forbid: { electron: true, node: false } },
];

const layerOf = (relativeFile) =>
  layers.find((layer) => relativeFile === layer.dir || relativeFile.startsWith(`${layer.dir}/`));

/** @type {import('eslint').Rule.RuleModule} */
export const layerRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the layer import rules of DESIGN.md' },
    schema: [],
    messages: {
      layer: '{{from}} may not import {{to}} (allowed: {{allowed}}). See the layer rules in DESIGN.md.',
      electron: "{{from}} may not import 'electron'{{why}}.",
      node: '{{from}} may not import the Node built-in "{{spec}}": it runs without Node.',
    },
  },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const layer = layerOf(file);
    if (layer === undefined || file.endsWith('.config.ts')) return {};

    /** @param {import('estree').Node} node @param {unknown} value */
    const check = (node, value) => {
      if (typeof value !== 'string') return;
      if (value.startsWith('.')) {
        const target = path
          .relative(root, path.resolve(path.dirname(context.filename), value))
          .split(path.sep)
          .join('/');
        const targetLayer = layerOf(target);
        // Tests beside a layer's sources may also use the shared test fixtures.
        const allowed = [layer.dir, ...layer.may, ...(/\.test\.tsx?$/.test(file) ? ['test'] : [])];
        const inside = allowed.some((dir) => target === dir || target.startsWith(`${dir}/`));
        if (!inside && (targetLayer !== undefined || !target.startsWith('..'))) {
          context.report({
            node,
            messageId: 'layer',
            data: { from: layer.dir, to: target, allowed: allowed.join(', ') },
          });
        }
        return;
      }
      if (layer.forbid.electron && isElectron(value)) {
        const why = layer.dir === 'electron/services' ? ': services are plain Node, tested without Electron' : '';
        context.report({ node, messageId: 'electron', data: { from: layer.dir, why } });
      } else if (layer.forbid.node && isNodeBuiltin(value)) {
        context.report({ node, messageId: 'node', data: { from: layer.dir, spec: value } });
      }
    };

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        const [first] = node.arguments;
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && first?.type === 'Literal') {
          check(node, first.value);
        }
      },
    };
  },
};
