/**
 * The review form: a fact's fields as text inputs, and the inputs back as the changed fields
 * (numbers stay numbers, lists stay lists, an emptied input is null).
 */
/** A reviewer corrects what a fact says, not what it rests on (the API refuses these). */
export const FIXED = new Set(['type', 'doc', 'quote', 'start', 'end', 'confidence', 'lang', 'party_ids']);

export type FieldShape = 'number' | 'list' | 'text';
export interface FormField { name: string; shape: FieldShape; text: string }

const NUMERIC = new Set(['value', 'change_pct', 'quantity']);

export function formFields(fields: Record<string, unknown>): FormField[] {
  return Object.entries(fields)
    .filter(([name, v]) => !FIXED.has(name) && (v === null || ['string', 'number'].includes(typeof v) || Array.isArray(v)))
    .map(([name, v]) => {
      const shape: FieldShape = Array.isArray(v) ? 'list' : typeof v === 'number' || NUMERIC.has(name) ? 'number' : 'text';
      const text = v === null ? '' : Array.isArray(v) ? v.join(', ') : String(v);
      return { name, shape, text };
    });
}

/** The fields whose input changed, as typed values; an error names a field that is not a number. */
export function changedFields(original: Record<string, unknown>, form: FormField[]): { fields: Record<string, unknown> } | { error: string } {
  const fields: Record<string, unknown> = {};
  for (const f of form) {
    const raw = f.text.trim();
    let value: unknown;
    if (!raw) value = f.shape === 'list' ? [] : null;
    else if (f.shape === 'number') {
      const n = Number(raw.replace(/\s/g, '').replace(',', '.'));
      if (!Number.isFinite(n)) return { error: f.name };
      value = n;
    } else if (f.shape === 'list') value = raw.split(',').map((s) => s.trim()).filter(Boolean);
    else value = raw;
    if (JSON.stringify(value) !== JSON.stringify(original[f.name] ?? (f.shape === 'list' ? [] : null))) fields[f.name] = value;
  }
  return { fields };
}
