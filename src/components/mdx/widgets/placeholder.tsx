/** Temporary stand-ins until the interactive widgets land; they keep lessons rendering. */
export function LostCustomerCalculator(_: Record<string, unknown>) {
  return <p>Calculator coming soon.</p>;
}
export function CustomerTypeExplorer(_: Record<string, unknown>) {
  return <p>Explorer coming soon.</p>;
}
export function StarStepper(_: Record<string, unknown>) {
  return <p>Stepper coming soon.</p>;
}
export function CueSorter(_: Record<string, unknown>) {
  return <p>Sorter coming soon.</p>;
}
export function PhraseRewriter(_: Record<string, unknown>) {
  return <p>Rewriter coming soon.</p>;
}
export function Reflection({ prompt }: { id: string; prompt: string }) {
  return <p>{prompt}</p>;
}
