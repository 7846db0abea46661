import type { Nodes } from 'mdast'

type NodeOfType<Type extends Nodes['type']> = Extract<Nodes, { type: Type }>

/**
 * Call `visitor` for every node of `type` under `tree` (the tree included), in
 * document order. A plain walk: `unist-util-visit` copies the ancestors at
 * every node, which the checks here never use, and costs a second a run on a
 * large library.
 */
export function walk<Type extends Nodes['type']>(
  tree: Nodes,
  type: Type,
  visitor: (node: NodeOfType<Type>) => void
): void {
  walkAll(tree, (node) => {
    if (node.type === type) visitor(node as NodeOfType<Type>)
  })
}

/**
 * Call `visitor` for every node under `tree` (the tree included), in document
 * order. With a stack, not recursion, so no depth of nesting overflows it.
 */
export function walkAll(tree: Nodes, visitor: (node: Nodes) => void): void {
  const stack: Nodes[] = [tree]
  for (let node = stack.pop(); node; node = stack.pop()) {
    visitor(node)
    if ('children' in node)
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes)
  }
}
