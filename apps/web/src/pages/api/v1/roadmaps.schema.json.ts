import type { APIRoute } from 'astro'
import { roadmapListJsonSchema } from '../../../api/api-schemas.js'
import { jsonResponse } from '../../../api/roadmap-documents.js'
import { apiPath, siteUrl } from '../../../site/paths.js'

// The schema of `/api/v1/roadmaps.json`.
export const GET: APIRoute = () => jsonResponse(roadmapListJsonSchema(siteUrl(apiPath('roadmaps.schema.json'))))
