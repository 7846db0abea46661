import { expect, test } from 'vitest'
import { helpFromDocsPage } from './docs-page-help.js'

const url = 'https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/heading-id.md'
const page = `# \`heading-id\`

See [\`heading-depth\`](heading-depth.md), [links](../links.md#cache), [below](#why) and [MDN](https://developer.mozilla.org/).

| Default severity | Fixable |
| --- | --- |
| error | no |

## Why

\`\`\`markdown path="backend/01-apis.md"
## REST {#rest}
\`\`\`
`

test('the page as Markdown, its relative links made absolute against its URL', () => {
  const { markdown } = helpFromDocsPage(page, url)
  expect(markdown).toBe(`# \`heading-id\`

See [\`heading-depth\`](https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/heading-depth.md), [links](https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/links.md#cache), [below](https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/heading-id.md#why) and [MDN](https://developer.mozilla.org/).

| Default severity | Fixable |
| - | - |
| error | no |

## Why

\`\`\`markdown path="backend/01-apis.md"
## REST {#rest}
\`\`\`
`)
})

test('the page as plain text, with the same links', () => {
  expect(helpFromDocsPage(page, url).text).toBe(`heading-id

See heading-depth (https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/heading-depth.md), links (https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/links.md#cache), below (https://github.com/roadmap-dev/roadmap/blob/main/packages/lint/docs/rules/heading-id.md#why) and MDN (https://developer.mozilla.org/).

Default severity | Fixable
error | no

Why

    ## REST {#rest}`)
})
