export { findRoadmap, findStep, findTopic } from './find.js'
export { stepsInDependencyOrder } from './order.js'
export { listResources, type ResourceEntry } from './resources.js'
export { closest } from '../util/closest.js'
