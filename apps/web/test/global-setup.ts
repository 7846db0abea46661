import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import type { TestProject } from 'vitest/node'
import { chromiumLaunchOptions } from '../browser/chromium.js'
import { serveDist } from '../browser/serve-dist.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site on loopback, ending with `/`. */
    siteUrl: string
    /** Where the test files connect to the one shared Chromium. */
    browserEndpoint: string
  }
}

/** Serve the built site and start Chromium once for every test file. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url))
  if (!existsSync(`${dist}index.html`)) {
    throw new Error(
      'There is no built site in apps/web/dist: run `pnpm --filter web build` first (`pnpm test` builds it).'
    )
  }
  const launchOptions = chromiumLaunchOptions()
  const site = await serveDist(dist)
  const browserServer = await chromium
    .launchServer({ ...launchOptions, host: '127.0.0.1' })
    .catch(async (error: unknown) => {
      await site.close()
      throw error
    })
  project.provide('siteUrl', site.url)
  project.provide('browserEndpoint', browserServer.wsEndpoint())
  return async () => {
    await browserServer.close()
    await site.close()
  }
}
