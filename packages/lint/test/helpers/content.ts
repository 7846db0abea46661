// Shared by the tests: temporary content folders, valid step files to plant
// problems in, and lint results as one string per message.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve, sep } from 'node:path'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { afterEach } from 'vitest'
import { configSchema } from '../../src/config/config-schema.js'
import { resolveConfig } from '../../src/config/load-config.js'
import { lint, type LintResult } from '../../src/files/lint.js'
import { runCli } from '../../src/cli/run.js'
import { applyFixes } from '../../src/linter/apply-fixes.js'
import { allRuleMeta, lintRules } from '../../src/rules/index.js'

/**
 * Temporary folders, each removed after the test that made it.
 *
 * @example
 *   const temporary = useTempDirs()
 *   test('…', async () => { const root = await temporary() })
 */
export function useTempDirs(): (prefix?: string) => Promise<string> {
  const made: string[] = []
  afterEach(async () => {
    await Promise.all(made.splice(0).map((path) => rm(path, { recursive: true, force: true })))
  })
  return async (prefix = 'roadmap-lint-test-') => {
    const path = await mkdtemp(join(tmpdir(), prefix))
    made.push(path)
    return path
  }
}

/** Write `files` (paths relative to `root`, `/` separated) under `root`. */
export async function writeTree(root: string, files: Readonly<Record<string, string | Uint8Array>>): Promise<void> {
  for (const [path, contents] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), contents)
  }
}

export const roadmapMd = `---
title: Backend developer
description: Learn to build the server side of web applications.
updated: 2026-11-26
---

Backend developers build the part of an application that users never see.
`

export interface StepParts {
  title?: string
  summary?: string
  level?: string
  requires?: string[]
  intro?: string
}

/**
 * A valid step file around `topics`. Without `requires`, the frontmatter is
 * lines 1–5, the introduction line 7 and `topics` start on line 9.
 */
export function stepMd(topics: string, parts: StepParts = {}): string {
  const requires = parts.requires ? `requires: [${parts.requires.join(', ')}]\n` : ''
  return `---
title: ${parts.title ?? 'APIs'}
summary: ${parts.summary ?? 'Design and build HTTP APIs that other programs can rely on.'}
level: ${parts.level ?? 'intermediate'}
${requires}---

${parts.intro ?? 'An API is a promise to the programs that call it.'}

${topics}`
}

/** A `##` topic with a description and one resource per line of `resources`. */
export function topicMd(heading: string, ...resources: string[]): string {
  return `## ${heading}

What ${heading.toLowerCase()} is and why it matters.

${resources.map((resource) => `- ${resource}`).join('\n')}
`
}

/** A resource link: `[title](url "kind")`. */
export function resourceMd(title: string, url: string, kind = 'article'): string {
  return `[${title}](${url} "${kind}")`
}

/** `path:line:column-endLine:endColumn severity rule-id reason`, path relative to `base`. */
export function describeMessage(base: string, path: string, message: VFileMessage): string {
  const file = relative(base, path).split(sep).join('/')
  const end = message.place && 'start' in message.place ? message.place.end : undefined
  const severity = message.fatal === true ? 'error' : 'warning'
  return `${file}:${message.line ?? 1}:${message.column ?? 1}-${end?.line ?? message.line ?? 1}:${end?.column ?? message.column ?? 1} ${severity} ${message.ruleId} ${message.reason}`
}

/** Every message of a lint result, in report order, with paths relative to `base`. */
export function messagesOf(base: string, files: ReadonlyArray<VFile>): string[] {
  return files.flatMap((file) => file.messages.map((message) => describeMessage(base, pathOf(file), message)))
}

/** A reported file's absolute path (`lint()` reports paths relative to its `cwd`). */
export function pathOf(file: VFile): string {
  return resolve(file.cwd, file.path)
}

export interface LintTreeOptions {
  /** The raw config, as a config file would hold it. */
  config?: unknown
  paths?: string[]
  /** Absolute paths of the files a change touched (`--changed`). */
  changed?: ReadonlySet<string>
}

/**
 * The rules that judge by the day and by a dictionary are off unless a test
 * turns them on: the test steps are written without a `reviewed` date, in
 * words a dictionary need not know. Their own tests turn them on.
 */
