import { Agent } from 'undici'
import type { HostTable } from '../options/hosts.js'
import type { LinkCheckerOptions, ResolvedLinkOptions } from '../options/options.js'
import type { ChainContext } from '../request/chain.js'
import type { GitHubApi, GitHubState } from '../request/github.js'
import { createSafeLookup, systemLookup, type PrivateHostPolicy } from '../request/lookup.js'
import { NetworkMonitor } from '../schedule/network-monitor.js'
import { Scheduler } from '../schedule/scheduler.js'

/**
 * What every request of a run shares: the connection pools (with the safe
 * DNS lookup), the scheduler (host queues, slots, pace), the network monitor,
 * what each host taught the run (HEAD or GET), and the request count.
 */
export class RequestContext {
  readonly scheduler: Scheduler
  readonly monitor: NetworkMonitor
  readonly chain: ChainContext
  readonly privateHosts: PrivateHostPolicy
  /** GitHub's API, when the caller gave a token, and whether it is still asked. */
  readonly github: { api: GitHubApi; state: GitHubState } | undefined
  readonly #agent: Agent
  #count = 0

  constructor(
    options: ResolvedLinkOptions,
    input: Pick<LinkCheckerOptions, 'allowPrivateHosts' | 'lookup' | 'githubToken' | 'githubApiUrl'>,
    hosts: HostTable,
    run: AbortSignal,
    network: { onNetworkDown: () => void; onNetworkUp: () => void }
  ) {
    this.privateHosts = input.allowPrivateHosts ?? false
    this.github = input.githubToken
      ? {
          api: { token: input.githubToken, apiUrl: input.githubApiUrl ?? 'https://api.github.com' },
          state: { stopped: undefined }
        }
      : undefined
    this.#agent = new Agent({
      connect: {
        timeout: options.connectTimeout,
        lookup: createSafeLookup(input.lookup ?? systemLookup, this.privateHosts)
      },
      headersTimeout: options.headersTimeout,
      bodyTimeout: options.bodyTimeout,
      connections: hosts.maxConcurrency(options.hostConcurrency)
    })
    this.scheduler = new Scheduler({
      globalLimit: options.concurrency,
      hostLimit: (host) => hosts.get(host).concurrency ?? options.hostConcurrency,
      slowGap: options.slowHostGap,
      signal: run
    })
    this.monitor = new NetworkMonitor({ onDown: network.onNetworkDown, onUp: network.onNetworkUp })
    this.chain = {
      dispatcher: this.#agent,
      hosts,
      privateHosts: this.privateHosts,
      options,
      run,
      scheduler: this.scheduler,
      monitor: this.monitor,
      getOnlyHosts: new Set(),
      headTrustedHosts: new Set(),
      headClosesHosts: new Set(),
      countRequest: () => {
        this.#count++
      }
    }
  }

  /** HTTP requests sent so far. */
  get count(): number {
    return this.#count
  }

  /** Close every connection. */
  async close(): Promise<void> {
    await this.#agent.destroy().catch(() => undefined)
  }
}
