// The import rules of this repository, checked by tools/architecture's tests
// (and by `pnpm exec depcruise --config .dependency-cruiser.cjs packages tools bench/src`).
//
// Within a package, each folder is a layer and may import only the layers
// listed after it: data flows down the list, and nothing below reaches back
// up. The entry points (`index.ts`, `config.ts`, `pipeline.ts`) may import
// any layer; tests may too. `apps/web` is read through a copy in which each
// `.astro` file is the TypeScript of its frontmatter and bundled scripts
// (tools/architecture/test/web-mirror.ts).
//
// The `load-*` rules are about what Node.js loads when a module is imported:
// they apply to the built files (`dist/`, where TypeScript has dropped type
// imports), following static imports only, since a dynamic `import()` is how
// a module is loaded later, when it is needed (tools/architecture/test/loads.test.ts).

/** Layers of each package, from the top (the one nothing imports) down. */
const layers = {
  'packages/core/src': [
    ['load'],
    ['file'],
    ['rules'],
    ['rule'],
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
    ['link-checks'],
    ['files'],
    ['cache'],
    ['linter'],
    ['config'],
    ['rules'],
    ['rule'],
    ['formatters'],
    ['git', 'util'],
    ['errors.ts', 'rule-ids.ts', 'version.ts']
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
  ],
  // The site: routes (pages and the JSON API's endpoints), the page layout,
  // the components pages are made of, then what they use: the API documents,
  // search, reading progress and the colour theme; then the site's helpers
  // (paths, Markdown, requirements), which use only @roadmap/core.
  'apps/web/src': [
    ['pages'],
    ['layouts'],
    ['components'],
    ['api', 'map', 'search', 'progress', 'theme'],
    ['site'],
    ['styles']
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

/** A package in node_modules: the last `node_modules/` of a path names it, in pnpm's layout and a flat one. */
const npm = (names) => `(^|/)node_modules/(${names})/`
/** The Markdown and YAML parsers. */
const parsers = 'unified|remark-[^/]+|micromark[^/]*|mdast-util-from-markdown|yaml'
/** The link checker itself, beside its configuration (`config.js`) and thread entry (`thread.js`). */
const linkChecker = `^packages/links/dist/(index\\.js|checker/)|${npm('undici')}`

/**
 * What a built module may load (`forbidden`: none of `notReaching`) and must
 * (`reaching`, each: so that a rule cannot pass because a file moved).
 */
const loads = [
  {
    name: 'load-lint-offline-no-link-checker',
    comment:
      '`roadmap-lint --offline`, and an app that lints content, never load the link checker (undici): the CLI imports it when links are checked',
    from: '^packages/lint/dist/(index|cli/bin)\\.js$',
    notReaching: linkChecker,
    reaching: { '^packages/lint/dist/cli/bin\\.js$': ['^packages/links/dist/config\\.js$'] }
  },
  {
    name: 'load-lint-link-checker-on-its-thread',
    comment: "A run that checks links leaves the checker (undici) to its thread: the CLI's thread only posts URLs",
    from: '^packages/lint/dist/cli/link-run\\.js$',
    notReaching: linkChecker,
    reaching: { '^packages/lint/dist/cli/link-run\\.js$': ['^packages/links/dist/thread\\.js$'] }
  },
  {
    name: 'load-lint-parser-when-parsing',
    comment:
      'A run the content cache answers parses nothing: the CLI loads the Markdown and YAML parsers (and core with its zod schemas) with the first file parsed',
    from: '^packages/lint/dist/cli/bin\\.js$',
    notReaching: `^packages/core/dist/(index|pipeline)\\.js$|${npm(parsers)}`,
    reaching: { '^packages/lint/dist/cli/bin\\.js$': ['^packages/core/dist/pipeline-light\\.js$'] }
  },
  {
    name: 'load-core-pipeline-light-no-parser',
    comment: '`@roadmap/core/pipeline-light` is the pipeline without the stages that parse: no parser, no zod',
    from: '^packages/core/dist/pipeline-light\\.js$',
    notReaching: npm(`${parsers}|zod`),
    reaching: { '^packages/core/dist/pipeline\\.js$': ['unified', 'remark-parse', 'yaml', 'zod'].map(npm) }
  },
  {
    name: 'load-links-thread-entry-light',
    comment:
      '`@roadmap/links/thread` loads no package on the calling thread (the checker, undici and zod load on the worker)',
    from: '^packages/links/dist/thread\\.js$',
    notReaching: '(^|/)node_modules/',
    reaching: { '^packages/links/dist/thread\\.js$': ['^(node:)?worker_threads$'] }
  },
  {
    name: 'load-links-worker-only-its-dependencies',
    comment:
      "The link checker's thread starts while the CLI reads its configuration: it loads undici and fastest-levenshtein, and zod only to read a cache file",
    from: '^packages/links/dist/thread/worker\\.js$',
    notReaching: '(^|/)node_modules/(?!\\.pnpm/|undici/|fastest-levenshtein/)',
    reaching: { '^packages/links/dist/thread/worker\\.js$': [npm('undici')] }
  }
]

const loadRules = loads.map(({ name, comment, from, notReaching }) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from },
  to: { path: notReaching, reachable: true }
}))

const requiredLoads = loads.flatMap(({ name, reaching }) =>
  Object.entries(reaching).flatMap(([module, targets]) =>
    targets.map((target) => ({
      name: `${name}-followed`,
      comment: `${module} loads ${target}: the graph \`${name}\` checks is there`,
      severity: 'error',
      module: { path: module },
      to: { path: target, reachable: true }
    }))
  )
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
      // A path, not a package name (`@roadmap/core`, which resolves to core's files too).
      to: { path: '^(packages|tools|apps)/', pathNot: '^$1/$2/', dependencyTypes: ['local'] }
    },
    ...layerRules,
    {
      name: 'web-browser-code-without-dataset',
      comment:
        "The site's browser scripts (`*-client.ts`) load only @roadmap/core's browser entries without prose (`/skeleton`, `/query`, `/search`): the full dataset and the parser stay out of the browser",
      severity: 'error',
      from: { path: '^apps/web/src/.+-client\\.ts$' },
      to: {
        path: '^(@roadmap/core|packages/core/)',
        pathNot:
          '^(@roadmap/core/(skeleton|query|search)$|packages/core/(src|dist)/(skeleton|query/|search/|data-freeze|schema/kebab-case|util/))',
        reachable: true
      }
    },
    ...loadRules
  ],
  required: requiredLoads,
  options: {
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsConfig: { fileName: 'tsconfig.base.json' },
    // Resolve `@roadmap/core/pipeline-light` and the other subpaths through `exports`, as Node.js does.
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'node', 'default'] }
  }
}
