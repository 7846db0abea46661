import type { ReadonlyRoadmap } from '@roadmap/core'
import { stepsInDependencyOrder, topicKey } from '@roadmap/core/query'
import type { Page } from 'playwright-core'
import { progressStorageKey } from '../src/progress/stored-progress.js'
import { stepPath } from '../src/site/paths.js'
import { siteUrl } from './browser.js'

/** The first step on the path of `roadmap`, and what the page calls its topics. */
export function firstStepOf(roadmap: ReadonlyRoadmap) {
  const step = stepsInDependencyOrder(roadmap)[0]!
  return {
    step,
    keys: step.topics.map((topic) => topicKey(roadmap.id, step.id, topic.id)),
    stepUrl: siteUrl(stepPath(roadmap.id, step.id)),
    /** The radio of `state` (`Not started`, `In progress`, `Done`, `Skipped`) of the topic at `index`. */
    radio: (page: Page, index: number, state: string) =>
      page
        .getByRole('group', { name: `Your progress on ${step.topics[index]!.title}`, exact: true })
        .getByRole('radio', { name: state, exact: true })
  }
}

/** The value and maximum of the progress bar named `<label> progress`, found by its role and accessible name. */
export async function progressOf(page: Page, label: string): Promise<{ value: number; max: number; text: string }> {
  const bar = page.getByRole('progressbar', { name: `${label} progress`, exact: true }).first()
  return bar.evaluate((element) => ({
    value: (element as HTMLProgressElement).value,
    max: (element as HTMLProgressElement).max,
    text: element.parentElement?.querySelector('[data-progress-text]')?.textContent ?? ''
  }))
}

/** What the site stored, parsed. */
export const storedProgress = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as unknown, progressStorageKey)

/** Store `value` under `key` before any script of the page runs, once per context. */
export async function seedStorage(page: Page, key: string, value: string): Promise<void> {
  await page.addInitScript(
    ([storageKey, stored]) => {
      if (sessionStorage.getItem('seeded') === null) {
        localStorage.setItem(storageKey!, stored!)
        sessionStorage.setItem('seeded', 'yes')
      }
    },
    [key, value]
  )
}
