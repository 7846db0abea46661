// @ts-check
// Headless Chromium from the system (Debian's `chromium` package): the tests
// and the screenshots never download a browser of their own, and fail, never
// skip, when there is none.
import { accessSync, constants } from 'node:fs'

/** Flags that keep a headless run quiet and local: no GPU, no sandbox (CI runs as root), no calls home. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export class ChromiumNotFoundError extends Error {
  code = 'ERR_CHROMIUM_NOT_FOUND'

  /** @param {string} path @param {unknown} cause */
  constructor(path, cause) {
    super(
      `Cannot find Chromium at \`${path}\`. Install it (\`apt-get install -y chromium\` on Debian; \`bash .ci/run\` does this) ` +
        'or set CHROMIUM_PATH to a Chromium or Chrome executable. The browser tests need it and do not skip.',
      { cause }
    )
    this.name = 'ChromiumNotFoundError'
  }
}

/**
 * The Chromium executable to drive: `CHROMIUM_PATH`, else `/usr/bin/chromium`.
 * Throws ChromiumNotFoundError when it is missing or not executable.
 *
 * @returns {string}
 */
export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  try {
    accessSync(path, constants.X_OK)
  } catch (error) {
    throw new ChromiumNotFoundError(path, error)
  }
  return path
}

/**
 * Options for playwright-core's `chromium.launch` and `chromium.launchServer`.
 * Playwright gives every launch a fresh temporary profile and removes it afterwards.
 *
 * @returns {{ executablePath: string, headless: true, args: string[] }}
 */
export function chromiumLaunchOptions() {
  return { executablePath: chromiumPath(), headless: true, args: chromiumArgs }
}
