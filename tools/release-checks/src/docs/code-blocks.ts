/** A TypeScript or JavaScript code block of a Markdown file. */
export interface CodeBlock {
  /** Where it starts: `README.md:57`. */
  place: string
  language: 'ts' | 'js'
  code: string
  /**
   * Why it is only type-checked, from an HTML comment on the line before the
   * fence: `<!-- docs: typecheck-only (it needs the network) -->`. Every other
   * block runs.
   */
  typecheckOnly: string | undefined
}

const languages: Record<string, 'ts' | 'js'> = {
  ts: 'ts',
  typescript: 'ts',
  js: 'js',
  javascript: 'js',
  mjs: 'js'
}

/**
 * The TypeScript and JavaScript code blocks of a Markdown file, with the
 * marker that makes one type-checked only. Other fences (`sh`, `json`,
 * `markdown`, none) are left out.
 *
 * @example
 *   codeBlocks('README.md', '```ts\nconsole.log(1)\n```\n') // [{ place: 'README.md:1', language: 'ts', code: 'console.log(1)\n', … }]
 */
export function codeBlocks(file: string, markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = []
  const lines = markdown.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const open = /^(`{3,})\s*([A-Za-z]*)\b.*$/.exec(lines[index] ?? '')
    if (!open) continue
    const [, fence = '```', info = ''] = open
    const close = lines.findIndex((line, at) => at > index && line.trim() === fence)
    const end = close === -1 ? lines.length : close
    const language = languages[info.toLowerCase()]
    if (language) {
      const marker = /^<!--\s*docs:\s*typecheck-only\s*(?:\((.*)\))?\s*-->$/.exec((lines[index - 1] ?? '').trim())
      blocks.push({
        place: `${file}:${index + 1}`,
        language,
        code: `${lines.slice(index + 1, end).join('\n')}\n`,
        typecheckOnly: marker ? (marker[1] ?? 'marked') : undefined
      })
    }
    index = end
  }
  return blocks
}
