interface RangeControlProps {
  id: string;
  label: string;
  value: number;
  limits: { min: number; max: number; step: number };
  /** The value as shown next to the slider and announced (aria-valuetext). */
  format: (value: number) => string;
  onChange: (value: number) => void;
}

/** A labelled slider with its value shown; appears in the text panel and the speech bar. */
export function RangeControl({ id, label, value, limits, format, onChange }: RangeControlProps) {
  const text = format(value);
  return (
    <div class="range-control">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={limits.min}
        max={limits.max}
        step={limits.step}
        value={value}
        aria-valuetext={text}
        onInput={(event) => {
          // Round away float noise from the step arithmetic (1.2000000000000002).
          const next = Math.round(Number(event.currentTarget.value) * 100) / 100;
          if (Number.isFinite(next)) onChange(next);
        }}
        data-testid={id}
      />
      <output for={id} aria-hidden="true">
        {text}
      </output>
    </div>
  );
}
