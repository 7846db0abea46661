// The import rules of this repository, checked by tools/architecture's tests
// (and by `pnpm exec depcruise --config .dependency-cruiser.cjs packages tools`).
//
// Within a package, each folder is a layer and may import only the layers
// listed after it: data flows down the list, and nothing below reaches back
// up. The entry points (`index.ts`, `config.ts`, `pipeline.ts`) may import
// any layer; tests may too.

/** Layers of each package, from the top (the one nothing imports) down. */
const layers = {
  'packages/core/src': [
    ['load'],
    ['file'],
    ['validate'],
    ['build'],
    ['parse'],
    ['search'],
    ['query'],
    ['schema'],
    ['util'],
    ['diagnostic.ts', 'rule-ids.ts', 'errors.ts']
  ],
  'packages/lint/src': [
    ['cli'],
    ['link-checks', 'fix'],
    ['engine'],
    ['config'],
    ['rules'],
    ['rule'],
    ['formatters'],
    ['git', 'util'],
    ['errors.ts', 'rule-ids.ts']
  ],
  'packages/links/src': [
    ['thread'],
    ['checker'],
    ['request'],
    ['schedule'],
    ['cache'],
    ['options'],
    ['util'],
    ['errors.ts', 'types.ts']
  ]
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const pathOf = (root, names) => `^${escapeRegExp(root)}/(${names.map(escapeRegExp).join('|')})($|/)`

const layerRules = Object.entries(layers).flatMap(([root, stack]) =>
  stack.slice(1).map((names, index) => ({
    name: `layer-${root.split('/')[1]}-${names.join('-')}`,
    comment: `${names.join(', ')} of ${root} must not import a layer above it (${stack
      .slice(0, index + 1)
      .flat()
      .join(', ')})`,
    severity: 'error',
    // Tests may use a layer above the one they test (the parser, to make input).
    from: { path: pathOf(root, names), pathNot: '\\.test\\.ts$' },
    to: { path: pathOf(root, stack.slice(0, index + 1).flat()) }
  }))
)

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules must not import each other in a cycle, type imports included',
      severity: 'error',
      from: {},
      to: { circular: true }
    },
    {
      name: 'no-relative-import-across-packages',
      comment: 'A package uses another only through its published exports, never a relative path into it',
      severity: 'error',
      from: { path: '^(packages|tools|apps)/([^/]+)/' },
      to: { path: '^(packages|tools|apps)/', pathNot: '^$1/$2/' }
    },
    ...layerRules
  ],
  options: {
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsConfig: { fileName: 'tsconfig.base.json' }
  }
}
