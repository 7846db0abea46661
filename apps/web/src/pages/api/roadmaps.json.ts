// The unversioned address of the first API, kept working: the same document as `/api/v1/roadmaps.json`.
export { GET } from './v1/roadmaps.json.js'
