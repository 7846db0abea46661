import { roadmaps } from '@roadmap/core/data'
import type { APIRoute } from 'astro'
import { coreVersion } from '../../../api/core-version.js'
import { jsonResponse, roadmapListDocument } from '../../../api/roadmap-documents.js'

export const GET: APIRoute = () => jsonResponse(roadmapListDocument(roadmaps, coreVersion))
