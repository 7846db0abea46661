import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject } from 'vitest'

/** The address of `path` (from the site root, such as `/search/`) on the test server. */
export function siteUrl(path: string): string {
  return new URL(path, inject('siteUrl')).href
}

/**
 * The shared Chromium, connected before the file's tests and let go after
 * them. Call at the top of a test file.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'))
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('The browser is not connected yet: call the getter inside a test')
    return browser
  }
}

/** A page in a fresh context (its own localStorage), and every problem it ran into. */
export interface OpenedPage {
  context: BrowserContext
  page: Page
  /** Console errors, uncaught exceptions, failed or refused requests: should stay empty. */
  problems: string[]
}

/**
 * A new context and page that records problems. Requests to any host other
 * than the test server are refused and recorded: the site must load nothing
 * from elsewhere, and the tests must touch nothing outside loopback.
 */
export async function openContext(browser: Browser, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ reducedMotion: 'reduce', ...options })
  const problems: string[] = []
  const origin = new URL(inject('siteUrl')).origin
  await context.route(
    (url) => url.origin !== origin,
    async (route) => {
      problems.push(`request to another host: ${route.request().url()}`)
      await route.abort('blockedbyclient')
    }
  )
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? ''
    // A reload or navigation cancels what the page was still fetching (its icon, say): not a fault of the site.
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} ${reason}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  return { context, page, problems }
}

/**
 * Run `check` on a fresh page, then expect that the page ran into no problem
 * (see `openContext`), and close its context whatever happened.
 */
export async function withPage(
  browser: Browser,
  check: (opened: OpenedPage) => Promise<void>,
  options: BrowserContextOptions = {}
): Promise<void> {
  const opened = await openContext(browser, options)
  try {
    await check(opened)
    expect(opened.problems).toEqual([])
  } finally {
    await opened.context.close()
  }
}

/**
 * Expect the page's live region (`role="status"`) to come to say `expected`.
 * Announcements follow asynchronous work (a file read, a search in a worker),
 * so the region is polled rather than read once; under load the first read
 * can come before the page has written anything.
 */
export async function expectStatus(page: Page, expected: string | RegExp, hasText?: string): Promise<void> {
  const status = hasText === undefined ? page.getByRole('status') : page.getByRole('status').filter({ hasText })
  const said = expect.poll(async () => (await status.textContent()) ?? '', { timeout: 15_000 })
  if (typeof expected === 'string') await said.toBe(expected)
  else await said.toMatch(expected)
}
