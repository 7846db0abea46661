#!/usr/bin/env node
import { runContentCompat } from '../cli/content-compat.js'
import { processIo } from '../cli/io.js'

process.exitCode = await runContentCompat(process.argv.slice(2), processIo())