export const quietRules: Readonly<Record<string, 'off'>> = { 'review-date': 'off', spelling: 'off' }

/** `config` with `quietRules` off unless it sets them. */
export function quietByDefault(config: unknown = {}): unknown {
  const raw = (config ?? {}) as { rules?: Record<string, unknown> }
  if (typeof raw !== 'object' || Array.isArray(raw)) return config
  return { ...raw, rules: { ...quietRules, ...raw.rules } }
}

/**
 * A `roadmap-lint.config.json` for a test project, with `quietRules` off
 * unless `config` sets them: the text of the file.
 */
export function quietConfigText(config: unknown = {}): string {
  return JSON.stringify(quietByDefault(config))
}

/** Lint `root/content` (or `paths`) with the given config; paths in messages are relative to `content/`. */
export async function lintTree(
  root: string,
  options: LintTreeOptions = {}
): Promise<{ messages: string[]; result: LintResult }> {
  const content = join(root, 'content')
  const config = resolveConfig(quietByDefault(options.config), undefined, {
    schema: configSchema,
    rules: lintRules,
    metas: allRuleMeta,
    cwd: root
  })
  const result = await lint({
    paths: options.paths ?? [content],
    cwd: root,
    rules: lintRules,
    config,
    ...(options.changed ? { changed: options.changed } : {})
  })
  return { messages: messagesOf(content, result.files), result }
}

/** `files` plus a valid `roadmap.md` for each roadmap folder that has none. */
export function withRoadmaps(files: Readonly<Record<string, string>>): Record<string, string> {
  const all: Record<string, string> = {}
  for (const folder of new Set(Object.keys(files).map((path) => path.split('/')[0] ?? ''))) {
    all[`${folder}/roadmap.md`] = roadmapMd
  }
  return Object.assign(all, files)
}

/**
 * Lint content made of `files` (paths under `content/`); a roadmap folder
 * without a `roadmap.md` gets a valid one. Returns one string per message.
 */
export async function lintContent(files: Readonly<Record<string, string>>, config?: unknown): Promise<string[]> {
  const root = await mkdtemp(join(tmpdir(), 'roadmap-lint-rule-'))
  try {
    await writeTree(join(root, 'content'), withRoadmaps(files))
    return (await lintTree(root, config === undefined ? {} : { config })).messages
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

/**
 * Lint content made of `files` and apply every fix offered, in memory: the
 * text `--fix` would write, by path under `content/`, for the files it changes.
 */
export async function fixedContent(files: Readonly<Record<string, string>>): Promise<Record<string, string>> {
  const root = await mkdtemp(join(tmpdir(), 'roadmap-lint-fix-'))
  try {
    await writeTree(join(root, 'content'), withRoadmaps(files))
    const { result } = await lintTree(root)
    const fixed: Record<string, string> = {}
    for (const file of result.files) {
      const { text, fixed: applied } = applyFixes(String(file.value), file.messages)
      if (applied.length === 0) continue
      fixed[relative(join(root, 'content'), pathOf(file)).split(sep).join('/')] = text
    }
    return fixed
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

/** Only the messages of one rule. */
export function ofRule(messages: ReadonlyArray<string>, ruleId: string): string[] {
  return messages.filter((message) => message.split(' ')[2] === ruleId)
}

export interface CapturedRun {
  code: number
  stdout: string
  stderr: string
}

/** Run the CLI in-process with fake streams. */
export async function runCapturing(
  argv: ReadonlyArray<string>,
  options: { cwd: string; env?: Record<string, string | undefined>; isTTY?: boolean; columns?: number }
): Promise<CapturedRun> {
  let stdout = ''
  let stderr = ''
  const isTTY = options.isTTY ?? false
  const code = await runCli(argv, {
    cwd: options.cwd,
    env: options.env ?? {},
    stdout: {
      write: (text: string) => (stdout += text),
      isTTY,
      ...(options.columns === undefined ? {} : { columns: options.columns })
    },
    stderr: { write: (text: string) => (stderr += text), isTTY }
  })
  return { code, stdout, stderr }
}
