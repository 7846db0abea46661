import type { APIRoute } from 'astro'
import { roadmapDocumentJsonSchema } from '../../../api/api-schemas.js'
import { jsonResponse } from '../../../api/roadmap-documents.js'
import { apiPath, siteUrl } from '../../../site/paths.js'

// The schema of `/api/v1/roadmaps/<id>.json` as served, `version` included.
export const GET: APIRoute = () => jsonResponse(roadmapDocumentJsonSchema(siteUrl(apiPath('roadmap.schema.json'))))
