/** Human-readable figures for the monitor's text output. Pure. */

const SCALES: [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand']];

/** 532.4e6, 'USD' -> "$532.4 million"; 12, null -> "12". */
export function formatAmount(value: number | null | undefined, currency?: string | null): string {
  if (value == null || !Number.isFinite(value)) return '?';
  const [scale, word] = SCALES.find(([s]) => Math.abs(value) >= s) ?? [1, ''];
  const scaled = value / scale;
  // Four significant digits from 100 up ("$532.4 million"), three below ("$1.28 billion", "$76.8 million").
  const number = `${Number(scaled.toPrecision(Math.abs(scaled) >= 100 ? 4 : 3))}${word ? ` ${word}` : ''}`;
  if (!currency) return number;
  if (currency === 'USD') return `$${number}`;
  if (currency === 'EUR') return `€${number}`;
  return `${currency} ${number}`;
}

/** 0.512 -> "51%". */
export const formatShare = (share: number) => `${Math.round(share * 100)}%`;

/** Lines of a plain table: columns padded to their widest cell. */
export function formatTable(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ').trimEnd()).join('\n');
}
