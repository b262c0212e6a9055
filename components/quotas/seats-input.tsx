import type { InputHTMLAttributes } from "react";

interface SeatsInputProps extends InputHTMLAttributes<HTMLInputElement> {
  id: string;
  name: string;
  /** Short visible label ("Kursi"). */
  label: string;
  /** Full name for screen readers, e.g. "Kursi untuk Lapas Kelas I Semarang". */
  accessibleLabel: string;
  /** Id of the element that shows this input's error, if any. */
  errorId?: string;
  invalid?: boolean;
}

// A narrow number input for a row: the visible label stays short, the accessible one names the unit.
export function SeatsInput({ id, label, accessibleLabel, errorId, invalid, className = "", ...input }: SeatsInputProps) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={1000}
        step={1}
        aria-label={accessibleLabel}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        className={`mt-1 block min-h-11 w-20 rounded-md border px-2 py-2 text-base shadow-sm ${invalid ? "border-red-500" : "border-slate-300"}`}
        {...input}
      />
    </div>
  );
}
