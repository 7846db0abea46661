import type { Point, Position } from 'unist'
import { VFile } from 'vfile'
import type { FormatterOptions, RuleMeta } from '../types.js'

// The core's rules are documented in the core, this package's here.
const docs = 'https://github.com/roadmap-dev/roadmap/blob/main/packages/core/docs/rules/'
const lintDocs = 'https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/'

/** The rules the fixtures' options know; `link-dead` is left out on purpose. */
export const rules: ReadonlyArray<RuleMeta> = [
  {
    id: 'resource-kind',
    description: 'A resource has a known kind in its link title.',
    url: `${docs}resource-kind.md`,
    defaultSeverity: 'error'
  },
  {
    id: 'requires-unknown',
    description: 'Every `requires` entry names a step that exists.',
    url: `${docs}requires-unknown.md`,
    defaultSeverity: 'error'
  },
  {
    id: 'frontmatter-unknown-key',
    description: 'Frontmatter has only the keys the format defines.',
    url: `${docs}frontmatter-unknown-key.md`,
    defaultSeverity: 'error'
  },
  {
    id: 'file-unreadable',
    description: 'Every content file can be read.',
    url: `${docs}file-unreadable.md`,
    defaultSeverity: 'error'
  }
]

export function options(overrides: Partial<FormatterOptions> = {}): FormatterOptions {
  return { color: false, rules, version: '1.2.3', ...overrides }
}

interface Problem {
  reason: string
  ruleId?: string
  place?: Point | Position
  severity: 'error' | 'warning'
  url?: string
  /** What `--fix` would change: the message's fix. */
  fix?: { range: [number, number]; text: string }
}

/** Report `problem` on `file` the way the lint engine does: a vfile message with a url and a severity. */
function report(file: VFile, problem: Problem): void {
  const message = file.message(problem.reason, {
    ...(problem.place ? { place: problem.place } : {}),
    ...(problem.ruleId ? { ruleId: problem.ruleId } : {}),
    source: 'roadmap-lint'
  })
  message.fatal = problem.severity === 'error'
  if (problem.url) message.url = problem.url
  if (problem.fix) Object.assign(message, { fix: problem.fix })
}

const point = (line: number, column: number): Point => ({ line, column })
const range = (start: Point, end: Point): Position => ({ start, end })

export const roadmapText = [
  '---',
  'title: Backend',
  'requires: [dbs]',
  'a|b: c',
  '---',
  '',
  '# Backend',
  '',
  '- [Docs](https://example.org "blog")'
].join('\n')

/**
 * Problems of every kind: an error at a range and a warning at a point, a
 * message holding `%`, `:`, `,`, a pipe and a line break over several lines, a
 * file without text (no code frame), a line past the end of the text, a rule
 * the options do not know, a problem without a place and one without a rule
 * id. The files and their messages are out of order on purpose.
 */
export function mixedResults(): VFile[] {
  const web = new VFile({ path: 'content/web dev/roadmap.md', value: '---\ntitle: Web\n---\n' })
  report(web, {
    reason: 'Cannot reach `https://example.org/gone`: 404',
    ruleId: 'link-dead',
    place: point(40, 1),
    severity: 'warning',
    url: 'https://example.org/rules/link-dead'
  })

  const roadmap = new VFile({ path: 'content/backend/roadmap.md', value: roadmapText })
  report(roadmap, {
    reason: 'Unexpected resource kind `blog`, expected `official`, `article` or `video`',
    ruleId: 'resource-kind',
    place: range(point(9, 3), point(9, 37)),
    severity: 'error',
    url: `${docs}resource-kind.md`
  })
  report(roadmap, {
    reason: 'Cannot find step `dbs`; did you mean `databases`?',
    ruleId: 'requires-unknown',
    place: point(3, 12),
    severity: 'warning',
    url: `${docs}requires-unknown.md`
  })
  report(roadmap, {
    reason: 'Unexpected key `a|b`: 100% unknown, remove it\nor rename it',
    ruleId: 'frontmatter-unknown-key',
    place: range(point(4, 1), point(5, 1)),
    severity: 'error',
    url: `${docs}frontmatter-unknown-key.md`
  })
  report(roadmap, { reason: 'Unexpected end of file', place: point(9, 37), severity: 'warning' })

  const step = new VFile({ path: 'content/backend/steps/02-databases.md' })
  report(step, {
    reason: 'Cannot read file: EACCES, permission denied',
    ruleId: 'file-unreadable',
    severity: 'error',
    url: `${docs}file-unreadable.md`
  })

  const clean = new VFile({ path: 'content/backend/steps/01-internet.md', value: '---\ntitle: Internet\n---\n' })

  return [web, roadmap, clean, step]
}

