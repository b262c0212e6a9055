import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// Labelled select and textarea; like Field, the error is announced and tied by aria-describedby.

interface WrapperProps {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: (describedBy: string | undefined) => ReactNode;
  className?: string;
}

function Wrapper({ id, label, error, hint, children, className }: WrapperProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {children(describedBy)}
      <p id={`${id}-error`} aria-live="polite" className="mt-1 text-sm text-red-700">
        {error}
      </p>
    </div>
  );
}

const control = (error?: string) =>
  `mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base shadow-sm ${error ? "border-red-500" : "border-slate-300"}`;

export function SelectField({
  name,
  label,
  error,
  hint,
  className,
  children,
  id,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & { name: string; label: string; error?: string; hint?: string }) {
  const selectId = id ?? `field-${name}`;
  return (
    <Wrapper id={selectId} label={label} error={error} hint={hint} className={className}>
      {(describedBy) => (
        <select id={selectId} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={control(error)} {...select}>
          {children}
        </select>
      )}
    </Wrapper>
  );
}

export function TextareaField({
  name,
  label,
  error,
  hint,
  className,
  id,
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string; label: string; error?: string; hint?: string }) {
  const textareaId = id ?? `field-${name}`;
  return (
    <Wrapper id={textareaId} label={label} error={error} hint={hint} className={className}>
      {(describedBy) => (
        <textarea id={textareaId} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={control(error)} rows={4} {...textarea} />
      )}
    </Wrapper>
  );
}

/** A labelled checkbox with an optional hint under its label; the whole row is the click target. */
export function Checkbox({
  name,
  label,
  hint,
  id,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & { name: string; label: string; hint?: string }) {
  const inputId = id ?? `field-${name}`;
  return (
    <div className="flex items-start gap-3">
      <input
        id={inputId}
        name={name}
        type="checkbox"
        aria-describedby={hint ? `${inputId}-hint` : undefined}
        className="mt-1 size-5 shrink-0 rounded border-slate-400 accent-emerald-700"
        {...input}
      />
      <div>
        <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
          {label}
        </label>
        {hint && (
          <p id={`${inputId}-hint`} className="text-xs text-slate-600">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

export function FormMessage({ message, tone = "error" }: { message?: string; tone?: "error" | "success" }) {
  return (
    <div aria-live="polite">
      {message && (
        <p
          role={tone === "error" ? "alert" : "status"}
          className={`rounded border px-3 py-2 text-sm ${tone === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-green-300 bg-green-50 text-green-900"}`}
        >
          {message}
        </p>
      )}
    </div>
  );
}
