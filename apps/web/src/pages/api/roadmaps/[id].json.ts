// The unversioned address of the first API, kept working: the same documents as `/api/v1/roadmaps/<id>.json`.
export { GET, getStaticPaths } from '../v1/roadmaps/[id].json.js'
