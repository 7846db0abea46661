import { randomBytes } from 'node:crypto'
import type { RequestContext } from '../checker/request-context.js'
import { hostKey, runChain, type ChainResult, type ChainSuccess } from '../request/chain.js'
import type { QuietFailure } from '../types.js'
import { redirectQuietFailure } from './site-shape.js'

/** How a made-up path of a site answered, when it answered `2xx` (else `undefined`). */
interface MadeUpAnswer {
  /** The made-up URL asked. */
  url: string
  /** Where its redirects (if any) ended. */
  finalUrl: string
  status: number
  /** Its text (`pageText`), when it is a page of text. */
  text: string | undefined
  parked: boolean
}

/** Pages this alike (text over text) answer alike. */
const sameTextAt = 0.9

/**
 * The quiet-failure checks of a run: pages that answer, but not with what
 * the link meant. A redirect chain shows some on its face (a home page, a
 * login page, a domain marketplace). The others need the site's answer to
 * a path that cannot exist, asked once per site: a site that answers it
 * `404` (most do) is trusted for every page; on a site that answers it
 * `2xx`, each page is fetched and compared with a made-up path in its own
 * folder (asked once per folder): the same status and near-identical text
 * is a soft 404, and a parking page there is a parked domain.
 */
export class QuietChecks {
  readonly #requests: RequestContext
  readonly #run: AbortSignal
  /** One name for every made-up path of the run, which no site has. */
  readonly #madeUp = `roadmap-lint-no-such-page-${randomBytes(6).toString('hex')}`
  /** Per origin: the first made-up path's answer. */
  readonly #sites = new Map<string, Promise<MadeUpAnswer | undefined>>()
  /** Per origin and folder, on sites that answer made-up paths. */
  readonly #folders = new Map<string, Promise<MadeUpAnswer | undefined>>()

  constructor(requests: RequestContext, run: AbortSignal) {
    this.#requests = requests
    this.#run = run
  }

  /**
   * The quiet failure of a page that answered `result` (`ok` or
   * `redirected`), if any. Never throws: a check that cannot be made finds
   * nothing.
   */
  async check(pageUrl: string, result: ChainSuccess): Promise<QuietFailure | undefined> {
    const start = new URL(pageUrl)
    const final = new URL(result.redirects.at(-1)?.to ?? pageUrl)
    const onItsFace = redirectQuietFailure(start, final)
    if (onItsFace) return onItsFace
    const site = await this.#siteAnswer(final)
    if (!site) return undefined
    if (site.parked) {
      return {
        kind: 'parked-domain',
        reason: `answers any path (such as \`${site.url}\`) with a parking page`
      }
    }
    const folder = await this.#folderAnswer(final)
    if (!folder) return undefined
    if (folder.finalUrl !== folder.url && folder.finalUrl === final.href) {
      return { kind: 'soft-404', reason: `redirects where a made-up path beside it does (\`${folder.url}\`)` }
    }
    const page = await this.#ask(final)
    if (page?.kind !== 'success' || page.status !== folder.status || !page.page) return undefined
    const { isParkedPage, pageText, similarity } = await import('./page-text.js')
    if (isParkedPage(page.page.body)) {
      return { kind: 'parked-domain', reason: 'is a parking page' }
    }
    const text = pageText(page.page.headers, page.page.body, [final.pathname])
    if (text === undefined || folder.text === undefined) return undefined
    const alike = similarity(text, folder.text)
    if (alike < sameTextAt) return undefined
    return {
      kind: 'soft-404',
      reason: `answers like \`${folder.url}\`, a made-up path beside it (${page.status}, ${Math.floor(alike * 100)}% the same text)`
    }
  }

  /** How the site of `url` answers a made-up path: asked once per origin, in the folder of its first page. */
  #siteAnswer(url: URL): Promise<MadeUpAnswer | undefined> {
    let answer = this.#sites.get(url.origin)
    if (!answer) {
      answer = this.#askMadeUp(url)
      this.#sites.set(url.origin, answer)
      const folder = folderKey(url)
      if (!this.#folders.has(folder)) this.#folders.set(folder, answer)
    }
    return answer
  }

  /** How a made-up path in the folder of `url` answers: asked once per folder. */
  #folderAnswer(url: URL): Promise<MadeUpAnswer | undefined> {
    const key = folderKey(url)
    let answer = this.#folders.get(key)
    if (!answer) {
      answer = this.#askMadeUp(url)
      this.#folders.set(key, answer)
    }
    return answer
  }

  async #askMadeUp(beside: URL): Promise<MadeUpAnswer | undefined> {
    const url = new URL(
      `${folderOf(beside.pathname)}${this.#madeUp}${beside.pathname.endsWith('/') ? '/' : ''}`,
      beside
    )
    const answer = await this.#ask(url)
    if (answer?.kind !== 'success' || !answer.page) return undefined
    const { isParkedPage, pageText } = await import('./page-text.js')
    return {
      url: url.href,
      finalUrl: answer.redirects.at(-1)?.to ?? url.href,
      status: answer.status,
      text: pageText(answer.page.headers, answer.page.body, [url.pathname, this.#madeUp]),
      parked: isParkedPage(answer.page.body)
    }
  }

  /** `GET` a page in a slot of its host, reading its first bytes; `undefined` when the run ends first. */
  async #ask(url: URL): Promise<ChainResult | undefined> {
    if (this.#run.aborted) return undefined
    const slot = await this.#requests.scheduler.acquire(hostKey(url)).catch(() => undefined)
    if (!slot) return undefined
    try {
      return await runChain(this.#requests.chain, url, slot, 'page')
    } catch {
      return undefined
    } finally {
      slot.release()
    }
  }
}

function folderKey(url: URL): string {
  return `${url.origin}${folderOf(url.pathname)}`
}

/** The folder of a path: `/docs/intro` and `/docs/intro/` are both in `/docs/`. */
function folderOf(path: string): string {
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path
  return trimmed.slice(0, trimmed.lastIndexOf('/') + 1) || '/'
}
