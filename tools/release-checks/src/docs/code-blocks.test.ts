import { expect, test } from 'vitest'
import { codeBlocks } from './code-blocks.js'

test('finds the TypeScript and JavaScript blocks, with their place and marker', () => {
  const markdown = [
    '# Title',
    '```sh',
    'npm install x',
    '```',
    '```ts',
    "import { x } from 'x'",
    '```',
    '<!-- docs: typecheck-only (it needs the network) -->',
    '```js',
    'await fetch(url)',
    '```',
    '````markdown',
    '```ts',
    'not a block of its own',
    '```',
    '````'
  ].join('\n')
  expect(codeBlocks('README.md', markdown)).toEqual([
    { place: 'README.md:5', language: 'ts', code: "import { x } from 'x'\n", typecheckOnly: undefined },
    { place: 'README.md:9', language: 'js', code: 'await fetch(url)\n', typecheckOnly: 'it needs the network' }
  ])
})
