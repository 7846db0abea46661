// `roadmap-id/step-id`: how steps are named across roadmaps, in the checks as in the apps.
export { stepKey } from '../query/keys.js'
