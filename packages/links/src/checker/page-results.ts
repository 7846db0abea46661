import { QuietChecks } from '../quiet/quiet-checks.js'
import { runChain, type ChainResult, type ChainSuccess } from '../request/chain.js'
import { askGitHub } from '../request/github.js'
import type { Slot } from '../schedule/scheduler.js'
import { pageResultOf, type Page, type PageResult } from './page.js'
import type { RequestContext } from './request-context.js'

/** Failures of an `http:` link that its `https:` form may not have. */
const httpsMayAnswer: ReadonlySet<string> = new Set([
  'status',
  'connection-refused',
  'redirect-loop',
  'too-many-redirects',
  'connection-reset',
  'tls'
])

/**
 * A page's result, from its request chain and what follows it while the
 * page is still `running`: the quiet-failure checks of a page that answers,
 * and the `https:` form of a broken `http:` one.
 */
export class PageResults {
  readonly #requests: RequestContext
  readonly #quiet: QuietChecks | undefined
  readonly #quietIgnored: (url: string) => boolean
  readonly #shared = new Map<string, PageResult>()

  constructor(
    requests: RequestContext,
    run: AbortSignal,
    quiet: { check: boolean; ignored: (url: string) => boolean }
  ) {
    this.#requests = requests
    this.#quiet = quiet.check ? new QuietChecks(requests, run) : undefined
    this.#quietIgnored = quiet.ignored
  }

  /**
   * Send a page's request chain in `slot`: reading its anchors when its
   * links ask for them, or through GitHub's API when that can answer for it.
   */
  async ask(page: Page<unknown>, slot: Slot): Promise<ChainResult> {
    const read = (page.fragments?.size ?? 0) > 0 ? 'anchors' : 'status'
    const url = new URL(page.key)
    const { chain, github } = this.#requests
    const fromApi =
      github && read === 'status' ? await askGitHub(chain, github.api, github.state, url, slot) : undefined
    return fromApi ?? (await runChain(chain, url, slot, read))
  }

  /** Keep what a request chain found. */
  record(page: Page<unknown>, result: ChainResult): void {
    page.source = 'request'
    page.result = this.#share(pageResultOf(result))
    if (result.kind === 'success' && result.anchors) page.anchors = result.anchors
  }

  /** A fresh `ok` or `redirected` result that is not what the link meant gets its quiet failure. */
  async checkQuiet(page: Page<unknown>, result: ChainSuccess): Promise<void> {
    if (!this.#quiet || result.viaApi || this.#quietIgnored(page.key)) return
    const quiet = await this.#quiet.check(page.key, result)
    if (quiet && page.result) page.result = { ...page.result, quiet }
  }

  /**
   * A broken `http:` page: does its `https:` form answer? If so, that is
   * where to look (a suggestion, never a fix). Only for failures the scheme
   * could explain: not an unknown host or a refused address.
   */
  async tryHttps(page: Page<unknown>): Promise<void> {
    if (!page.key.startsWith('http:') || !httpsMayAnswer.has(page.result?.reasonCode ?? 'ok')) return
    const url = new URL(page.key)
    url.protocol = 'https:'
    const slot = await this.#requests.scheduler.acquire(page.host).catch(() => undefined)
    if (!slot) return
    try {
      const answer = await runChain(this.#requests.chain, url, slot)
      if (answer.kind === 'success' && page.result) page.result = { ...page.result, httpsAnswers: url.href }
    } catch {
      // The run ended: no suggestion.
    } finally {
      slot.release()
    }
  }

  /**
   * One object for every result alike (`200 OK`, no redirect): results are
   * never changed once made (a follow-up makes a new one), and most of a
   * library's pages share one.
   */
  #share(result: PageResult): PageResult {
    if (result.redirects.length > 0 || result.movedTo !== undefined) return result
    const key = `${result.outcome} ${result.reasonCode} ${result.status ?? ''} ${result.transient} ${result.errorCode ?? ''} ${result.reason}`
    const known = this.#shared.get(key)
    if (known) return known
    if (this.#shared.size < 1_000) this.#shared.set(key, result)
    return result
  }
}
