import type { Root, Yaml } from 'mdast'
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import {
  isMap,
  isScalar,
  parseDocument,
  visit,
  type Alias,
  type Document,
  type Node as YamlNode,
  type Scalar
} from 'yaml'
import type { z } from 'zod'
import { report } from '../diagnostic.js'
import { reportYamlProblems, yamlReason } from './yaml-errors.js'
import { coreRuleIds } from '../rule-ids.js'
import { closest } from '../util/closest.js'
import { didYouMean } from '../util/did-you-mean.js'
import { lowerFirst, valueAt } from '../util/value-at.js'

/** Frontmatter parsed and checked against a schema, with a way back to positions. */
export interface Frontmatter<T> {
  /** The validated data, or `undefined` when it has problems (they are reported). */
  data: T | undefined
  /** Whatever YAML parsed to, valid or not: later stages use it for best-effort checks. */
  raw: unknown
  /** Position of the value at a path (`['requires', 0]`), or of the block itself. */
  positionOf: (path: ReadonlyArray<PropertyKey>) => Position | undefined
  /** Position of the key at a path (`['topic-aliases', 'first-api']`), else of its value. */
  keyPositionOf: (path: ReadonlyArray<PropertyKey>) => Position | undefined
  /** Position of the whole `---` block. */
  position: Position | undefined
}

/**
 * Read the YAML frontmatter of `tree`, report YAML syntax errors and schema
 * problems at the exact key or value, and return the data.
 */
export function readFrontmatter<T>(file: VFile, tree: Root, schema: z.ZodType<T>): Frontmatter<T> {
  const head = tree.children[0]
  if (head?.type !== 'yaml') {
    report(file, 'Missing frontmatter, expected a `---` block of YAML at the top of the file', {
      ruleId: coreRuleIds.frontmatterMissing,
      place: head?.position?.start ?? { line: 1, column: 1 }
    })
    return {
      data: undefined,
      raw: undefined,
      positionOf: () => undefined,
      keyPositionOf: () => undefined,
      position: undefined
    }
  }

  const toPosition = offsetMapper(file, head)
  const document = parseDocument(head.value, { prettyErrors: false, uniqueKeys: true })
  const positionOf = (path: ReadonlyArray<PropertyKey>) => locate(document, path, toPosition) ?? head.position
  const keyPositionOf = (path: ReadonlyArray<PropertyKey>) => {
    const range = findPair(document, path.slice(0, -1), path.at(-1))?.key
    return isScalar(range) && range.range ? toPosition(range.range[0], range.range[1]) : positionOf(path)
  }

  reportYamlProblems(file, document, head.value, toPosition, (error) => {
    const duplicate = error.code === 'DUPLICATE_KEY' ? keyAt(document, error.pos[0]) : undefined
    if (duplicate?.range)
      return { reason: duplicateKeyReason(duplicate), range: [duplicate.range[0], duplicate.range[1]] }
    return { reason: `Unexpected YAML: ${yamlReason(error.message)}`, range: [error.pos[0], error.pos[1]] }
  })
  if (document.errors.length > 0) {
    return { data: undefined, raw: undefined, positionOf, keyPositionOf, position: head.position }
  }

  let raw: unknown
  try {
    raw = document.toJS() ?? {}
  } catch (error) {
    // An alias without its anchor, or aliases that expand without bound.
    const alias = unresolvedAlias(document)
    report(file, `Unexpected YAML: ${yamlReason(error instanceof Error ? error.message : String(error))}`, {
      ruleId: coreRuleIds.yamlSyntax,
      place: alias?.range ? toPosition(alias.range[0], alias.range[1]) : head.position,
      cause: error
    })
    return { data: undefined, raw: undefined, positionOf, keyPositionOf, position: head.position }
  }
  const result = schema.safeParse(raw)
  if (result.success) return { data: result.data, raw, positionOf, keyPositionOf, position: head.position }

  for (const issue of result.error.issues) {
    reportIssue(file, document, issue, positionOf, toPosition, head, raw, schema)
  }
  return { data: undefined, raw, positionOf, keyPositionOf, position: head.position }
}

