// No source file over 300 lines: a file that long is two files.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect, test } from 'vitest'

const root = join(import.meta.dirname, '..', '..', '..')
const maxLines = 300
const source = /\.(ts|tsx|js|mjs|cjs|astro|css)$/
const skipped = new Set(['node_modules', 'dist', '.turbo', '.astro', '.corpus', 'coverage'])

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    if (skipped.has(name)) return []
    const path = join(directory, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return source.test(name) ? [path] : []
  })
}

test(`no source file is over ${maxLines} lines`, () => {
  const folders = ['packages', 'tools', 'bench', 'apps']
    .map((folder) => join(root, folder))
    .filter((folder) => {
      try {
        return statSync(folder).isDirectory()
      } catch {
        return false
      }
    })
  const files = folders.flatMap(sourceFiles)
  expect(files.length).toBeGreaterThan(100)
  const long = files
    .map((file) => ({ file: relative(root, file), lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
    .filter(({ lines }) => lines > maxLines)
    .map(({ file, lines }) => `${file}: ${lines} lines`)
  expect(long).toEqual([])
})
