import { expect, test } from 'vitest'
import { fixedContent, lintContent, ofRule, resourceMd, stepMd, topicMd } from '../../test/helpers/content.js'

const resource = resourceMd('MDN: HTTP', 'https://developer.mozilla.org/en-US/docs/Web/HTTP', 'official')

test('reports invisible characters in the frontmatter, prose and URLs, and --fix deletes them', async () => {
  const files = {
    'backend/01-apis.md': stepMd(
      topicMd('REST', resourceMd('MDN: HTTP', 'https://developer.mozilla.org/en-US/\u200Bdocs', 'official')),
      { summary: 'Design \u2066APIs\u2069 that last.' }
    )
  }
  expect(ofRule(await lintContent(files), 'invisible-character')).toEqual([
    'backend/01-apis.md:3:17-3:18 error invisible-character Unexpected invisible character `U+2066 LEFT-TO-RIGHT ISOLATE`, expected visible text only; delete it',
    'backend/01-apis.md:3:22-3:23 error invisible-character Unexpected invisible character `U+2069 POP DIRECTIONAL ISOLATE`, expected visible text only; delete it',
    'backend/01-apis.md:13:51-13:52 error invisible-character Unexpected invisible character `U+200B ZERO WIDTH SPACE`, expected visible text only; delete it'
  ])
  const fixed = await fixedContent(files)
  expect(fixed['backend/01-apis.md']).toBe(
    stepMd(topicMd('REST', resourceMd('MDN: HTTP', 'https://developer.mozilla.org/en-US/docs', 'official')), {
      summary: 'Design APIs that last.'
    })
  )
})

test('an emoji sequence is not reported', async () => {
  const files = { 'backend/01-apis.md': stepMd(topicMd('REST', resource), { intro: 'For the developer 👩\u200D💻.' }) }
  expect(ofRule(await lintContent(files), 'invisible-character')).toEqual([])
})
