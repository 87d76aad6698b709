/** How a choice's credit is named wherever a learner or a room sees it (quiz feedback, the workshop's reveal). */
export function creditLabel(credit: number): string {
  if (credit >= 1) return 'Best answer';
  if (credit > 0) return 'Acceptable';
  return 'Harmful';
}
