import { join } from 'node:path'
import { VFile } from 'vfile'
import { report } from '../diagnostic.js'
import { coreRuleIds } from '../rule-ids.js'

/** The problem of a roadmap folder without `roadmap.md`, on the file that should exist. */
export function missingRoadmapFile(folderPath: string, roadmapId: string): VFile {
  const file = new VFile({ path: join(folderPath, 'roadmap.md') })
  report(
    file,
    `Missing \`roadmap.md\` in roadmap folder \`${roadmapId}\`, expected its title, description and introduction`,
    {
      ruleId: coreRuleIds.roadmapMissing,
      place: { line: 1, column: 1 }
    }
  )
  return file
}
