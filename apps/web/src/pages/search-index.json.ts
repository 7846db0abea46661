import { roadmaps } from '@roadmap/core/data'
import type { APIRoute } from 'astro'
import { searchIndex } from '../search/search-index.js'

// Compact, unlike the API: only the search page reads it, and every byte is downloaded.
export const GET: APIRoute = () =>
  new Response(JSON.stringify(searchIndex(roadmaps)), { headers: { 'Content-Type': 'application/json' } })
