import type { LinksConfig } from './config-schema.js'
import { headerVariablePattern } from './syntax.js'

/** An environment variable a configured header reads, and where. */
export interface HeaderVariable {
  /** The header's path in the `links` section, e.g. `hosts["api.github.com"].headers.Authorization`. */
  path: string
  /** The variable's name, e.g. `GITHUB_TOKEN`. */
  variable: string
}

/**
 * Every `${NAME}` the headers of a `links` configuration section read, in
 * the order written. A tool that reads the section from a file it does not
 * trust asks its user to allow each variable before it passes the
 * environment on (`roadmap-lint --allow-env NAME`).
 *
 * @example
 *   headerVariables({ hosts: { 'api.github.com': { headers: { Authorization: 'Bearer ${GITHUB_TOKEN}' } } } })
 *   // [{ path: 'hosts["api.github.com"].headers.Authorization', variable: 'GITHUB_TOKEN' }]
 */
export function headerVariables(config: LinksConfig): HeaderVariable[] {
  const found: HeaderVariable[] = []
  for (const [host, settings] of Object.entries(config.hosts ?? {})) {
    for (const [name, value] of Object.entries(settings.headers ?? {})) {
      for (const match of value.matchAll(headerVariablePattern)) {
        found.push({ path: `hosts[${JSON.stringify(host)}].headers.${name}`, variable: match[1] as string })
      }
    }
  }
  return found
}
