// The README is the package's contract with app developers: its entry-point
// table names exactly the package's exports, and its budgets are the tests'.
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { budgets, skeletonShareOfDataset } from './consumer/budgets.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>
}

/** The first cells of the table under `## heading`. */
function tableColumn(heading: string): string[] {
  const section = readme.slice(readme.indexOf(`## ${heading}\n`))
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| --- |')))
  return table
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
    .slice(1)
    .map((line) => line.split(' | ')[0]?.replace(/^\| /, '') ?? '')
}

test('the entry-point table names exactly the exports of package.json', () => {
  const documented = tableColumn('Entry points').map((cell) =>
    cell.replace(/^`|`$/g, '').replace(/^@roadmap\/core/, '.')
  )
  expect(documented.sort()).toEqual(Object.keys(manifest.exports).sort())
})

test('the bundle budgets of the README are the ones the tests hold', () => {
  const section = readme.slice(readme.indexOf('## Bundle sizes\n'))
  const table = section.slice(0, section.indexOf('\n## '))
  const stated = [...table.matchAll(/\| ([\d.]+) kB \|\n/g)].map(([, kilobytes]) => Number(kilobytes) * 1000)
  expect(stated.sort((a, b) => a - b)).toEqual(Object.values(budgets).sort((a, b) => a - b))
  expect(table).toContain(`at most ${skeletonShareOfDataset * 100}% of the whole dataset`)
})
