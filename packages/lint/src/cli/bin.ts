#!/usr/bin/env node
import { limitHeapGrowth } from './heap.js'
import { runCli } from './run.js'

limitHeapGrowth(process.execArgv, process.env)
process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr
})
