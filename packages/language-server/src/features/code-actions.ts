import type { Diagnostic } from '@roadmap/core/pipeline-light'
import { coreRuleIds } from '@roadmap/core/pipeline-light'
import { lintRuleIds } from '@roadmap/lint'
import { type CodeAction, CodeActionKind, type Range } from 'vscode-languageserver'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import { messageRange, toLspDiagnostic } from '../diagnostics/to-lsp.js'
import { rangesMeet } from './offsets.js'

// The content format's rules and `internal-error` cannot be silenced (a
// disable comment naming one is itself reported): no action offers it.
const unsilenceable = new Set<string>([...Object.values(coreRuleIds), lintRuleIds.internalError])

/**
 * The code actions for a range: each diagnostic's fix there as a quick fix
 * (the edit `roadmap-lint --fix` makes), and for a rule that can be silenced,
 * a disable comment for that place.
 *
 * @example
 *   codeActions(document, checked.messages, params.range)
 */
export function codeActions(document: TextDocument, messages: ReadonlyArray<Diagnostic>, range: Range): CodeAction[] {
  const actions: CodeAction[] = []
  const lines = document.getText().split(/\r?\n/)
  const frontmatterEnd =
    lines[0]?.trimEnd() === '---' ? lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---') : -1
  for (const message of messages) {
    const where = messageRange(message)
    if (!rangesMeet(where, range)) continue
    const diagnostic = toLspDiagnostic(message, document.uri)
    if (message.fix) {
      const [start, end] = message.fix.range
      actions.push({
        title: `Fix: ${message.reason}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: {
          changes: {
            [document.uri]: [
              { range: { start: document.positionAt(start), end: document.positionAt(end) }, newText: message.fix.text }
            ]
          }
        }
      })
    }
    const ruleId = message.ruleId
    // A comment inside the frontmatter would be YAML, not a disable comment.
    if (!ruleId || unsilenceable.has(ruleId) || where.start.line <= frontmatterEnd) continue
    const line = lines[where.start.line] ?? ''
    const inList = /^\s*(?:[-*+]|\d+[.)])\s/.test(line)
    const indent = /^\s*/.exec(line)?.[0] ?? ''
    actions.push({
      title: `Disable ${ruleId} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: {
        changes: {
          [document.uri]: [
            inList
              ? {
                  // In a list, a comment line would split it: the comment goes at the end of the line.
                  range: {
                    start: { line: where.start.line, character: line.length },
                    end: { line: where.start.line, character: line.length }
                  },
                  newText: ` <!-- roadmap-lint-disable-line ${ruleId} -->`
                }
              : {
                  range: {
                    start: { line: where.start.line, character: 0 },
                    end: { line: where.start.line, character: 0 }
                  },
                  newText: `${indent}<!-- roadmap-lint-disable-next-line ${ruleId} -->\n`
                }
          ]
        }
      }
    })
  }
  const fixAll = fixAllAction(document, messages)
  if (fixAll) actions.push(fixAll)
  return actions
}

/**
 * Every fix of the file in one edit, as `roadmap-lint --fix` applies them in
 * one pass: in order, leaving out a fix that overlaps one before it (the
 * next check offers it again). VS Code runs it on save with
 * `"editor.codeActionsOnSave": { "source.fixAll.roadmap": "explicit" }`.
 */
function fixAllAction(document: TextDocument, messages: ReadonlyArray<Diagnostic>): CodeAction | undefined {
  const fixes = messages
    .flatMap((message) => (message.fix ? [message.fix] : []))
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  const edits = []
  let end = -1
  for (const fix of fixes) {
    if (fix.range[0] < end) continue
    edits.push({
      range: { start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1]) },
      newText: fix.text
    })
    end = fix.range[1]
  }
  if (edits.length === 0) return undefined
  return {
    title: 'Fix all roadmap-lint problems',
    kind: `${CodeActionKind.SourceFixAll}.roadmap`,
    edit: { changes: { [document.uri]: edits } }
  }
}
