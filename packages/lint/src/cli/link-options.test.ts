import { LinksConfigSchema } from '@roadmap/links/config'
import { expect, test } from 'vitest'
import { parseCliArguments } from './args.js'
import { linkCheckerOptions } from './link-options.js'

const options = (env: Record<string, string>, argv: string[] = []) =>
  linkCheckerOptions(parseCliArguments(argv).links, undefined, '/repo', env, '/repo')

test("GITHUB_TOKEN is the user's own: from the environment to the checker's GitHub API path only", () => {
  expect(options({ GITHUB_TOKEN: 'ghs_user' }).githubToken).toBe('ghs_user')
  expect(options({}).githubToken).toBeUndefined()
  expect(options({ GITHUB_TOKEN: '' }).githubToken).toBeUndefined()
  // Not a variable headers may read unless the user allows it by name.
  expect(options({ GITHUB_TOKEN: 'ghs_user' }).env).toEqual({})
  // And a configuration file cannot name a token of its own.
  expect(LinksConfigSchema.safeParse({ githubToken: 'ghp_planted' }).success).toBe(false)
})
