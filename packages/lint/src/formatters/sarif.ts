import { severityOf } from '@roadmap/core/pipeline-light'
import { diagnosticsOf, pathOf, relatedOf, spanOf, type Span } from './diagnostics.js'
import { sarifRules } from './sarif-rules.js'
import type { Formatter } from './types.js'

const informationUri = 'https://github.com/roadmap-dev/roadmap/tree/main/packages/lint'

/** Result paths are relative to this base: the directory the CLI ran in. */
const sourceRoot = '%SRCROOT%'

/**
 * A SARIF 2.1.0 log for GitHub code scanning (`github/codeql-action/upload-sarif`)
 * and other SARIF viewers: one run of `roadmap-lint`, every known rule, one
 * result per problem.
 *
 * @example
 *   writeFileSync('roadmap-lint.sarif', sarif(results, { color: false, rules, version }))
 */
export const sarif: Formatter = (results, options) => {
  const diagnostics = diagnosticsOf(results)
  const rules = sarifRules(options.rules, diagnostics)
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))

  const sarifResults = diagnostics.map(({ file, diagnostic }) => {
    const span = spanOf(diagnostic)
    const related = relatedOf(diagnostic)
    const path = pathOf(file)
    const index = diagnostic.ruleId === undefined ? undefined : ruleIndex.get(diagnostic.ruleId)
    return {
      ...(diagnostic.ruleId === undefined ? {} : { ruleId: diagnostic.ruleId }),
      ...(index === undefined ? {} : { ruleIndex: index }),
      level: severityOf(diagnostic),
      message: { text: diagnostic.reason },
      ...(path
        ? {
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUriReference(path), uriBaseId: sourceRoot },
                  region: regionOf(span)
                }
              }
            ],
            ...(related.length > 0
              ? {
                  relatedLocations: related.map((place, id) => ({
                    id,
                    message: { text: place.message },
                    physicalLocation: {
                      artifactLocation: { uri: toUriReference(path), uriBaseId: sourceRoot },
                      region: regionOf(place)
                    }
                  }))
                }
              : {})
          }
        : {})
    }
  })

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'roadmap-lint',
            informationUri,
            version: options.version,
            rules
          }
        },
        // No absolute URI: a formatter does not know where it runs, and code
        // scanning resolves relative paths against the repository checkout.
        originalUriBaseIds: {
          [sourceRoot]: { description: { text: 'The directory roadmap-lint ran in.' } }
        },
        // unist columns count UTF-16 code units, as JavaScript strings do.
        columnKind: 'utf16CodeUnits',
        results: sarifResults
      }
    ]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

/**
 * A relative path as a URI reference: each segment percent-encoded, so a space,
 * `%`, `#`, `?` or a `:` in the first segment cannot change what it points to.
 */
function toUriReference(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

function regionOf(span: Span) {
  return { startLine: span.line, startColumn: span.column, endLine: span.endLine, endColumn: span.endColumn }
}
