import type { Nodes } from 'mdast'

type NodeOfType<Type extends Nodes['type']> = Extract<Nodes, { type: Type }>

/**
 * Call `visitor` for every node of `type` under `tree` (the tree included), in
 * document order. A plain walk: `unist-util-visit` copies the ancestors at
 * every node, which the checks here never use, and costs a second a run on a
 * large library.
 */
export function walk<Type extends Nodes['type']>(tree: Nodes, type: Type, visitor: (node: NodeOfType<Type>) => void): void {
  if (tree.type === type) visitor(tree as NodeOfType<Type>)
  if ('children' in tree) for (const child of tree.children) walk(child as Nodes, type, visitor)
}

/** Call `visitor` for every node under `tree` (the tree included), in document order. */
export function walkAll(tree: Nodes, visitor: (node: Nodes) => void): void {
  visitor(tree)
  if ('children' in tree) for (const child of tree.children) walkAll(child as Nodes, visitor)
}
