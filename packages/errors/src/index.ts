export { RoadmapError } from './roadmap-error.js'
