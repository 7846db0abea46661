import { execFileSync } from 'node:child_process'
import { cp, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { loadContent, type LoadResult } from '../src/node.js'
import { coreRuleIds } from '../src/pipeline.js'
import { diagnosticLines } from './format-diagnostics.js'
import { tempDir } from './temp-dir.js'

const fixture = fileURLToPath(new URL('fixtures/invalid/', import.meta.url))

/** The fixture plus a symbolic link to itself and a FIFO, which Git cannot keep. */
async function loadInvalid(): Promise<{ root: string; result: LoadResult }> {
  const root = await tempDir('invalid')
  await cp(fixture, root, { recursive: true })
  await symlink('14-loop.md', join(root, 'broken', '14-loop.md'))
  execFileSync('mkfifo', [join(root, 'broken', '20-fifo.md')])
  // Small limits, so that a file of a few KiB stands for a huge one.
  const limits = {
    maxNesting: 8,
    maxLines: 200,
    maxLineLength: 200,
    maxListItems: 40,
    maxInlineMarkup: 30,
    maxFileMarkup: 60
  }
  return { root, result: await loadContent(root, { maxBytes: 2048, limits }) }
}

test('every planted problem is reported once, at its exact place', async () => {
  const { root, result } = await loadInvalid()
  expect(diagnosticLines(result.diagnostics, root)).toMatchInlineSnapshot(`
    [
      "Not_Kebab:1:1-1:1 file-unexpected Unexpected roadmap folder \`Not_Kebab\`, expected a kebab-case id such as \`backend\`; rename the folder",
      "broken/01-topics.md:5:12-5:28 requires-unknown Cannot find step \`other/setup-tols\` in \`requires\`; did you mean \`other/setup-tools\`?",
      "broken/01-topics.md:14:1-14:26 heading-depth Unexpected \`###\` heading, expected \`##\`: a step has one level of headings; use \`##\` for a topic or write it as a paragraph",
      "broken/01-topics.md:23:1-23:18 resource-format Unexpected list item \`Just some prose\`, expected exactly one link such as \`- [Title](https://example.org/page "official")\`",
      "broken/01-topics.md:30:1-30:88 resource-format Unexpected list item \`One and two\`, expected exactly one link such as \`- [Title](https://example.org/page "official")\`",
      "broken/01-topics.md:36:3-36:41 resource-kind Missing resource kind, expected one of \`official\`, \`article\`, \`video\`, \`course\`, \`book\`, \`podcast\`, \`opensource\`; write it as the link title: \`[No kind](https://… "official")\`",
      "broken/01-topics.md:37:3-37:47 resource-kind Unexpected resource kind \`blog\`, expected a resource kind: one of \`official\`, \`article\`, \`video\`, \`course\`, \`book\`, \`podcast\`, \`opensource\`",
      "broken/01-topics.md:43:3-43:42 resource-url Unexpected resource URL \`../docs/page.md\`, expected an absolute \`https://\` (or \`http://\`) URL with a domain name",
      "broken/01-topics.md:51:1-51:13 duplicate-heading-id Unexpected topic heading \`Duplicate\` with id \`duplicate\`, already used on line 45; rename one of them",
      "broken/01-topics.md:57:1-57:9 topic-incomplete Unexpected empty topic \`Empty\`, expected paragraphs and then a list of resources",
      "broken/01-topics.md:63:1-65:4 unexpected-content Unexpected code block in topic \`Code\`, expected paragraphs and then one list of resources",
      "broken/01-topics.md:75:1-75:31 unexpected-content Unexpected paragraph after the resource list in topic \`Prose after\`, expected paragraphs and then one list of resources",
      "broken/01-topics.md:77:1-77:8 heading-id Unexpected heading \`Café\` with id \`café\`, expected a kebab-case id (such as \`web-basics\`); use ASCII letters and digits in the heading",
      "broken/01-topics.md:85:20-85:36 unexpected-content Unexpected HTML \`<span class="x">\`, expected Markdown; only comments (\`<!-- … -->\`) are allowed",
      "broken/03-x.md:1:1-1:1 duplicate-step-id Unexpected step id \`x\` in \`03-x.md\`, already used by \`02-x.md\`; rename one of the files",
      "broken/04-yaml.md:2:17-2:19 yaml-syntax Unexpected \`: \` in the value of \`title\` (YAML reads it as a nested key), expected the value in quotes: \`title: "Databases: the basics"\`",
      "broken/05-keys.md:5:1-5:6 yaml-syntax Unexpected duplicate frontmatter key \`level\`, expected each key once; remove one of them",
      "broken/06-self.md:5:12-5:16 requires-self Unexpected \`self\` in \`requires\`: a step cannot require itself; remove it",
      "broken/08-cycle-b.md:5:12-5:19 requires-cycle Unexpected cycle in \`requires\`: \`broken/cycle-b\` → \`broken/cycle-a\` → \`broken/cycle-c\` → \`broken/cycle-b\`; remove one of these requirements",
      "broken/10-no-frontmatter.md:1:1-1:1 frontmatter-missing Missing frontmatter, expected a \`---\` block of YAML at the top of the file",
      "broken/11-empty.md:1:1-1:1 file-empty Unexpected empty file, expected frontmatter and Markdown",
      "broken/12-latin1.md:2:11-2:11 file-encoding Unexpected byte that is not UTF-8, expected UTF-8 text; re-save the file as UTF-8",
      "broken/13-huge.md:1:1-1:1 file-too-large Unexpected file of 3.9 KiB, expected at most 2.0 KiB; split it into smaller step files",
      "broken/14-loop.md:1:1-1:1 content-symlink Unexpected symbolic link \`14-loop.md\`, expected a real file or folder: content is never read through a link; replace the link with what it points to",
      "broken/15-deep.md:9:9-9:9 max-nesting Unexpected nesting deeper than 8 levels (lists, block quotes, and emphasis or \`[\` brackets still open), expected at most 8; flatten the Markdown here",
      "broken/16-long.md:201:1-201:1 max-lines Unexpected line 201, expected at most 200 lines in a file; split it into smaller step files",
      "broken/17-wide.md:9:201-9:201 max-line-length Unexpected line of 250 characters, expected at most 200; break it into shorter lines",
      "broken/18-lists.md:49:1-49:1 max-list-items Unexpected list item or block quote number 41, expected at most 40 in a file; split it into smaller step files",
      "broken/19-markup.md:9:106-9:106 max-inline-markup Unexpected piece of inline markup number 31 in one paragraph (\`*\`, \`_\`, \`[\`, \`]\`, backticks, \`<\`), expected at most 30; split the paragraph",
      "broken/20-fifo.md:1:1-1:1 file-unreadable Cannot read file: it is not a regular file; replace it with a Markdown file",
      "broken/21-file-markup.md:13:1-13:1 max-file-markup Unexpected 72 pieces of inline markup by this line (\`*\`, \`_\`, \`[\`, \`]\`, backticks, \`<\`), expected at most 60 in a file; split it into smaller step files",
      "broken/22-aliases.md:5:12-5:27 requires-unknown Cannot find step \`other/old-tools\` in \`requires\`: it is now \`other/setup-tools\` (an alias); write \`other/setup-tools\`",
      "broken/22-aliases.md:6:11-6:25 alias-collision Unexpected alias \`broken/aliases\` of step \`broken/aliases\`: it is the step's own key; remove it (an alias is a key the step had before)",
      "broken/22-aliases.md:6:27-6:38 alias-collision Unexpected alias \`broken/self\` of step \`broken/aliases\`: step \`broken/self\` has that key now (\`broken/06-self.md\`), so stored progress would belong to both; remove the alias, or rename that step",
      "broken/22-aliases.md:6:40-6:52 alias-collision Unexpected alias \`broken/moved\` of step \`broken/aliases\`: it is already an alias of step \`broken/self\` (\`broken/06-self.md\`), and a former key can lead to one place only; keep it on one of them",
      "broken/22-aliases.md:6:54-6:63 frontmatter-invalid Unexpected \`aliases.3\` value \`Not A Key\`, expected a former step key such as \`backend/real-world-projects\` (\`roadmap-id/step-id\`)",
      "broken/22-aliases.md:8:15-8:32 alias-collision Unexpected alias \`broken/self/topic\` of topic \`broken/aliases/first-api\`: topic \`broken/self/topic\` has that key now (\`broken/06-self.md\`), so stored progress would belong to both; remove the alias, or rename that topic",
      "broken/22-aliases.md:9:3-9:12 alias-unknown-topic Cannot find topic \`frist-api\` in this step for \`topic-aliases\`; did you mean \`first-api\`?",
      "broken/23-unsafe.md:7:6-7:57 link-scheme Unexpected link scheme \`javascript:\` in \`javascript:alert(document.cookie)\`, expected \`https:\`, \`http:\`, \`mailto:\` or a relative link; link to a web page instead",
      "broken/23-unsafe.md:11:20-11:58 image-unexpected Unexpected image \`![](https://tracker.example/pixel.png)\`, expected text and links only: an image is loaded from its host by every app that shows the content; link to it instead (\`[description](…)\`) or describe it in words",
      "broken/draft.md:1:1-1:1 file-unexpected Unexpected file \`draft.md\`, expected \`roadmap.md\` or a step file named \`NN-step-id.md\`",
      "broken/roadmap.md:1:1-6:4 frontmatter-required Missing frontmatter key \`description\`, expected a string",
      "broken/roadmap.md:3:1-3:7 frontmatter-unknown-key Unexpected frontmatter key \`author\`; remove it or fix its spelling",
      "broken/roadmap.md:4:10-4:20 frontmatter-invalid Unexpected \`updated\` value \`2026-02-30\`, expected a day from \`01\` to \`28\` in \`YYYY-MM-DD\`; February 2026 has 28 days",
      "broken/roadmap.md:5:7-5:10 frontmatter-invalid Unexpected \`tags\` value \`web\`, expected \`tags\` to be a list of strings",
      "broken/roadmap.md:8:1-8:17 heading-depth Unexpected \`#\` heading, expected \`##\`: the title lives in the frontmatter \`title\`; use \`##\` for a section",
      "broken/roadmap.md:12:1-12:33 unexpected-content Unexpected HTML in the roadmap introduction, expected Markdown prose",
      "broken/roadmap.md:22:1-22:12 duplicate-heading-id Unexpected section heading \`Overview\` with id \`overview\`, already used on line 14; rename one of them",
      "orphan/roadmap.md:1:1-1:1 roadmap-missing Missing \`roadmap.md\` in roadmap folder \`orphan\`, expected its title, description and introduction",
    ]
  `)
})

test('the invalid fixture covers every core rule id', async () => {
  const { result } = await loadInvalid()
  const reported = new Set(result.diagnostics.map((diagnostic) => diagnostic.ruleId))
  expect([...reported].sort()).toEqual(Object.values(coreRuleIds).sort())
})

test('a roadmap with any error is not published; the valid one next to it is', async () => {
  const { result } = await loadInvalid()
  expect(result.roadmaps.map((roadmap) => roadmap.id)).toEqual(['other'])
  expect(result.diagnostics.every((diagnostic) => diagnostic.fatal === true)).toBe(true)
})
