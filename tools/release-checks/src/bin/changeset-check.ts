#!/usr/bin/env node
import { runChangesetCheck } from '../cli/changeset-check.js'
import { processIo } from '../cli/io.js'

process.exitCode = await runChangesetCheck(process.argv.slice(2), processIo())
