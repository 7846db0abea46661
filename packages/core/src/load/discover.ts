import type { Dirent } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { VFile } from 'vfile'
import { report } from '../diagnostic.js'
import { coreRuleIds } from '../rule-ids.js'
import { kebabCasePattern } from '../schema/kebab-case.js'
import { missingRoadmapFile } from '../validate/roadmap-missing.js'
import { describeFsError, symlinkReason } from './read-content-file.js'

/** The files of one roadmap folder, as found on disk. */
const contentFolderFiles = new Set(['README.md', 'project-words.txt'])

export interface RoadmapFolder {
  id: string
  path: string
  /** Files (not folders), sorted by name; `roadmap.md` among them if present. */
  files: string[]
  /** Problems with the folder itself (unexpected entries, unreadable links, a missing `roadmap.md`). */
  problems: VFile[]
}

/**
 * Find roadmap folders: `directory` itself when it holds `roadmap.md`,
 * otherwise each folder directly under it. Never throws for content problems.
 * A symbolic link under `directory` is reported (`content-symlink`) and never
 * followed: a pull request could point one at any file of the machine that
 * checks it, and the report would print that file.
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
    // `project-words.txt` is the linter's project dictionary (its `spelling` rule), a plain word list.
    if (entry.name.startsWith('.') || (contentFolderFiles.has(entry.name) && entry.isFile())) continue
    if (entry.isSymbolicLink()) problems.push(symlink(path))
    else if (entry.isDirectory()) paths.push(path)
    else
      problems.push(
        unexpected(
          path,
          `Unexpected file \`${entry.name}\` in the content folder, expected roadmap folders (and \`README.md\`, \`project-words.txt\`)`
        )
      )
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
      problems.push(
        unexpected(
          path,
          `Unexpected roadmap folder \`${id}\`, expected a kebab-case id such as \`backend\`; rename the folder`
        )
      )
    }
  }
  return { folders, problems }
}

async function readFolder(path: string, id: string): Promise<RoadmapFolder> {
  const folder: RoadmapFolder = { id, path, files: [], problems: [] }
  let entries: Dirent[]
  try {
    entries = await readdir(path, { withFileTypes: true })
  } catch (error) {
    folder.problems.push(unexpected(path, `Cannot read folder: ${describeFsError(error)}`, coreRuleIds.fileUnreadable))
    return folder
  }
  for (const entry of sortByName(entries)) {
    if (entry.name.startsWith('.')) continue
    const file = join(path, entry.name)
    if (entry.isSymbolicLink()) folder.problems.push(symlink(file))
    else if (entry.isDirectory())
      folder.problems.push(
        unexpected(
          file,
          `Unexpected folder \`${entry.name}\` in roadmap \`${id}\`, expected only \`roadmap.md\` and step files`
        )
      )
    // Anything else (a FIFO, a device) is read as a file, which reports why it cannot be.
    else folder.files.push(file)
  }
  if (!folder.files.some((file) => basename(file) === 'roadmap.md')) folder.problems.push(missingRoadmapFile(path, id))
  return folder
}

/** A symbolic link in the content tree: reported where it is, never followed. */
function symlink(path: string): VFile {
  return unexpected(path, symlinkReason(path), coreRuleIds.contentSymlink)
}

function unexpected(path: string, reason: string, ruleId: string = coreRuleIds.fileUnexpected): VFile {
  const file = new VFile({ path })
  report(file, reason, { ruleId, place: { line: 1, column: 1 } })
  return file
}

function sortByName<T extends { name: string }>(entries: T[]): T[] {
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}
