import { join } from 'node:path'
import { loadSpeller, type Speller } from '../checks/speller.js'
import { proseOnly } from '../checks/prose-ranges.js'
import { defineFileRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'
import { UsageError } from '../errors.js'
import { readRegularFile } from '../util/read-regular-file.js'
import { spanOf } from '../util/span.js'

/** The project dictionary: a plain list of words, one a line, beside the roadmap folders. */
export const projectWordsFile = 'project-words.txt'

let speller: { key: string; speller: Speller } | undefined

/**
 * Spelling in prose, titles and summaries, by cspell with its English and
 * software-terms dictionaries and the project's own words. cspell loads
 * (about a second) only when the rule is on, in `prepare`.
 */
export const spelling = defineFileRule(
  {
    id: lintRuleIds.spelling,
    description: 'Words in prose, titles and summaries are spelled right (cspell, and `content/project-words.txt`)',
    defaultSeverity: 'warning'
  },
  ({ file, parsed, report }) => {
    // Not prepared: `lintText` called without `prepareRules` first, as the
    // README says it then checks no spelling. `lint()` always prepares.
    if (!speller) return
    const keys = parsed.kind === 'step' ? ['title', 'summary'] : ['title', 'description']
    const values = keys.map((key) => (parsed.frontmatter ? parsed.frontmatter.positionOf([key]) : undefined))
    const prose = proseOnly(String(file.value), parsed.tree, values)
    for (const { word, offset, suggestions } of speller.speller.check(prose)) {
      // The best suggestion only: the rest depend on how far cspell's search got.
      const hint = suggestions[0] === undefined ? '' : `did you mean \`${suggestions[0]}\`? `
      report(
        `Unknown word \`${word}\`; ${hint}Fix the spelling, or add the word to \`${projectWordsFile}\` if it is a real term`,
        spanOf(file, offset, offset + word.length)
      )
    }
  },
  {
    async prepare({ contentRoots }) {
      const words = contentRoots.flatMap((root) => readWords(join(root, projectWordsFile)))
      const key = words.join('\n')
      if (speller?.key !== key) speller = { key, speller: await loadSpeller(words) }
    }
  }
)

/** The words of a project dictionary: one a line; blank lines and lines starting with `#` are skipped. */
export function readWords(path: string): string[] {
  const read = readRegularFile(path, 1024 * 1024)
  if (read === undefined) return []
  if ('refused' in read)
    throw new UsageError(`Cannot read the project dictionary \`${path}\`: ${read.refused}; make it a plain text file`)
  return read.bytes
    .toString('utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}
