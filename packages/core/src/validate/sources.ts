/** `roadmap-id/step-id`: how steps are named across roadmaps. */
export function stepKey(roadmapId: string, stepId: string): string {
  return `${roadmapId}/${stepId}`
}
