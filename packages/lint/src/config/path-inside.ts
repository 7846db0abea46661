import { lstatSync, realpathSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'

/**
 * A path a configuration file names (such as `links.cacheFile`), resolved
 * against the file's folder, or why it is refused: a configuration is data
 * from the repository, and may name files inside its own folder only. Not
 * `../.bashrc`, not an absolute path elsewhere, not through a symbolic link
 * that leads out, and not a symbolic link itself (the file is replaced, so
 * a link there says someone meant it to point elsewhere). Folders that do
 * not exist yet are made inside.
 *
 * @example
 *   pathInside('/repo', '.cache/links.json') // { path: '/repo/.cache/links.json' }
 *   pathInside('/repo', '../.bashrc') // { problem: 'Unexpected path `../.bashrc`, outside `/repo` …' }
 */
export function pathInside(folder: string, value: string): { path: string } | { problem: string } {
  const target = resolve(folder, value)
  const steps = relative(folder, target)
  const outside = `Unexpected path \`${value}\`, expected a path inside \`${folder}\` (the folder of the configuration file)`
  if (steps === '' || steps === '..' || steps.startsWith(`..${sep}`) || isAbsolute(steps)) return { problem: outside }
  const root = realpathSync(folder)
  const parts = steps.split(sep)
  let current = folder
  for (const [index, part] of parts.entries()) {
    current = join(current, part)
    let isLink: boolean
    try {
      isLink = lstatSync(current).isSymbolicLink()
    } catch {
      // Not there yet: what is made below an allowed folder stays inside.
      break
    }
    if (!isLink) continue
    const shown = parts.slice(0, index + 1).join('/')
    if (index === parts.length - 1) {
      return { problem: `Unexpected path \`${value}\`: it is a symbolic link, expected a file or no file yet` }
    }
    let real: string
    try {
      real = realpathSync(current)
    } catch {
      return { problem: `Unexpected path \`${value}\`: \`${shown}\` is a symbolic link to nowhere` }
    }
    const fromRoot = relative(root, real)
    if (fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot)) {
      return { problem: `${outside}; \`${shown}\` is a symbolic link that leads outside` }
    }
  }
  return { path: target }
}
