import { readdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { VFile } from 'vfile'
import { report } from '../diagnostic.js'
import { coreRuleIds } from '../rule-ids.js'
import { kebabCasePattern } from '../schema/id.js'
import { missingRoadmapFile } from '../validate/roadmap-missing.js'
import { describeFsError } from './read-content-file.js'

/** The files of one roadmap folder, as found on disk. */
export interface RoadmapFolder {
  id: string
  path: string
  /** Files (not folders), sorted by name; `roadmap.md` among them if present. */
  files: string[]
  /** Problems with the folder itself (unexpected entries, unreadable links, a missing `roadmap.md`). */
  problems: VFile[]
}

type EntryKind = { kind: 'file' } | { kind: 'folder' } | { kind: 'unreadable'; reason: string }

/**
 * Find roadmap folders: `directory` itself when it holds `roadmap.md`,
 * otherwise each folder directly under it. Never throws for content problems;
 * symbolic links are followed one level, so a link loop is a diagnostic.
 */
export async function discoverRoadmaps(directory: string): Promise<{ folders: RoadmapFolder[]; problems: VFile[] }> {
  const entries = await readdir(directory, { withFileTypes: true })
  if (entries.some((entry) => entry.name === 'roadmap.md')) {
    return roadmapFolders([directory])
  }

  const paths: string[] = []
  const problems: VFile[] = []
  for (const entry of sortByName(entries)) {
    const path = join(directory, entry.name)
    if (entry.name.startsWith('.') || (entry.name === 'README.md' && !entry.isDirectory())) continue
    const kind = await kindOf(path, entry.isSymbolicLink() ? undefined : entry.isDirectory())
    if (kind.kind === 'folder') paths.push(path)
    else if (kind.kind === 'file') {
      problems.push(unexpected(path, `Unexpected file \`${entry.name}\` in the content folder, expected roadmap folders (and \`README.md\`)`))
    } else problems.push(unexpected(path, kind.reason, coreRuleIds.fileUnreadable))
  }
  const found = await roadmapFolders(paths)
  return { folders: found.folders, problems: [...problems, ...found.problems] }
}

/** Read each roadmap folder; a folder whose name is not an id is reported once and not read. */
async function roadmapFolders(paths: string[]): Promise<{ folders: RoadmapFolder[]; problems: VFile[] }> {
  const folders: RoadmapFolder[] = []
  const problems: VFile[] = []
  for (const path of paths) {
    const id = basename(path)
    if (kebabCasePattern.test(id)) folders.push(await readFolder(path, id))
    else {
      problems.push(unexpected(path, `Unexpected roadmap folder \`${id}\`, expected a kebab-case id such as \`backend\`; rename the folder`))
    }
  }
  return { folders, problems }
}

async function readFolder(path: string, id: string): Promise<RoadmapFolder> {
  const folder: RoadmapFolder = { id, path, files: [], problems: [] }
  let entries
  try {
    entries = await readdir(path, { withFileTypes: true })
  } catch (error) {
    folder.problems.push(unexpected(path, `Cannot read folder: ${describeFsError(error)}`, coreRuleIds.fileUnreadable))
    return folder
  }
  for (const entry of sortByName(entries)) {
    if (entry.name.startsWith('.')) continue
    const file = join(path, entry.name)
    const kind = await kindOf(file, entry.isSymbolicLink() ? undefined : entry.isDirectory())
    if (kind.kind === 'file') folder.files.push(file)
    else if (kind.kind === 'folder') folder.problems.push(unexpected(file, `Unexpected folder \`${entry.name}\` in roadmap \`${id}\`, expected only \`roadmap.md\` and step files`))
    else folder.problems.push(unexpected(file, kind.reason, coreRuleIds.fileUnreadable))
  }
  if (!folder.files.some((file) => basename(file) === 'roadmap.md')) folder.problems.push(missingRoadmapFile(path, id))
  return folder
}

/** What an entry is; `isDirectory` is `undefined` for a symbolic link, which is followed. */
async function kindOf(path: string, isDirectory: boolean | undefined): Promise<EntryKind> {
  if (isDirectory !== undefined) return { kind: isDirectory ? 'folder' : 'file' }
  try {
    return { kind: (await stat(path)).isDirectory() ? 'folder' : 'file' }
  } catch (error) {
    return { kind: 'unreadable', reason: `Cannot read \`${basename(path)}\`: ${describeFsError(error)}` }
  }
}

function unexpected(path: string, reason: string, ruleId: string = coreRuleIds.fileUnexpected): VFile {
  const file = new VFile({ path })
  report(file, reason, { ruleId, place: { line: 1, column: 1 } })
  return file
}

function sortByName<T extends { name: string }>(entries: T[]): T[] {
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}