function reportIssue(
  file: VFile,
  document: Document,
  issue: z.core.$ZodIssue,
  positionOf: (path: ReadonlyArray<PropertyKey>) => Position | undefined,
  toPosition: (start: number, end: number) => Position,
  head: Yaml,
  raw: unknown,
  schema: z.ZodType
) {
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) {
      const pair = findPair(document, issue.path, key)
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined
      const suggestion = closest(String(key), knownKeys(schema, issue.path))
      const hint = suggestion ? `; did you mean \`${suggestion}\`?` : '; remove it or fix its spelling'
      report(file, `Unexpected frontmatter key \`${key}\`${keyHint(issue.path)}${hint}`, {
        ruleId: coreRuleIds.frontmatterUnknownKey,
        place: range ? toPosition(range[0], range[1]) : head.position
      })
    }
    return
  }

  const key = issue.path.map(String).join('.')
  const value = valueAt(raw, issue.path)
  if (value === undefined && issue.path.length > 0) {
    report(file, `Missing frontmatter key \`${key}\`, ${lowerFirst(issue.message)}`, {
      ruleId: coreRuleIds.frontmatterRequired,
      place: positionOf(issue.path.slice(0, -1))
    })
    return
  }

  const subject = issue.path.length === 0 ? 'frontmatter' : `\`${key}\``
  const hint = issue.code === 'invalid_value' ? didYouMean(value, issue.values) : ''
  report(file, `Unexpected ${subject} ${describe(value)}, ${lowerFirst(issue.message)}${hint}`, {
    ruleId: coreRuleIds.frontmatterInvalid,
    place: positionOf(issue.path)
  })
}

/** Map offsets inside the YAML value to positions in the whole file. */
function offsetMapper(file: VFile, head: Yaml): (start: number, end: number) => Position {
  const text = String(file.value)
  const blockStart = head.position?.start.offset ?? 0
  // The value starts on the line after the opening `---` (any line ending: CR only too).
  const lineEnding = /\r\n|\r|\n/g
  lineEnding.lastIndex = blockStart
  const newline = lineEnding.exec(text)
  const valueStart = newline ? newline.index + newline[0].length : blockStart
  const points = location(file)
  return (start, end) => {
    const from = points.toPoint(valueStart + start)
    const to = points.toPoint(valueStart + Math.max(end, start))
    return { start: from ?? { line: 1, column: 1 }, end: to ?? from ?? { line: 1, column: 1 } }
  }
}

function locate(
  document: Document,
  path: ReadonlyArray<PropertyKey>,
  toPosition: (start: number, end: number) => Position
): Position | undefined {
  if (path.length === 0) return undefined
  const node = document.getIn(path as unknown[], true) as YamlNode | undefined
  const range = node && typeof node === 'object' && 'range' in node ? node.range : undefined
  if (range && range[1] > range[0]) return toPosition(range[0], range[1])
  // An empty value (`title:`) has no range of its own: point at its key.
  const pair = findPair(document, path.slice(0, -1), path.at(-1))
  const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined
  if (keyRange) return toPosition(keyRange[0], keyRange[1])
  return locate(document, path.slice(0, -1), toPosition)
}

function findPair(document: Document, parentPath: ReadonlyArray<PropertyKey>, key: PropertyKey | undefined) {
  const parent = parentPath.length === 0 ? document.contents : document.getIn(parentPath as unknown[], true)
  if (!isMap(parent)) return undefined
  return parent.items.find((pair) => isScalar(pair.key) && pair.key.value === key)
}

/** The map key that starts at `offset` (where the yaml package reports a duplicate key). */
function keyAt(document: Document, offset: number): Scalar | undefined {
  let found: Scalar | undefined
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) {
        found = pair.key
        return visit.BREAK
      }
      return undefined
    }
  })
  return found
}

function duplicateKeyReason(key: Scalar): string {
  return `Unexpected duplicate frontmatter key \`${String(key.value)}\`, expected each key once; remove one of them`
}

function unresolvedAlias(document: Document): Alias | undefined {
  let found: Alias | undefined
  visit(document, {
    Alias(_, alias) {
      if (alias.resolve(document) === undefined) {
        found = alias
        return visit.BREAK
      }
      return undefined
    }
  })
  return found
}

function keyHint(path: ReadonlyArray<PropertyKey>): string {
  return path.length === 0 ? '' : ` in \`${path.join('.')}\``
}

function describe(value: unknown): string {
  if (value === null) return 'value (empty)'
  if (Array.isArray(value)) return 'value (a list)'
  if (typeof value === 'object') return 'value (a map)'
  return `value \`${String(value)}\``
}

/** The keys the schema allows at `path` (top level only: the format has no nested maps). */
function knownKeys(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  const shape = path.length === 0 ? (schema as { shape?: Record<string, unknown> }).shape : undefined
  return shape ? Object.keys(shape) : []
}
