import { roadmaps } from '@roadmap/core/data'
import type { APIRoute } from 'astro'
import { coreVersion, datasetVersion } from '../../../api/dataset-version.js'
import { jsonResponse, roadmapListDocument } from '../../../api/roadmap-documents.js'

export const GET: APIRoute = () => jsonResponse(roadmapListDocument(roadmaps, datasetVersion(roadmaps, coreVersion)))
