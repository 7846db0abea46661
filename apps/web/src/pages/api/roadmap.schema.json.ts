import roadmapSchema from '@roadmap/core/roadmap.schema.json'
import type { APIRoute } from 'astro'
import { jsonResponse } from '../../api/roadmap-documents.js'

// The first API's address, kept working: the schema @roadmap/core ships, of a
// roadmap without `version`. `/api/v1/roadmap.schema.json` describes the documents as served.
export const GET: APIRoute = () => jsonResponse(roadmapSchema)
