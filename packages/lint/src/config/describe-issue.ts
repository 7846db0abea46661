import { closest } from '@roadmap/core/query'
import { z } from 'zod'

type Issue = z.core.$ZodIssue

/**
 * Lines (`  path: message`) for one zod issue of a config file, with a
 * did-you-mean where the mistake is a typo: an unknown key gets the closest
 * key the schema knows at that place (`rulez` → `rules`, `maxx` → `max`), a
 * wrong string value the closest allowed value (`"warn"` → `"warning"`).
 * `prefix` is the path of `input` in the file (`rules.title-max-length[1]`).
 */
export function describeConfigIssue(issue: Issue, schema: z.ZodType, input: unknown, prefix = ''): string[] {
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(schemaAt(schema, issue.path))
    return issue.keys.map((key) => {
      const suggestion = likelyMeant(key, known)
      const expected = known.length > 0 ? `, expected ${known.map((name) => `\`${name}\``).join(', ')}` : ''
      return `  ${joinPath(prefix, [...issue.path, key])}: Unknown key \`${key}\`${expected}${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`
    })
  }
  const suggestion = meantValue(issue, input)
  return [
    `  ${joinPath(prefix, issue.path)}: ${issue.message}${suggestion ? `; did you mean \`"${suggestion}"\`?` : ''}`
  ]
}

/**
 * What a config author probably meant: the same word in another case or
 * spelling of separators (`maxNesting` → `max-nesting`), the one allowed word
 * it abbreviates (`warn` → `warning`), else the closest by edit distance.
 */
function likelyMeant(word: string, candidates: readonly string[]): string | undefined {
  const normal = (text: string) => text.toLowerCase().replace(/[-_\s]/g, '')
  const same = candidates.filter((candidate) => normal(candidate) === normal(word))
  if (same.length === 1) return same[0]
  const abbreviated =
    word.length >= 2 ? candidates.filter((candidate) => normal(candidate).startsWith(normal(word))) : []
  if (abbreviated.length === 1) return abbreviated[0]
  return closest(word, candidates)
}

/**
 * The allowed string closest to a wrong one, looking into the branches of a
 * union (whose issues' paths are relative to the union's value): `"warn"`
 * alone or as the severity in `["warn", { … }]`.
 */
function meantValue(issue: Issue, input: unknown): string | undefined {
  const value = valueAt(input, issue.path)
  if (issue.code === 'invalid_value' && typeof value === 'string') {
    return likelyMeant(
      value,
      issue.values.filter((allowed): allowed is string => typeof allowed === 'string')
    )
  }
  if (issue.code === 'invalid_union') {
    for (const branch of issue.errors.flat()) {
      const found = meantValue(branch, value)
      if (found) return found
    }
  }
  return undefined
}

/** The schema that checks the value at `path`, or undefined where it cannot be told. */
function schemaAt(schema: z.ZodType | undefined, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current = unwrap(schema)
  for (const key of path) {
    if (current instanceof z.ZodObject) current = unwrap(current.shape[String(key)] as z.ZodType | undefined)
    else if (current instanceof z.ZodRecord) current = unwrap(current.valueType as z.ZodType)
    else if (current instanceof z.ZodArray) current = unwrap(current.element as z.ZodType)
    else if (current instanceof z.ZodTuple) current = unwrap(current.def.items[Number(key)] as z.ZodType | undefined)
    else if (current instanceof z.ZodUnion) {
      const branches = (current.options as z.ZodType[])
        .map((option) => schemaAt(option, [key]))
        .filter((found) => found !== undefined)
      current = branches[0]
    } else return undefined
  }
  return current
}

/** Through optional, default, nullable and pipes to the schema that holds the shape. */
function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema
  for (let depth = 0; depth < 16 && current; depth++) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
      current = current.def.innerType as z.ZodType
    } else if (current instanceof z.ZodPipe) current = current.def.in as z.ZodType
    else break
  }
  return current
}

function knownKeys(schema: z.ZodType | undefined): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape)
  if (schema instanceof z.ZodUnion)
    return [...new Set((schema.options as z.ZodType[]).flatMap((option) => knownKeys(unwrap(option))))]
  return []
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

function joinPath(prefix: string, path: readonly PropertyKey[]): string {
  const parts = path.map(String)
  if (prefix) return parts.length > 0 ? `${prefix}.${parts.join('.')}` : prefix
  return parts.length === 0 ? '(root)' : parts.join('.')
}
