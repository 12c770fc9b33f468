// A 1..N answer scale: big numbered buttons (real radio inputs underneath, so arrow keys work),
// the words for both ends, and the chosen answer in words between them.
export function Scale(props: {
  name: string;
  min: number;
  max: number;
  value: number | null | undefined;
  labelFor: (v: number) => string;
  onChange: (v: number) => void;
  idPrefix?: string;
}) {
  const values: number[] = [];
  for (let v = props.min; v <= props.max; v++) values.push(v);
  const chosen = props.value ?? null;
  return (
    <>
      <div class={'scale scale-' + values.length}>
        {values.map((v) => (
          <label class="scale-option">
            <input
              id={props.idPrefix ? props.idPrefix + v : undefined}
              type="radio"
              name={props.name}
              value={v}
              checked={chosen === v}
              onChange={() => props.onChange(v)}
            />
            <span class="scale-face">
              <span class="scale-number">{v}</span>
              <span class="sr-only">{props.labelFor(v)}</span>
            </span>
          </label>
        ))}
      </div>
      <div class="scale-ends" aria-hidden="true">
        <span>{props.labelFor(props.min)}</span>
        <span class="scale-current">{chosen !== null && chosen !== props.min && chosen !== props.max ? props.labelFor(chosen) : ''}</span>
        <span>{props.labelFor(props.max)}</span>
      </div>
    </>
  );
}
