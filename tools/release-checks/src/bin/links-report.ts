#!/usr/bin/env node
import { runLinksReport } from '../cli/links-report.js'
import { processIo } from '../cli/io.js'

process.exitCode = await runLinksReport(process.argv.slice(2), processIo())
