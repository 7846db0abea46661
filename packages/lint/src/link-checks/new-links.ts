import type { Changes } from '../git/changed-files.js'

/** Whether the link to `url` in the file at `path` is checked. */
export type LinkFilter = (path: string, url: string) => boolean

/**
 * The links `--changed` checks: those a change adds, in the files it
 * changed. A link is new when its file is new, or when its URL is nowhere in
 * the file's text at the merge base. Links the change did not touch are left
 * to the scheduled check of every link, so a site that went down elsewhere
 * does not fail an unrelated pull request.
 *
 * @example
 *   const include = await linksNewIn(await changesSince('origin/main', cwd))
 *   include('/repo/content/backend/03-databases.md', 'https://www.postgresql.org/docs/') // true if the change added it
 */
export async function linksNewIn(changes: Changes): Promise<LinkFilter> {
  const markdown = [...changes.files].filter((path) => path.endsWith('.md'))
  const before = new Map(
    await Promise.all(markdown.map(async (path) => [path, await changes.textAtBase(path)] as const))
  )
  return (path, url) => {
    if (!before.has(path)) return false
    const text = before.get(path)
    return text === undefined || !text.includes(url)
  }
}
