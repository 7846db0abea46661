import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsPlugin from 'ajv-formats'
import { expect } from 'vitest'

/**
 * A validator for the official SARIF 2.1.0 schema (`__fixtures__/`, verbatim
 * from oasis-tcs/sarif-spec, the copy `github/codeql-action` validates uploads
 * against). It declares JSON Schema 2020-12 and has two known defects that Ajv,
 * stricter than most validators, refuses to compile; both are mended here, in
 * memory, so the fixture stays byte for byte the published file:
 * - `region`'s `anyOf` sits inside `properties` (as if it were a property named
 *   `anyOf`); it moves up to `region` itself, where it was meant to be, so a
 *   region without `startLine` is refused as the spec intends.
 * - The `language` patterns start with `(?i)`, an inline flag JavaScript lacks;
 *   they compile with the `i` flag instead.
 */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(new URL('sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as {
    definitions: { region: { properties: Record<string, unknown> } }
  }
  const region = schema.definitions.region
  const { anyOf, ...properties } = region.properties
  schema.definitions.region = { ...region, properties, anyOf } as typeof region
  const regExp = Object.assign(
    (pattern: string, flags: string) =>
      pattern.startsWith('^(?i)')
        ? new RegExp(`^${pattern.slice('^(?i)'.length)}`, `${flags}i`)
        : new RegExp(pattern, flags),
    { code: 'new RegExp' }
  )
  const ajv = new Ajv2020({ allErrors: true, code: { regExp } })
  addFormatsPlugin.default(ajv)
  return ajv.compile(schema)
}

export const validate = sarifValidator()

/** Assert that a formatter's output is a valid SARIF 2.1.0 log. */
export function expectValid(output: string) {
  validate(JSON.parse(output))
  expect(validate.errors ?? []).toEqual([])
}
