import { describeStatus } from './classify.js'
import type { ChainContext, ChainSuccess } from './chain.js'
import { sendRequest } from './http.js'
import { header } from './response-headers.js'
import type { Slot } from '../schedule/scheduler.js'

/** GitHub's REST API, and the token a run may send it (`githubToken`). */
export interface GitHubApi {
  token: string
  /** `https://api.github.com`, or a GitHub Enterprise Server's (or a test's) API root. */
  apiUrl: string
}

const segment = '([^/]+)'
/** GitHub web paths and the API resources that answer for them; the rest is checked on the web. */
const routes: ReadonlyArray<[web: RegExp, api: (parts: string[]) => string]> = [
  [new RegExp(`^/${segment}/${segment}/?$`), ([owner, repo]) => `/repos/${owner}/${repo}`],
  [
    new RegExp(`^/${segment}/${segment}/(?:blob|tree)/${segment}/(.+?)/?$`),
    ([owner, repo, ref, path]) => `/repos/${owner}/${repo}/contents/${path}?ref=${ref}`
  ],
  [
    new RegExp(`^/${segment}/${segment}/tree/${segment}/?$`),
    ([owner, repo, ref]) => `/repos/${owner}/${repo}/commits/${ref}`
  ],
  [new RegExp(`^/${segment}/${segment}/issues/(\\d+)/?$`), ([owner, repo, n]) => `/repos/${owner}/${repo}/issues/${n}`],
  [new RegExp(`^/${segment}/${segment}/pull/(\\d+)/?$`), ([owner, repo, n]) => `/repos/${owner}/${repo}/pulls/${n}`],
  [
    new RegExp(`^/${segment}/${segment}/releases/tag/${segment}/?$`),
    ([owner, repo, tag]) => `/repos/${owner}/${repo}/releases/tags/${tag}`
  ],
  [new RegExp(`^/${segment}/${segment}/releases/?$`), ([owner, repo]) => `/repos/${owner}/${repo}`]
]

/**
 * The API resource that says whether a GitHub page exists: a repository,
 * a file or folder at a ref, a branch or tag, an issue, a pull request, a
 * release. `undefined` for anything else (and for URLs with a query), which
 * is checked on the web. Path segments stay percent-encoded as in the link.
 *
 * @example
 *   githubApiPath(new URL('https://github.com/nodejs/node/blob/main/README.md')) // '/repos/nodejs/node/contents/README.md?ref=main'
 */
export function githubApiPath(url: URL): string | undefined {
  const host = url.hostname.toLowerCase()
  if ((host !== 'github.com' && host !== 'www.github.com') || url.search !== '') return undefined
  for (const [web, api] of routes) {
    const match = web.exec(url.pathname)
    if (match) return api(match.slice(1))
  }
  return undefined
}

/** Why the API stopped being asked this run (a refused token, its rate limit spent), once it did. */
export interface GitHubState {
  stopped: string | undefined
}

/**
 * Ask GitHub's API whether the page at `url` exists, in the chain's slot
 * (moved to the API's host), with the token, to the API's origin only and
 * following no redirect. `ok` when the API says the resource exists;
 * `undefined` for anything else (a `404`, which the web confirms or not, a
 * moved repository, a refused token, a spent rate limit, a failure): then
 * the page is checked on the web as any other. So the API only ever spares
 * the web its requests, and a run with many GitHub links is not
 * rate-limited into `unverifiable`.
 */
export async function askGitHub(
  context: ChainContext,
  github: GitHubApi,
  state: GitHubState,
  url: URL,
  slot: Slot
): Promise<ChainSuccess | undefined> {
  const path = githubApiPath(url)
  if (path === undefined || state.stopped !== undefined) return undefined
  const api = new URL(`${github.apiUrl.replace(/\/+$/, '')}${path}`)
  await slot.moveTo(api.hostname.toLowerCase())
  context.countRequest()
  let status: number
  let remaining: string | undefined
  try {
    const response = await sendRequest(
      context.dispatcher,
      {
        url: api,
        method: 'HEAD',
        headers: {
          'user-agent': context.options.userAgent,
          accept: 'application/vnd.github+json',
          'x-github-api-version': '2022-11-28',
          authorization: `Bearer ${github.token}`
        },
        keepBodyBytes: 0,
        reuseAfterHead: true
      },
      context.options,
      context.run
    )
    context.monitor.recordResponse()
    status = response.status
    remaining = header(response.headers, 'x-ratelimit-remaining')
  } catch {
    // A failure of the API's is no verdict on the page: the web decides.
    if (context.run.aborted) throw context.run.reason
    return undefined
  }
  if (status === 401) state.stopped = 'the token was refused (401)'
  else if (remaining === '0') state.stopped = 'its rate limit is spent'
  if (status !== 200) return undefined
  return {
    kind: 'success',
    outcome: 'ok',
    reasonCode: 'ok',
    reason: `${describeStatus(200)} (GitHub API)`,
    status,
    redirects: [],
    viaApi: true
  }
}
