import { z } from 'zod'

/**
 * Every diagnostic code the parser can emit, with its default severity and what it means.
 * The codes are a stable contract: tools may filter on them, so they are never renamed.
 *
 * @example
 * DIAGNOSTIC_CODES['bad-amount'].severity // 'error'
 */
export const DIAGNOSTIC_CODES = {
  'empty-input': { severity: 'error', description: 'The input has no text at all.' },
  'binary-input': {
    severity: 'error',
    description: 'The input looks like binary data (NUL bytes or mostly control characters).',
  },
  'input-too-large': {
    severity: 'warning',
    description: 'The input is far larger than any real sheet; it is still parsed in full.',
  },
  'encoding-detected': {
    severity: 'info',
    description:
      'The bytes were not UTF-8; names the encoding they were read as: UTF-16 LE or BE (from the byte-order mark), Windows-1252, or ISO-8859-1 when no byte tells it apart from Windows-1252.',
  },
  'encoding-repaired': {
    severity: 'warning',
    description:
      'The text is UTF-8 but some bytes were not valid UTF-8; they were read as Windows-1252.',
  },
  'replacement-character': {
    severity: 'warning',
    description:
      'The text holds U+FFFD or a literal `?` inside a word: a character was lost before we got it.',
  },
  'unknown-layout': {
    severity: 'error',
    description:
      'No known layout matched: neither glued labels (A), bare labels (B), `Label:` lines (C, D) nor a title line followed by prose (E).',
  },
  'missing-field-block': {
    severity: 'warning',
    description:
      'The input has a title line (a case number before the name, or a title after site banners) but no field block; it is read as layout E: the title, the number and all remaining text are kept.',
  },
  'fields-not-printed': {
    severity: 'info',
    description:
      "The page is the current site's project page (layout E), which prints only the number, the title and the prose; names the fields it does not carry.",
  },
  'missing-title': { severity: 'error', description: 'No title line was found before the fields.' },
  'ambiguous-title': {
    severity: 'info',
    description:
      'The title line also reads like a fragment of a site banner (`Lär` of `Lär dig mer`); it is kept as the title because it stands where the title always is.',
  },
  'missing-field': {
    severity: 'warning',
    description: 'A field that this layout always has is absent.',
  },
  'unknown-label': {
    severity: 'warning',
    description: 'A `Label:` line in the field block is not a label this layout is known to use.',
  },
  'duplicate-label': {
    severity: 'warning',
    description: 'A label occurs twice in the field block; the first value is kept.',
  },
  'empty-value': {
    severity: 'info',
    description: 'A label is present with an empty value (common for `Stödmottagarens address:`).',
  },
  'placeholder-value': {
    severity: 'info',
    description: 'A value is a placeholder such as `saknas`; the field is set to null.',
  },
  'bad-amount': {
    severity: 'error',
    description: 'An amount is not a whole number of kronor (`1 234 567 kr`).',
  },
  'bad-date': {
    severity: 'error',
    description: 'A date or period is not `YYYY-MM-DD`, or not a real calendar date.',
  },
  'period-reversed': { severity: 'warning', description: 'The period ends before it starts.' },
  'bad-phone': {
    severity: 'warning',
    description: 'A phone number could not be read as a Swedish number.',
  },
  'bad-email': { severity: 'warning', description: 'An e-mail address is not `local@domain`.' },
  'bad-number': {
    severity: 'error',
    description: 'A count, percentage or code is not in the expected form.',
  },
  'unknown-region': {
    severity: 'warning',
    description: 'The region is not one of the ESF regions.',
  },
  'unknown-municipality': {
    severity: 'warning',
    description: 'A `Kommun` list item is not one of the 290 Swedish municipalities.',
  },
  'county-in-municipality-list': {
    severity: 'info',
    description:
      'A `Kommun` list item names a county (`Västerbottens län`), not a municipality; it is kept as printed with that county and no municipality code.',
  },
  'grant-exceeds-budget': {
    severity: 'warning',
    description: 'The ESF grant is larger than the total budget.',
  },
  'truncated-input': {
    severity: 'info',
    description:
      'The sheet seems to stop mid-way (no final heading or list); what is there is kept.',
  },
  'truncated-list': {
    severity: 'warning',
    description: 'A list heading has no items, or its last item looks cut off.',
  },
  'skipped-banner': {
    severity: 'info',
    description: 'A site banner line (cookies, outage, webinar, print logo) was skipped.',
  },
  'internal-error': {
    severity: 'error',
    description:
      'The parser failed unexpectedly (a bug); the input is reported instead of throwing.',
  },
  'unparsed-line': {
    severity: 'warning',
    description: 'A non-blank line did not fit anywhere; it is reported so that nothing is lost.',
  },
} as const satisfies Record<string, { severity: Severity; description: string }>

/** A stable diagnostic code, see {@link DIAGNOSTIC_CODES}. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES

/** All diagnostic codes, in documentation order. */
export const DIAGNOSTIC_CODE_LIST = Object.keys(DIAGNOSTIC_CODES) as [
  DiagnosticCode,
  ...DiagnosticCode[],
]

/**
 * How serious a diagnostic is: `error` means a field could not be trusted,
 * `warning` that something looked odd but was handled, `info` that a normal quirk was seen.
 */
export const SeveritySchema = z.enum(['error', 'warning', 'info'])

/** Severity of a diagnostic. */
export type Severity = z.infer<typeof SeveritySchema>

/**
 * A positional message about the input, modelled on lint messages.
 * `line` and `column` are 1-based and point into the input as given (after decoding),
 * counting columns in UTF-16 code units.
 *
 * @example
 * const d: Diagnostic = {
 *   code: 'bad-amount', severity: 'error', line: 12, column: 18,
 *   message: 'Beviljat ESF-stöd: expected an amount like "1 234 567 kr", found "cirka 5 mkr"',
 *   field: 'esfGrant', actual: 'cirka 5 mkr', expected: '1 234 567 kr',
 * }
 */
export const DiagnosticSchema = z.object({
  /** Stable rule code. */
  code: z.enum(DIAGNOSTIC_CODE_LIST).describe('Stable rule code'),
  /** How serious the problem is. */
  severity: SeveritySchema,
  /** What failed, what was expected and what was found. */
  message: z.string(),
  /** 1-based line in the decoded input. */
  line: z.number().int().min(1),
  /** 1-based column (UTF-16 code units) in that line. */
  column: z.number().int().min(1),
  /** The `Project` field concerned, as a dotted path (`contact.phone`). */
  field: z.string().optional(),
  /**
   * The text that was found: cut to 200 characters, except for `unparsed-line` and
   * `unknown-label`, which are the only place their line ends up.
   */
  actual: z.string().optional(),
  /** What was expected instead. */
  expected: z.string().optional(),
})

/** A positional diagnostic, see {@link DiagnosticSchema}. */
export type Diagnostic = z.infer<typeof DiagnosticSchema>
