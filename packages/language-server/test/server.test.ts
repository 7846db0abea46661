import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DocumentSymbolRequest,
  FileChangeType,
  HoverRequest,
  type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol'
import { rm } from 'node:fs/promises'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { URI } from 'vscode-uri'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startClient, type TestClient } from './helpers/client.js'
import { type CliProblem, type ContentCopy, copyContent, lintWithCli } from './helpers/content.js'

const step = 'content/backend/03-how-the-internet-works.md'
// The first resource list with `*` markers: list-marker's fixable warning.
const starList = (text: string) => {
  let count = 0
  return text.replace(/\n- \[/g, (marker) => (++count <= 4 ? '\n* [' : marker))
}
const later = 'content/backend/04-databases.md'
let copy: ContentCopy
let client: TestClient

beforeAll(async () => {
  copy = await copyContent()
  client = await startClient(copy.root)
})

// Each test waits for the diagnostics its own edits cause.
beforeEach(() => client.clear())

afterAll(async () => {
  await client?.stop()
  await copy?.remove()
})

// The CLI's view of a problem, in the LSP's terms: lines and columns from 0.
function asLsp(problem: CliProblem) {
  return {
    code: problem.ruleId,
    codeDescription: { href: problem.url },
    severity: problem.severity === 'error' ? 1 : 2,
    message: problem.message,
    range: {
      start: { line: problem.line - 1, character: problem.column - 1 },
      end: { line: (problem.endLine ?? problem.line) - 1, character: (problem.endColumn ?? problem.column) - 1 }
    }
  }
}

function seen(params: PublishDiagnosticsParams) {
  return params.diagnostics.map(({ code, codeDescription, severity, message, range }) => ({
    code,
    codeDescription,
    severity,
    message,
    range
  }))
}

describe('roadmap-language-server over stdio', () => {
  it('publishes the diagnostics roadmap-lint reports, at the same places, on unsaved text', async () => {
    const original = await copy.read(step)
    const text = starList(original.replace('level: beginner', 'level: expert'))
    // roadmap-lint reads the file from disk; the server gets the same text unsaved.
    await copy.write(step, text)
    const expected = (await lintWithCli(copy.root, step)).map(asLsp)
    await copy.write(step, original)
    expect(new Set(expected.map((problem) => problem.code))).toEqual(new Set(['frontmatter-invalid', 'list-marker']))

    const uri = await client.open(copy.path(step), text)
    expect(seen(await client.diagnostics(uri))).toEqual(expected)

    await client.change(uri, text.replace('level: expert', 'level: advanced'))
    const next = await client.diagnostics(uri, (params) => params.version === 2)
    expect(new Set(next.diagnostics.map((each) => each.code))).toEqual(new Set(['list-marker']))
  })

  it('checks spelling once its dictionaries are loaded, as roadmap-lint does', async () => {
    const original = await copy.read(later)
    const text = original.replace(/\n\n([A-Z])/, '\n\nRecieve this. $1')
    await copy.write(later, text)
    const expected = (await lintWithCli(copy.root, later)).map(asLsp)
    await copy.write(later, original)
    expect(expected.filter((problem) => problem.code === 'spelling')).toHaveLength(1)

    // The dictionaries load in the background; the open file is checked again when they are ready.
    const uri = await client.open(copy.path(later), text)
    const checked = await client.diagnostics(uri, (params) =>
      params.diagnostics.some((diagnostic) => diagnostic.code === 'spelling')
    )
    expect(seen(checked)).toEqual(expected)
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } })
  })

  it('offers the rule’s fix and a disable comment as code actions, and the fix is roadmap-lint --fix’s edit', async () => {
    const uri = URI.file(copy.path(step)).toString()
    const text = starList(await copy.read(step))
    await client.change(uri, text)
    const published = await client.diagnostics(uri, (params) =>
      params.diagnostics.some((each) => each.code === 'list-marker')
    )
    const problem = published.diagnostics.find((each) => each.code === 'list-marker')
    if (!problem) throw new Error('no list-marker diagnostic')
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: problem.range,
      context: { diagnostics: [problem] }
    })
    const titles = (actions ?? []).map((action) => action.title)
    expect(titles).toContain('Disable list-marker for this line')
    expect(titles).toContain(`Fix: ${problem.message}`)
    const fixAll = (actions ?? []).find((action) => 'kind' in action && action.kind === 'source.fixAll.roadmap')
    const edits = fixAll && 'edit' in fixAll ? fixAll.edit?.changes?.[uri] : undefined
    if (!edits) throw new Error(`no fix-all action among ${titles.join(', ')}`)
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits)

    await copy.write(step, text)
    await lintWithCli(copy.root, step, ['--fix'])
    expect(fixed).toBe(await copy.read(step))
  })

  it('reads the configuration again when it changes: severities, off', async () => {
    const uri = URI.file(copy.path(step)).toString()
    const config = copy.path('roadmap-lint.config.json')
    await copy.write('roadmap-lint.config.json', JSON.stringify({ rules: { 'list-marker': 'off' } }))
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: URI.file(config).toString(), type: FileChangeType.Created }]
    })
    await client.change(uri, starList(await copy.read(step)))
    const off = await client.diagnostics(uri, (params) =>
      params.diagnostics.every((each) => each.code !== 'list-marker')
    )
    expect(off.diagnostics).toEqual([])

    await rm(config)
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: URI.file(config).toString(), type: FileChangeType.Deleted }]
    })
    const on = await client.diagnostics(uri, (params) => params.diagnostics.some((each) => each.code === 'list-marker'))
    expect(on.diagnostics.length).toBeGreaterThan(0)
  })

  it('checks the other files an edit involves: a cycle reported in a closed file', async () => {
    // On disk, this step requires databases; databases, edited in the editor, will require it back.
    const original = await copy.read(step)
    await copy.write(step, original.replace('requires: []', 'requires: [databases]'))
    const closed = URI.file(copy.path(step)).toString()
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: closed } })
    // As an editor's file watcher tells the server.
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: closed, type: FileChangeType.Changed }]
    })
    const laterText = await copy.read(later)
    const cycle = laterText.replace(/requires: \[[^\]]*\]/, 'requires: [how-the-internet-works]')
    await copy.write(later, cycle)
    // roadmap-lint reports the cycle once, in the first file of it: the closed one.
    const expected = (await lintWithCli(copy.root, step)).map(asLsp)
    expect(expected.map((problem) => problem.code)).toEqual(['requires-cycle'])
    expect(await lintWithCli(copy.root, later)).toEqual([])
    await copy.write(later, laterText)

    client.clear()
    const uri = await client.open(copy.path(later), laterText)
    await client.change(uri, cycle)
    const other = await client.diagnostics(closed, (params) => params.diagnostics.length > 0)
    expect(seen(other)).toEqual(expected)

    // Breaking the cycle in the open file clears the closed one.
    await client.change(uri, laterText)
    const cleared = await client.diagnostics(closed, (params) => params.diagnostics.length === 0)
    expect(cleared.diagnostics).toEqual([])
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } })
    await copy.write(step, original)
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: closed, type: FileChangeType.Changed }]
    })
    await client.open(copy.path(step), original)
  })

  it('shows a duplicate step id where roadmap-lint reports it when a file appears on disk', async () => {
    const copied = 'content/backend/95-how-the-internet-works.md'
    await copy.write(copied, await copy.read(step))
    const expected = (await lintWithCli(copy.root, copied)).map(asLsp)
    expect(expected.map((problem) => problem.code)).toEqual(['duplicate-step-id'])
    const uri = URI.file(copy.path(copied)).toString()
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri, type: FileChangeType.Created }]
    })
    expect(seen(await client.diagnostics(uri))).toEqual(expected)

    await rm(copy.path(copied))
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri, type: FileChangeType.Deleted }]
    })
    expect((await client.diagnostics(uri)).diagnostics).toEqual([])
  })

  it('completes requires entries across roadmaps, frontmatter keys and enum values', async () => {
    const uri = URI.file(copy.path(step)).toString()
    const text = (await copy.read(step)).replace('requires: []', 'requires: [')
    await client.change(uri, text)
    const line = text.split('\n').indexOf('requires: [')
    const items = await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line, character: 'requires: ['.length }
    })
    const labels = (Array.isArray(items) ? items : (items?.items ?? [])).map((item) => item.label)
    expect(labels).toContain('databases')
    expect(labels).toContain('frontend/html-and-accessibility')
    expect(labels).not.toContain('how-the-internet-works')

    const levelLine = text.split('\n').findIndex((each) => each.startsWith('level:'))
    const levels = await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line: levelLine, character: 'level: '.length }
    })
    expect((Array.isArray(levels) ? levels : []).map((item) => item.label)).toEqual([
      'beginner',
      'intermediate',
      'advanced'
    ])
  })

  it('goes to the step a requires entry names, and hovers its title and summary', async () => {
    const uri = URI.file(copy.path(step)).toString()
    const text = (await copy.read(step)).replace('requires: []', 'requires: [frontend/html-and-accessibility]')
    await client.change(uri, text)
    const line = text.split('\n').findIndex((each) => each.startsWith('requires:'))
    const position = { line, character: 'requires: [fron'.length }
    const location = await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position })
    const target = Array.isArray(location) ? location[0] : location
    expect(target && 'uri' in target ? URI.parse(target.uri).fsPath : undefined).toMatch(
      /content\/frontend\/01-html-and-accessibility\.md$/
    )

    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position })
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : ''
    expect(value).toMatch(/^\*\*HTML and accessibility\*\* \(`frontend\/html-and-accessibility`\)\n\nWrite meaningful/)
  })

  it('hovers a diagnostic with its rule’s docs', async () => {
    const uri = URI.file(copy.path(step)).toString()
    const text = (await copy.read(step)).replace('level: beginner', 'level: expert')
    await client.change(uri, text)
    const published = await client.diagnostics(uri, (params) =>
      params.diagnostics.some((each) => each.code === 'frontmatter-invalid')
    )
    const problem = published.diagnostics.find((each) => each.code === 'frontmatter-invalid')
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: problem?.range.start ?? { line: 0, character: 0 }
    })
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : ''
    expect(value).toContain('frontmatter-invalid')
    expect(value).toContain(problem?.codeDescription?.href)
  })

  it('outlines the step: its topics and their resources', async () => {
    const uri = URI.file(copy.path(step)).toString()
    await client.change(uri, await copy.read(step))
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })
    const [root] = (symbols ?? []) as Array<{ name: string; children?: Array<{ name: string; children?: unknown[] }> }>
    expect(root?.name).toBe('How the internet works')
    expect(root?.children?.[0]?.name).toBe('How data travels across the internet')
    expect(root?.children?.[0]?.children).toHaveLength(4)
  })

  it('gives a file over the content limits the CLI’s limit diagnostic, and goes on serving', async () => {
    const huge = 'content/backend/91-huge.md'
    const text = `---\ntitle: Huge\nsummary: Too large.\nlevel: advanced\n---\n\n${'A sentence of prose. '.repeat(60_000)}\n`
    await copy.write(huge, text)
    const expected = (await lintWithCli(copy.root, huge)).map(asLsp)
    await rm(copy.path(huge))
    expect(expected.map((problem) => problem.code)).toEqual(['file-too-large'])
    const uri = await client.open(copy.path(huge), text)
    expect(seen(await client.diagnostics(uri))).toEqual(expected)
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })
    expect(symbols).toHaveLength(1)
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } })
  })

  it('answers a request that fails with an error and keeps serving', async () => {
    // No `textDocument`: the handler throws.
    const failed = client.connection.sendRequest(HoverRequest.type, { position: { line: 0, character: 0 } } as never)
    await expect(failed).rejects.toThrow(/hover failed/)
    const uri = URI.file(copy.path(step)).toString()
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })
    expect(symbols).toHaveLength(1)
  })
})
