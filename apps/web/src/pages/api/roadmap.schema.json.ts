import roadmapSchema from '@roadmap/core/roadmap.schema.json'
import type { APIRoute } from 'astro'
import { jsonResponse } from '../../api/roadmap-documents.js'

// The schema @roadmap/core ships, beside the documents it describes.
export const GET: APIRoute = () => jsonResponse(roadmapSchema)
