import { createHash } from 'node:crypto'
import { headerVariablePattern, reservedHeaders } from './syntax.js'

/** Per-host settings as given in options (header values may hold `${NAME}`). */
export interface LinkHostOptions {
  /** Extra status codes that count as ok. */
  accept?: ReadonlyArray<number>
  /** Extra request headers; `${NAME}` in a value is replaced by the environment variable `NAME`, and such a header is sent over `https:` only. */
  headers?: Readonly<Record<string, string>>
  /** Requests in flight at once to this host (overrides `hostConcurrency`). */
  concurrency?: number
}

/** Settings for one host, ready to use. */
export interface HostSettings {
  accept: ReadonlySet<number>
  /** Headers as configured, with no `${NAME}` in them: sent on every request to the host. */
  headers: Readonly<Record<string, string>>
  /**
   * Headers with `${NAME}` expanded from the environment: sent over `https:`
   * only, never in clear text; a header naming an unset variable is left out.
   */
  envHeaders: Readonly<Record<string, string>>
  concurrency: number | undefined
  /** Hash of what the settings change about a request or its verdict, for cache keys. Holds no header value. */
  fingerprint: string
}

const noSettings: HostSettings = {
  accept: new Set(),
  headers: {},
  envHeaders: {},
  concurrency: undefined,
  fingerprint: 'none'
}

/**
 * Look up settings by host name: an exact key wins over `*.suffix` keys, and a
 * longer suffix over a shorter one.
 */
export class HostTable {
  readonly missingEnv: ReadonlyArray<string>
  readonly #exact = new Map<string, HostSettings>()
  readonly #wildcards: Array<[suffix: string, settings: HostSettings]> = []

  constructor(hosts: Readonly<Record<string, LinkHostOptions>>, env: Readonly<Record<string, string | undefined>>) {
    const missing = new Set<string>()
    for (const [key, options] of Object.entries(hosts)) {
      const settings = resolveHost(options, env, missing)
      const host = key.toLowerCase().replace(/\.$/, '')
      if (host.startsWith('*.')) this.#wildcards.push([host.slice(1), settings])
      else this.#exact.set(host, settings)
    }
    this.#wildcards.sort((a, b) => b[0].length - a[0].length)
    this.missingEnv = [...missing].sort()
  }

  get(hostname: string): HostSettings {
    const host = hostname.toLowerCase().replace(/\.$/, '')
    const exact = this.#exact.get(host)
    if (exact) return exact
    for (const [suffix, settings] of this.#wildcards) if (host.endsWith(suffix)) return settings
    return noSettings
  }

  /** Largest per-host concurrency any host may get. */
  maxConcurrency(fallback: number): number {
    let max = fallback
    for (const settings of [...this.#exact.values(), ...this.#wildcards.map(([, s]) => s)]) {
      if (settings.concurrency !== undefined) max = Math.max(max, settings.concurrency)
    }
    return max
  }
}

function resolveHost(
  options: LinkHostOptions,
  env: Readonly<Record<string, string | undefined>>,
  missing: Set<string>
): HostSettings {
  const headers: Record<string, string> = {}
  const envHeaders: Record<string, string> = {}
  // The fingerprint sees header names, the values as configured (`${NAME}`,
  // not the secret) and whether each variable was set: never a token.
  const fingerprintParts: string[] = []
  for (const [name, template] of Object.entries(options.headers ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    let unset = false
    let fromEnv = false
    const value = template.replace(headerVariablePattern, (_, variable: string) => {
      fromEnv = true
      // A token read from a file often ends in a newline: trim it, and never let one reach the request.
      const found = env[variable]?.trim().replace(/[\r\n\0]/g, '')
      if (found === undefined || found === '') {
        unset = true
        missing.add(variable)
        return ''
      }
      return found
    })
    fingerprintParts.push(`${name.toLowerCase()}:${template}:${unset ? 'unset' : 'set'}`)
    if (!unset && !reservedHeaders.has(name.toLowerCase())) (fromEnv ? envHeaders : headers)[name.toLowerCase()] = value
  }
  const accept = [...new Set(options.accept ?? [])].sort((a, b) => a - b)
  fingerprintParts.push(`accept:${accept.join(',')}`)
  return {
    accept: new Set(accept),
    headers,
    envHeaders,
    concurrency: options.concurrency,
    fingerprint:
      options.headers === undefined && accept.length === 0
        ? 'none'
        : createHash('sha256').update(fingerprintParts.join('\n')).digest('hex').slice(0, 16)
  }
}

/** Headers that carry credentials: never sent to another origin than the link's own. */
export const credentialHeaders: ReadonlySet<string> = new Set(['authorization', 'cookie', 'proxy-authorization'])
