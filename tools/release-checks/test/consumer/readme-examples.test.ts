// Docs that run: every TypeScript and JavaScript block of the READMEs, pasted
// into the consumer project of the packed packages as an app developer would,
// is type-checked (strict) and run with Node. A block that cannot run (it
// needs the network, or is a sketch with placeholders it declares) is marked
// `<!-- docs: typecheck-only (why) -->` and only type-checked.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, inject, test } from 'vitest'
import { codeBlocks, type CodeBlock } from '../../src/docs/code-blocks.js'
import { repoRoot, spawn, tsc, write } from './helpers.js'

const { directory: consumer } = inject('installed')
const readmes = ['README.md', 'packages/core/README.md', 'packages/links/README.md']

interface Example extends CodeBlock {
  /** Its file in the consumer, without the extension. */
  name: string
}

const examples: Example[] = []

beforeAll(async () => {
  for (const readme of readmes) {
    const blocks = codeBlocks(readme, await readFile(join(repoRoot, readme), 'utf8'))
    for (const [index, block] of blocks.entries())
      examples.push({ ...block, name: `${readme.replace(/\//g, '-').replace(/\.md$/, '')}-${index + 1}` })
  }
  await write(consumer, {
    ...Object.fromEntries(
      // `export {}`: each block is a module of its own, where top-level `await` works.
      examples.map((example) => [`readme-examples/${example.name}.${example.language}`, `${example.code}\nexport {}\n`])
    ),
    'tsconfig.readme.json': JSON.stringify({
      compilerOptions: {
        strict: true,
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        resolveJsonModule: true,
        allowJs: true,
        checkJs: true,
        skipLibCheck: true,
        lib: ['es2023', 'dom'],
        types: [],
        outDir: 'readme-out',
        noEmitOnError: true
      },
      include: ['readme-examples']
    })
  })
})

describe('the README examples, against the packed packages', () => {
  test('there are examples, and each README has some', () => {
    for (const readme of readmes)
      expect(examples.filter(({ place }) => place.startsWith(`${readme}:`)).length).toBeGreaterThan(0)
  })

  test('every example type-checks (strict), as written', async () => {
    const { code, stdout } = await tsc(consumer, 'tsconfig.readme.json')
    // Name each error's README line: `readme-examples/packages-core-README-2.ts(3,1)` → its block.
    const errors = stdout.replace(
      /readme-examples\/([\w.-]+)\.(ts|js)\((\d+),(\d+)\)/g,
      (_, name: string, __, line: string) => {
        const example = examples.find((each) => each.name === name)
        const [file, start] = (example?.place ?? '?:0').split(':')
        return `${file}:${Number(start) + Number(line)}`
      }
    )
    expect(errors).toBe('')
    expect(code).toBe(0)
  })

  test('every example not marked typecheck-only runs and exits 0', async () => {
    const runnable = examples.filter((example) => example.typecheckOnly === undefined)
    expect(runnable.length).toBeGreaterThan(5)
    for (const example of runnable) {
      const result = await spawn(process.execPath, [`readme-out/${example.name}.js`], consumer)
      expect({ place: example.place, code: result.code, stderr: result.stderr }).toEqual({
        place: example.place,
        code: 0,
        stderr: ''
      })
    }
  })
})
