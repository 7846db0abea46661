import { defineFileRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'

/**
 * Whitespace or unbalanced brackets in a URL are almost always a copy-paste
 * mistake: the link leads somewhere other than intended.
 */
export const urlMalformed = defineFileRule(
  {
    id: lintRuleIds.urlMalformed,
    description: 'URLs have no whitespace and balanced brackets',
    defaultSeverity: 'error'
  },
  ({ links, report }) => {
    for (const link of links) {
      const problem = malformation(link.url)
      if (problem)
        report(
          `Unexpected ${problem.what} in URL \`${link.url}\`; fix the URL, or encode ${problem.encoding}`,
          link.position
        )
    }
  }
)

function malformation(url: string): { what: string; encoding: string } | undefined {
  if (/\s/.test(url)) return { what: 'whitespace', encoding: 'a space as `%20`' }
  if (count(url, '(') !== count(url, ')'))
    return { what: 'unbalanced parentheses', encoding: '`(` as `%28` and `)` as `%29`' }
  if (count(url, '[') !== count(url, ']'))
    return { what: 'unbalanced square brackets', encoding: '`[` as `%5B` and `]` as `%5D`' }
  return undefined
}

function count(text: string, char: string): number {
  return text.split(char).length - 1
}
