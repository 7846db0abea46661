// @ts-check
import { defineConfig } from 'astro/config'
import { siteUrlConfig } from './site-url.mjs'

// Fully static: every page and every JSON file is written at build time from
// the dataset, so the site can be served by any static host, at the address
// SITE_URL names (site-url.mjs).
export default defineConfig({
  ...siteUrlConfig(process.env.SITE_URL),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The site never loads anything from another host: no prefetch, no fonts, no telemetry.
  prefetch: false,
  devToolbar: { enabled: false }
})
