import { join } from 'node:path'
import {
  quietConfigText,
  resourceMd,
  stepMd,
  topicMd,
  useTempDirs,
  withRoadmaps,
  writeTree
} from '../../../test/helpers/content.js'

// Small projects the CLI tests run `roadmap-lint` in.

export const temporary = useTempDirs()
export const mdn = resourceMd('MDN: HTTP', 'https://developer.mozilla.org/en-US/docs/Web/HTTP')
export const clean = { 'backend/01-apis.md': stepMd(topicMd('REST', mdn)) }
/** Two warnings: a list marker and a tracking parameter. */
export const warnings = {
  'backend/01-apis.md': stepMd(
    topicMd('REST', resourceMd('MDN: HTTP', 'https://developer.mozilla.org/en-US/docs/Web/HTTP?utm_source=x')).replace(
      '- [',
      '* ['
    )
  )
}
/** One error (a shortener) and one warning (a list marker). */
export const errors = {
  'backend/01-apis.md': stepMd(topicMd('REST', resourceMd('Short', 'https://bit.ly/abc')), {
    intro: 'Learn:\n\n* this'
  })
}

export async function project(files: Record<string, string>, extra: Record<string, string> = {}): Promise<string> {
  const root = await temporary()
  const config = extra['roadmap-lint.config.json']
  await writeTree(root, {
    '.git/HEAD': 'ref: refs/heads/main\n',
    ...extra,
    // A config that is not JSON is a test's own: kept as written.
    ...(Object.keys(extra).some((name) => name.startsWith('roadmap-lint.config.') && !name.endsWith('.json'))
      ? {}
      : { 'roadmap-lint.config.json': config === undefined ? quietConfigText() : quietIfJson(config) })
  })
  await writeTree(join(root, 'content'), withRoadmaps(files))
  return root
}

function quietIfJson(text: string): string {
  try {
    return quietConfigText(JSON.parse(text))
  } catch {
    return text
  }
}
