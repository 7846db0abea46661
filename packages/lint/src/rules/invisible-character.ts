import { invisibleCharacters } from '../checks/invisible-characters.js'
import { defineFileRule } from '../rule/define-rule.js'
import { lintRuleIds } from '../rule-ids.js'
import { spanOf } from '../util/span.js'

/** Bidirectional controls and zero-width characters hide or reorder what a reader sees. */
export const invisibleCharacter = defineFileRule(
  {
    id: lintRuleIds.invisibleCharacter,
    description: 'Text has no bidirectional controls or zero-width characters',
    defaultSeverity: 'error',
    fixable: true
  },
  ({ file, report }) => {
    for (const run of invisibleCharacters(String(file.value))) {
      const shown = run.names.map((name) => `\`${name}\``).join(', ')
      report(
        `Unexpected invisible character${run.names.length > 1 ? 's' : ''} ${shown}, expected visible text only; delete ${run.names.length > 1 ? 'them' : 'it'}`,
        spanOf(file, run.start, run.end),
        { range: [run.start, run.end], text: '' }
      )
    }
  }
)
