/** A labelled progress bar (role="progressbar" with aria-valuenow/min/max), drawn with CSS. */
export function ProgressBar({ value, max = 100, label, valueText }: { value: number; max?: number; label: string; valueText?: string }) {
  const percent = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <div
      className="progress-bar"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={valueText ?? `${percent}%`}
    >
      <div className="progress-bar__fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
