import { readFileSync } from 'node:fs'

/**
 * This package's version, as its `package.json` says (reports name the tool
 * that wrote them).
 *
 * @example
 *   formatters.sarif(result.files, { color: false, rules: allRuleMeta, version })
 */
export const version: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version
