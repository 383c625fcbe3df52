/**
 * Values meant to break out of a quoted filter string, each with the quoted form the filter
 * must contain — written out by hand, not computed with the code under test.
 */
export const HOSTILE_VALUES: readonly (readonly [label: string, value: string, quoted: string])[] =
  [
    ['double quote', '"', String.raw`"\""`],
    ['backslash', '\\', String.raw`"\\"`],
    ['backslash quote', '\\"', String.raw`"\\\""`],
    ['quote backslash', '"\\', String.raw`"\"\\"`],
    ['four backslashes', '\\\\\\\\', String.raw`"\\\\\\\\"`],
    ['trailing backslash', 'Umeå\\', String.raw`"Umeå\\"`],
    ['OR injection', 'a" OR region = "b', String.raw`"a\" OR region = \"b"`],
    ['tautology', 'x" OR 1=1 --', String.raw`"x\" OR 1=1 --"`],
    ['closing bracket', '"] OR region IN ["x', String.raw`"\"] OR region IN [\"x"`],
    ['closing parenthesis', '") OR (region EXISTS', String.raw`"\") OR (region EXISTS"`],
    ['bare OR', 'OR', '"OR"'],
    ['bare AND', 'AND', '"AND"'],
    ['bare NOT', 'NOT', '"NOT"'],
    ['NOT expression', 'NOT region = x', '"NOT region = x"'],
    ['bare TO', 'TO', '"TO"'],
    ['range', '1 TO 9999999', '"1 TO 9999999"'],
    ['not equal', '!=', '"!="'],
    ['comparison', 'a != b', '"a != b"'],
    ['open parenthesis', '(', '"("'],
    ['close parenthesis', ')', '")"'],
    ['brackets', '[]', '"[]"'],
    ['EXISTS', 'region EXISTS', '"region EXISTS"'],
    ['IS NULL', 'IS NULL', '"IS NULL"'],
    ['IS EMPTY', 'IS NOT EMPTY', '"IS NOT EMPTY"'],
    ['geo function', '_geoRadius(0, 0, 1)', '"_geoRadius(0, 0, 1)"'],
    ['CONTAINS', 'x CONTAINS y', '"x CONTAINS y"'],
    ['single quotes', "' OR ''='", `"' OR ''='"`],
    ['backtick', '`rm -rf`', '"`rm -rf`"'],
    ['newline', 'a\nregion = "b"', '"a\nregion = \\"b\\""'],
    ['tab and CR', '\t\r', '"\t\r"'],
    ['NUL', 'a\u0000b', '"a\u0000b"'],
    ['RTL override', '\u202Eandnalrron\u202C', '"\u202Eandnalrron\u202C"'],
    ['RTL text', 'שלום " OR "', String.raw`"שלום \" OR \""`],
    ['zero-width space', 'Övre\u200BNorrland', '"Övre\u200BNorrland"'],
    ['zero-width joiner emoji', '👩\u200D💻', '"👩\u200D💻"'],
    ['no-break space', 'Övre\u00A0Norrland', '"Övre\u00A0Norrland"'],
    ['combining ring', 'Umea\u030A', '"Umea\u030A"'],
    ['percent and ampersand', '%22&region=x', '"%22&region=x"'],
    ['wildcard', '*', '"*"'],
    ['logic symbols', '&& || !', '"&& || !"'],
    ['1000 characters', 'x'.repeat(1000), `"${'x'.repeat(1000)}"`],
  ]

/** Longer than the URL limit: the filter builder must still quote it, the API answers 414. */
export const TEN_KB_VALUES: readonly (readonly [label: string, value: string, quoted: string])[] = [
  ['10 kB of quotes', '"'.repeat(10_240), `"${'\\"'.repeat(10_240)}"`],
  ['10 kB of backslashes', '\\'.repeat(10_240), `"${'\\\\'.repeat(10_240)}"`],
  ['10 kB of OR', ' OR '.repeat(2_560), `"${' OR '.repeat(2_560)}"`],
]

/** The string facet parameters (the attribute has the parameter's name). */
export const STRING_FACET_PARAMS = [
  'region',
  'county',
  'municipality',
  'programArea',
  'phase',
  'owner',
  'fund',
  'targetGroup',
] as const
