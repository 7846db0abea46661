import type { Position } from 'unist'
import { describe, expect, test } from 'vitest'
import type { Diagnostic } from '../diagnostic.js'
import { parseStep } from '../file/parse-file.js'
import { summarizeFile } from '../file/summarize.js'
import { checkContent } from '../rule/check-content.js'
import type { FileSummary } from '../validate/summary.js'
import { requiresCycle } from './requires-cycle.js'
import { requiresSelf } from './requires-self.js'
import { requiresUnknown } from './requires-unknown.js'

/** The three `requires-*` rules over the summaries. */
function checkRequires(summaries: ReadonlyArray<FileSummary>): Diagnostic[] {
  return checkContent([requiresSelf, requiresUnknown, requiresCycle], { files: summaries })
}

/** The steps of a roadmap, `{ 'NN-step-id.md': requires }`, parsed: their files and summaries. */
function roadmap(id: string, steps: Record<string, string[]>) {
  const parsed = Object.entries(steps).map(([name, requires]) =>
    parseStep(
      `---\ntitle: T\nsummary: S\nlevel: beginner\nrequires: [${requires.join(', ')}]\n---\n\n## Topic\n\nText.\n\n- [A](https://example.org "article")\n`,
      { path: `content/${id}/${name}` }
    )
  )
  return {
    files: parsed.map((step) => step.file),
    summaries: parsed.map((step) => summarizeFile(step, step.file.path, id))
  }
}

/** Every summary of the roadmaps. */
function all(...roadmaps: Array<ReturnType<typeof roadmap>>): FileSummary[] {
  return roadmaps.flatMap((one) => one.summaries)
}

function lines(diagnostics: ReadonlyArray<Diagnostic>): string[] {
  return diagnostics.map((diagnostic) => {
    const { start, end } = diagnostic.place as Position
    return `${diagnostic.file}:${start.line}:${start.column}-${end.line}:${end.column} ${diagnostic.ruleId} ${diagnostic.reason}`
  })
}

describe('requires-self, requires-unknown and requires-cycle', () => {
  test('existing steps, in the same roadmap or qualified in another, are fine', () => {
    const sources = [
      roadmap('backend', { '01-basics.md': [], '02-apis.md': ['basics', 'frontend/html'] }),
      roadmap('frontend', { '01-html.md': ['backend/basics'] })
    ]
    expect(checkRequires(all(...sources))).toEqual([])
    expect(sources.flatMap((source) => source.files.flatMap((file) => file.messages))).toEqual([])
  })

  test('an unknown step: a did-you-mean in the same roadmap and across roadmaps', () => {
    const sources = [
      roadmap('backend', {
        '01-basics.md': [],
        '02-apis.md': ['basic', 'frontend/htlm', 'frontend/css', 'mobile/swift', 'frontnd/html']
      }),
      roadmap('frontend', { '01-html.md': [] })
    ]
    expect(lines(checkRequires(all(...sources)))).toEqual([
      'content/backend/02-apis.md:5:12-5:17 requires-unknown Cannot find step `basic` in `requires`; did you mean `basics`?',
      'content/backend/02-apis.md:5:19-5:32 requires-unknown Cannot find step `frontend/htlm` in `requires`; did you mean `frontend/html`?',
      'content/backend/02-apis.md:5:34-5:46 requires-unknown Cannot find step `frontend/css` in `requires`; check the step file names',
      'content/backend/02-apis.md:5:48-5:60 requires-unknown Cannot find roadmap `mobile` for `mobile/swift` in `requires`; expected `<roadmap-id>/<step-id>` of a roadmap under `content/`',
      'content/backend/02-apis.md:5:62-5:74 requires-unknown Cannot find roadmap `frontnd` for `frontnd/html` in `requires`; did you mean `frontend/html`?'
    ])
  })

  test('a diagnostic names its file and is added to none: the caller adds it', () => {
    const sources = [roadmap('backend', { '01-basics.md': ['nope'] })]
    const [diagnostic] = checkRequires(all(...sources))
    expect(diagnostic?.file).toBe('content/backend/01-basics.md')
    expect(sources[0]?.files[0]?.messages).toEqual([])
  })

  test('a step that requires itself, short or qualified', () => {
    const sources = [roadmap('backend', { '01-basics.md': ['basics'], '02-apis.md': ['backend/apis'] })]
    expect(lines(checkRequires(all(...sources)))).toEqual([
      'content/backend/01-basics.md:5:12-5:18 requires-self Unexpected `basics` in `requires`: a step cannot require itself; remove it',
      'content/backend/02-apis.md:5:12-5:24 requires-self Unexpected `apis` in `requires`: a step cannot require itself; remove it'
    ])
  })

  test('a cycle is reported once, with its route, at the entry that closes it', () => {
    const sources = [roadmap('backend', { '01-a.md': ['c'], '02-b.md': ['a'], '03-c.md': ['b'], '04-d.md': ['a'] })]
    expect(lines(checkRequires(all(...sources)))).toEqual([
      'content/backend/02-b.md:5:12-5:13 requires-cycle Unexpected cycle in `requires`: `backend/b` → `backend/a` → `backend/c` → `backend/b`; remove one of these requirements'
    ])
  })

  test('two cycles are each reported once, also across roadmaps', () => {
    const sources = [
      roadmap('backend', { '01-a.md': ['b'], '02-b.md': ['a'], '03-c.md': ['frontend/x'] }),
      roadmap('frontend', { '01-x.md': ['backend/c'] })
    ]
    expect(lines(checkRequires(all(...sources)))).toEqual([
      'content/backend/02-b.md:5:12-5:13 requires-cycle Unexpected cycle in `requires`: `backend/b` → `backend/a` → `backend/b`; remove one of these requirements',
      'content/frontend/01-x.md:5:12-5:21 requires-cycle Unexpected cycle in `requires`: `frontend/x` → `backend/c` → `frontend/x`; remove one of these requirements'
    ])
  })

  test('entries that are not step ids are left to the frontmatter schema', () => {
    const sources = [roadmap('backend', { '01-a.md': ['Not An Id', 'a/b/c'] })]
    expect(checkRequires(all(...sources))).toEqual([])
    expect(sources[0]?.files[0]?.messages.map((message) => message.ruleId)).toEqual([
      'frontmatter-invalid',
      'frontmatter-invalid'
    ])
  })
})

test('a chain of requirements longer than the call stack is deep is checked, its cycle found', () => {
  // 20,000 steps in 200 roadmaps, each requiring the next; the last requires the first.
  const keys = Array.from({ length: 20_000 }, (_, index) => ({
    roadmap: `r${Math.floor(index / 100)}`,
    step: `s${index % 100}`
  }))
  const summaries: FileSummary[] = keys.map((key, index) => {
    const next = keys[(index + 1) % keys.length] as { roadmap: string; step: string }
    return {
      path: `content/${key.roadmap}/${key.step}.md`,
      roadmapId: key.roadmap,
      kind: 'step',
      step: {
        id: key.step,
        order: index % 100,
        title: undefined,
        requires: [{ ...next, place: undefined }],
        topics: [],
        aliases: []
      },
      roadmap: undefined,
      links: [],
      headings: [],
      counts: []
    }
  })
  const diagnostics = checkRequires(summaries)
  expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['requires-cycle'])
  expect(diagnostics[0]?.reason).toMatch(/^Unexpected cycle in `requires`: `r199\/s99` → `r0\/s0` → `r0\/s1` → /)
})
