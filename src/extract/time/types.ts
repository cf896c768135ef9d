/**
 * Time expressions found in a sentence or paragraph. Offsets are JS string indices into the
 * text that was scanned; `raw` is text.slice(start, end).
 */

/**
 * - date: a point in time ("10 October 2008", "in October 2008", "in 2008").
 * - period: a span a figure is measured over ("January-July 2018", "Q1 2021", "for 2019").
 * - deadline: the year something should be reached by ("by 2025", "до 2030 года").
 * - validity: the span a document or plan covers ("for 2021-2023", "на период до 2030 года").
 */
export type TimeKind = 'date' | 'period' | 'deadline' | 'validity';

export interface TimeExpression {
  start: number;
  end: number;
  raw: string;
  kind: TimeKind;
  /**
   * Dates "2008", "2008-10", "2008-10-10"; periods "2017", "2018-01..2018-07", "2021-Q1",
   * "2021-H1", "2017..2020"; deadlines a year "2025". Null when the expression is relative
   * and there was nothing to resolve it against.
   */
  value: string | null;
  /** First unit of a span: "2018-01" for "January-July 2018", "2021" for "2021-2023". */
  from?: string;
  /** Last unit of a span; for a deadline, the finest form written ("2022-10" for "by October 2022"). */
  to?: string;
  /**
   * An open span: 'start' for "for the period until 2030" (value "2030", to "2030"),
   * 'end' for "since 2010" (value "2010", from "2010").
   */
  open?: 'start' | 'end';
  /** The value was not written out: it came from the reference date or from the context. */
  relative?: boolean;
  /** A comparison base ("compared to 2020", "the same period last year"), not the period a figure is for. */
  base?: boolean;
}

/** What relative expressions are resolved against, and output choices. */
export interface TimeRef {
  /** The publication date of the text: "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
  date?: string;
  /**
   * How half-years are written: "2019-H1" (default) or as months "2019-01..2019-06"
   * (the form the gold sets use).
   */
  halves?: 'H' | 'months';
}
