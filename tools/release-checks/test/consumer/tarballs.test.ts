// What each published tarball holds, and what its package.json promises.
import { readdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { describe, expect, inject, test } from 'vitest'
import { publishedPackages, repoRoot } from './helpers.js'

const { directory: consumer, packed } = inject('installed')

describe.each(publishedPackages)('the @roadmap/%s tarball', (name) => {
  const required = {
    errors: ['dist/index.js', 'dist/index.d.ts'],
    core: [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/data.js',
      'dist/data.d.ts',
      'dist/data.json',
      'dist/roadmap.schema.json'
    ],
    links: ['dist/index.js', 'dist/index.d.ts', 'dist/config.js', 'dist/config.d.ts', 'dist/thread/worker.js'],
    lint: ['dist/index.js', 'dist/index.d.ts', 'dist/cli/bin.js', 'dist/config.schema.json']
  }[name]
  // Folders a package may publish besides `dist/`.
  const extraFolders = { errors: [], core: ['docs/'], links: [], lint: ['bin/', 'docs/'] }[name]
  // npm always adds these from the package folder.
  const always = /^(package\.json|(README|LICENSE|LICENCE|COPYING|NOTICE|CHANGELOG)(\.[a-z]+)?)$/i

  test('holds the built files, the JSON Schema and (core) the dataset', () => {
    expect(packed[name].files).toEqual(expect.arrayContaining(['package.json', ...required]))
  })

  test('holds no tests, fixtures, source maps, sources or scripts', () => {
    const unwanted =
      /\.(test|spec)\.|(^|\/)(__fixtures__|fixtures|__tests__|__mocks__|test|tests)\/|\.map$|^src\/|^scripts\/|(^|\/)tsconfig[^/]*\.json$/
    expect(packed[name].files.filter((path) => unwanted.test(path))).toEqual([])
    expect(
      packed[name].files.filter(
        (path) => !always.test(path) && !['dist/', ...extraFolders].some((folder) => path.startsWith(folder))
      )
    ).toEqual([])
  })

  test('holds the README and license files of the package folder', () => {
    const own = readdirSync(join(repoRoot, 'packages', name)).filter(
      (file) => always.test(file) && file !== 'package.json'
    )
    expect(own).toContain('README.md')
    expect(packed[name].files).toEqual(expect.arrayContaining(own))
  })

  test('points no `sourceMappingURL` at a file it does not hold', async () => {
    const dangling: string[] = []
    for (const path of packed[name].files.filter((file) => /\.(c|m)?(js|ts)$/.test(file))) {
      const text = await readFile(join(consumer, 'node_modules', '@roadmap', name, path), 'utf8')
      for (const [, target = ''] of text.matchAll(/^\/\/# sourceMappingURL=(\S+)\s*$/gm)) {
        if (!packed[name].files.includes(join(dirname(path), target).replaceAll('\\', '/')))
          dangling.push(`${path} -> ${target}`)
      }
    }
    expect(dangling).toEqual([])
  })

  test('declares released versions, not `workspace:` ranges', () => {
    const { manifest } = packed[name]
    expect(JSON.stringify(manifest)).not.toContain('workspace:')
    if (name !== 'errors') expect(manifest.dependencies?.['@roadmap/errors']).toBe(`^${packed.errors.manifest.version}`)
    if (name === 'lint') {
      expect(manifest.dependencies?.['@roadmap/core']).toBe(`^${packed.core.manifest.version}`)
      expect(manifest.dependencies?.['@roadmap/links']).toBe(`^${packed.links.manifest.version}`)
      expect(packed.lint.files).toContain(manifest.bin?.['roadmap-lint']?.replace(/^\.\//, ''))
    }
  })
})

test('@roadmap/links depends on neither the content model nor the linter: only on the errors base class', () => {
  expect(
    Object.keys(packed.links.manifest.dependencies ?? {}).filter((dependency) => dependency.startsWith('@roadmap/'))
  ).toEqual(['@roadmap/errors'])
})

test('@roadmap/errors depends on nothing', () => {
  expect(packed.errors.manifest.dependencies ?? {}).toEqual({})
})