/** Two warnings in one file and a file without problems. */
export function warningResults(): VFile[] {
  const step = new VFile({
    path: 'content/backend/steps/03-apis.md',
    value: '---\ntitle: APIs\nrequires: [http, dbs]\n---\n'
  })
  report(step, {
    reason: 'Cannot find step `dbs`; did you mean `databases`?',
    ruleId: 'requires-unknown',
    place: range(point(3, 18), point(3, 21)),
    severity: 'warning',
    url: `${docs}requires-unknown.md`
  })
  report(step, {
    reason: 'Cannot find step `http`; did you mean `internet`?',
    ruleId: 'requires-unknown',
    place: range(point(3, 12), point(3, 16)),
    severity: 'warning',
    url: `${docs}requires-unknown.md`
  })
  const clean = new VFile({ path: 'content/backend/roadmap.md', value: roadmapText })
  return [step, clean]
}

/** `count` errors, one a line, in one file: more than the Markdown table shows. */
export function manyResults(count: number): VFile[] {
  const file = new VFile({ path: 'content/backend/roadmap.md' })
  for (let line = 1; line <= count; line++) {
    report(file, { reason: `Problem ${line}`, ruleId: 'resource-kind', place: point(line, 1), severity: 'error' })
  }
  return [file]
}

/** The rules of the example in `docs/formatters.md`. */
export const docsRules: ReadonlyArray<RuleMeta> = [
  {
    id: 'requires-unknown',
    description: 'Every `requires` entry names a step that exists',
    url: `${docs}requires-unknown.md`,
    defaultSeverity: 'error'
  },
  {
    id: 'resource-kind',
    description: 'Every resource names its kind in the link title',
    url: `${docs}resource-kind.md`,
    defaultSeverity: 'error'
  },
  {
    id: 'link-redirected',
    description: 'External links should not go through a permanent redirect (301, 308); use the final URL',
    url: `${lintDocs}link-redirected.md`,
    defaultSeverity: 'warning'
  }
]

/** The example in `docs/formatters.md`: two steps of the backend roadmap, three problems. */
export function docsResults(): VFile[] {
  const apisText = [
    '---',
    'title: APIs',
    'summary: Design, build and document HTTP APIs.',
    'level: intermediate',
    'requires: [backend-framework]',
    '---',
    '',
    '## How HTTP APIs work',
    '',
    '- [RFC 9110: HTTP semantics](https://www.rfc-editor.org/rfc/rfc9110 "spec")'
  ].join('\n')
  const apis = new VFile({ path: 'content/backend/04-apis.md', value: apisText })
  report(apis, {
    reason: 'Cannot find step `backend-framework` in `requires`; did you mean `backend-frameworks`?',
    ruleId: 'requires-unknown',
    place: range(point(5, 12), point(5, 29)),
    severity: 'error',
    url: `${docs}requires-unknown.md`
  })
  report(apis, {
    reason: 'Unexpected resource kind `spec`, expected one of `official`, `article`, `video`, `course`, `book`',
    ruleId: 'resource-kind',
    place: range(point(10, 69), point(10, 75)),
    severity: 'error',
    url: `${docs}resource-kind.md`
  })

  const databasesText = [
    '## Relational databases',
    '',
    '- [PostgreSQL tutorial](http://www.postgresql.org/docs/current/tutorial.html "official")'
  ].join('\n')
  const databases = new VFile({ path: 'content/backend/03-databases.md', value: databasesText })
  report(databases, {
    reason: 'Unexpected permanent redirect to `https://www.postgresql.org/docs/current/tutorial.html`',
    ruleId: 'link-redirected',
    place: range(point(3, 25), point(3, 76)),
    severity: 'warning',
    url: `${lintDocs}link-redirected.md`,
    fix: { range: [49, 99], text: 'https://www.postgresql.org/docs/current/tutorial.html' }
  })
  return [apis, databases]
}
