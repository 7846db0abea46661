// The repository's workflows and composite actions, read and parsed for the
// workflow tests.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import { parseDocument } from 'yaml'

export type Yaml = Record<string, unknown>

export const root = join(import.meta.dirname, '..', '..', '..', '..')
export const github = join(root, '.github')
export const workflowFiles = readdirSync(join(github, 'workflows'))
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
export const actionFiles = readdirSync(join(github, 'actions')).map((name) => join('actions', name, 'action.yml'))

/** The text of a file under `.github/`. */
export function read(path: string): string {
  return readFileSync(join(github, path), 'utf8')
}

/** A file under `.github/` as data, asserting it parses without error or warning. */
export function parse(path: string): Yaml {
  const document = parseDocument(read(path))
  expect(document.errors.map(String), path).toEqual([])
  expect(document.warnings.map(String), path).toEqual([])
  return document.toJS() as Yaml
}

/** Every step of every job of a workflow. */
export function stepsOf(document: Yaml): Yaml[] {
  const jobs = Object.values(document['jobs'] as Record<string, Yaml>)
  return jobs.flatMap((job) => (job['steps'] as Yaml[] | undefined) ?? [])
}
