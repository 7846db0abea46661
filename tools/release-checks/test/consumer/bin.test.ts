// The installed `roadmap-lint` bin, as `npx roadmap-lint` or a package script runs it.
import { join } from 'node:path'
import { beforeAll, describe, expect, inject, test } from 'vitest'
import { spawn, write, type Result } from './helpers.js'

const { directory: consumer, packed } = inject('installed')

function roadmapLint(args: string[], cwd: string): Promise<Result> {
  return spawn(join(consumer, 'node_modules', '.bin', 'roadmap-lint'), args, cwd)
}

describe('the installed `roadmap-lint` bin', () => {
  const roadmap = `---
title: Web basics
description: A small roadmap that the consumer test lints.
updated: 2026-01-15
tags: [web]
---

An introduction to the web in one paragraph.

## What you will learn

How a page travels from a server to a browser.
`
  // Reviewed today: the `review-date` rule warns about a step never reviewed, or reviewed a year ago.
  const today = new Date().toISOString().slice(0, 10)
  const http = `---
title: HTTP
summary: Learn how browsers and servers talk to each other.
level: beginner
reviewed: ${today}
---

HTTP is the protocol of the web.

## Requests and responses

A client sends a request and the server answers with a response.

- [MDN: an overview of HTTP](https://developer.mozilla.org/en-US/docs/Web/HTTP/Overview "article")
`
  const dns = `---
title: DNS
summary: Learn how a name becomes an address.
level: beginner
reviewed: ${today}
requires: [http]
---

Before a browser can send a request, it needs the server's address.

## Name resolution

A resolver asks name servers until one knows the address.

- [MDN: what is a domain name?](http://developer.mozilla.org/en-US/docs/Learn/Common_questions/Web_mechanics/What_is_a_domain_name "article")
- [How DNS works](https://bit.ly/how-dns "article")
`

  beforeAll(async () => {
    await write(consumer, {
      // A config file in each project, so that none from a parent folder applies.
      'valid/roadmap-lint.config.json': `${JSON.stringify({ $schema: '../node_modules/@roadmap/lint/config.schema.json' })}\n`,
      'valid/content/web/roadmap.md': roadmap,
      'valid/content/web/01-http.md': http,
      // A config that imports the installed package: the insecure link is allowed.
      'planted/roadmap-lint.config.js':
        "import { defineConfig } from '@roadmap/lint'\n\nexport default defineConfig({ rules: { 'url-insecure': 'off' } })\n",
      'planted/content/web/roadmap.md': roadmap,
      'planted/content/web/01-http.md': http,
      'planted/content/web/02-dns.md': dns
    })
  })

  test('exits 0 with `[]` on valid content', async () => {
    const result = await roadmapLint(['content', '--offline', '-f', 'json'], join(consumer, 'valid'))
    expect(result).toEqual({ code: 0, stdout: '[]\n', stderr: '' })
  })

  test('exits 1 and reports the planted problem, with the path relative and `/`-separated', async () => {
    const result = await roadmapLint(['content', '--offline', '-f', 'json'], join(consumer, 'planted'))
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual([
      {
        file: 'content/web/02-dns.md',
        line: 16,
        column: 3,
        endLine: 16,
        endColumn: 52,
        ruleId: 'url-shortener',
        severity: 'error',
        message: expect.stringContaining('bit.ly') as unknown,
        url: expect.stringMatching(/\/packages\/lint\/docs\/rules\/url-shortener\.md$/) as unknown
      }
    ])
    expect(result.code).toBe(1)
    // The rule's documentation ships with the package whose rule it is.
    expect(packed.lint.files).toContain('docs/rules/url-shortener.md')
    expect(packed.core.files).toContain('docs/rules/requires-unknown.md')
    expect(packed.lint.files).not.toContain('docs/rules/requires-unknown.md')
  })

  test('`--help` exits 0 with the usage', async () => {
    const result = await roadmapLint(['--help'], consumer)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: roadmap-lint /)
    expect(result.stdout).toContain('Exit codes:')
  })

  test('`--version` prints the version of the installed package', async () => {
    await expect(roadmapLint(['--version'], consumer)).resolves.toEqual({
      code: 0,
      stdout: `${packed.lint.manifest.version}\n`,
      stderr: ''
    })
  })

  test('an unknown flag exits 2 with the reason on stderr', async () => {
    const result = await roadmapLint(['content', '--no-such-flag'], join(consumer, 'valid'))
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain("Unknown option '--no-such-flag'")
  })
})
