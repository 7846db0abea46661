#!/usr/bin/env node
// A committed entry point, so package managers can link the bin before the
// TypeScript build has produced dist/ (in a fresh workspace clone).
import '../dist/bin.js'
