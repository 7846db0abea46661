import type { ReadonlyRoadmap } from '@roadmap/core'
import { roadmaps } from '@roadmap/core/data'
import type { APIRoute, GetStaticPaths } from 'astro'
import { coreVersion, datasetVersion } from '../../../../api/dataset-version.js'
import { jsonResponse, roadmapDocument } from '../../../../api/roadmap-documents.js'

export const getStaticPaths = (() =>
  roadmaps.map((roadmap) => ({ params: { id: roadmap.id }, props: { roadmap } }))) satisfies GetStaticPaths

export const GET: APIRoute<{ roadmap: ReadonlyRoadmap }> = ({ props }) =>
  jsonResponse(roadmapDocument(props.roadmap, datasetVersion(roadmaps, coreVersion)))
