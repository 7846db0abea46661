#!/usr/bin/env node
// The floor: the least any structure linter of our format must do. Read every
// Markdown file under a folder, parse it with unified + remark-parse +
// remark-frontmatter, and parse its frontmatter with `yaml`. Nothing else: no
// model, no schema, no rules. One tree at a time, like a linter that streams.
//
//   node bench/src/floor.js <content-folder>
//
// Prints one line of JSON (files, nodes, frontmatter keys) so a reader can see
// the work was done; the benchmark times the whole process from outside.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { parseDocument } from 'yaml'

// The same processor set-up as @roadmap/core's parse/markdown.ts.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze()

/** The files roadmap-lint parses: `*.md` in the roadmap folders (not the top README.md). */
function markdownFiles(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && (entry.parentPath ?? entry.path) !== folder)
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort()
}

function countNodes(node) {
  let count = 1
  for (const child of node.children ?? []) count += countNodes(child)
  return count
}

const folder = process.argv[2] && resolve(process.argv[2])
if (!folder) {
  console.error('Usage: node bench/src/floor.js <content-folder>')
  process.exit(2)
}

const totals = { files: 0, nodes: 0, frontmatterKeys: 0 }
for (const path of markdownFiles(folder)) {
  const tree = processor.parse(readFileSync(path, 'utf8'))
  const head = tree.children[0]
  if (head?.type === 'yaml') {
    const document = parseDocument(head.value)
    totals.frontmatterKeys += document.contents?.items?.length ?? 0
  }
  totals.files++
  totals.nodes += countNodes(tree)
}
console.log(JSON.stringify(totals))
