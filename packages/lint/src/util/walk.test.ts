import type { BlockContent, Nodes, Root } from 'mdast'
import { expect, test } from 'vitest'
import { walk, walkAll } from './walk.js'

const tree: Root = {
  type: 'root',
  children: [
    { type: 'heading', depth: 2, children: [{ type: 'text', value: 'a' }] },
    {
      type: 'paragraph',
      children: [
        { type: 'link', url: 'b', children: [{ type: 'text', value: 'c' }] },
        { type: 'text', value: 'd' }
      ]
    }
  ]
}

test('walkAll visits every node in document order, the tree first', () => {
  const seen: string[] = []
  walkAll(tree, (node) => seen.push('value' in node ? `${node.type}:${node.value}` : node.type))
  expect(seen).toEqual(['root', 'heading', 'text:a', 'paragraph', 'link', 'text:c', 'text:d'])
})

test('walk visits only nodes of one type, in document order', () => {
  const seen: string[] = []
  walk(tree, 'text', (node) => seen.push(node.value))
  expect(seen).toEqual(['a', 'c', 'd'])
})

test('a tree far deeper than the call stack does not overflow it', () => {
  let node: Nodes = { type: 'text', value: 'bottom' }
  for (let level = 0; level < 200_000; level++) node = { type: 'blockquote', children: [node as BlockContent] }
  let texts = 0
  walk(node, 'text', () => texts++)
  expect(texts).toBe(1)
})
