import type { FileDiagnostic } from './diagnostics.js'
import type { RuleHelp, RuleMeta } from './types.js'

/** A rule as SARIF sees it; all but the id may be unknown for a rule seen only in results. */
interface SarifRule {
  id: string
  description?: string
  url?: string
  level?: RuleMeta['defaultSeverity']
  help?: RuleHelp
}

/**
 * SARIF's `tool.driver.rules`: every rule in `known`, in order (the first of
 * two with one id), then every other rule id the results use, sorted, so that
 * a rule id appears once, as SARIF needs.
 *
 * @example
 *   sarifRules(allRuleMeta, diagnosticsOf(results)).map((rule) => rule.id)
 */
export function sarifRules(known: ReadonlyArray<RuleMeta>, diagnostics: ReadonlyArray<FileDiagnostic>) {
  const rules = new Map<string, SarifRule>()
  for (const rule of known) {
    if (rules.has(rule.id)) continue
    const { id, description, url, defaultSeverity: level, help } = rule
    rules.set(id, { id, description, url, level, ...(help ? { help } : {}) })
  }
  const extra = new Map<string, SarifRule>()
  for (const { diagnostic } of diagnostics) {
    const id = diagnostic.ruleId
    if (id === undefined || rules.has(id) || extra.has(id)) continue
    extra.set(id, { id, ...(diagnostic.url ? { url: diagnostic.url } : {}) })
  }
  const sorted = [...extra.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return [...rules.values(), ...sorted].map(toReportingDescriptor)
}

function toReportingDescriptor(rule: SarifRule) {
  // Code scanning shows the short and the full description at the top of an
  // alert; a rule known only from the results has no more to say than its id.
  const description = rule.description ?? rule.id
  return {
    id: rule.id,
    shortDescription: { text: description },
    fullDescription: { text: description },
    ...(rule.url ? { helpUri: rule.url } : {}),
    // Code scanning requires `help` on every rule (the SARIF multitool's GH2012)
    // and shows its Markdown under the alert.
    help: rule.help ?? helpOf(description, rule.url),
    ...(rule.level ? { defaultConfiguration: { level: rule.level } } : {})
  }
}

const escapes: Record<string, string> = { '(': '%28', ')': '%29', '<': '%3C', '>': '%3E' }

/** The help of a rule without a docs page at hand: what it checks, and where its docs are. */
function helpOf(description: string, url: string | undefined): RuleHelp {
  if (url === undefined) return { text: description, markdown: description }
  // A Markdown link destination ends at `)` or a space: encode them (and `<`, `>`) in a URL seen only in results.
  const destination = url.replace(/[\s()<>]/g, (character) => escapes[character] ?? encodeURIComponent(character))
  return {
    text: `${description}\n\nSee ${url}`,
    markdown: `${description}\n\nSee [the rule's documentation](${destination}).`
  }
}
