/**
 * The parts of a Hunspell `.aff` file that word-form expansion needs.
 *
 * @example
 * const aff = parseAffixFile('SFX A Y 1\nSFX A 0 s .\n')
 * aff.suffixes.get('A')?.rules[0]?.add // 's'
 */
export interface AffixFile {
  /** Flag marking stems that are only valid with an affix (`NEEDAFFIX`). */
  readonly needAffixFlag: string | undefined
  /** Flag marking forms that are not words (`FORBIDDENWORD`). */
  readonly forbiddenFlag: string | undefined
  /** Flag: may begin a compound (`COMPOUNDBEGIN`). */
  readonly compoundBeginFlag: string | undefined
  /** Flag: may stand in the middle of a compound (`COMPOUNDMIDDLE`). */
  readonly compoundMiddleFlag: string | undefined
  /** Flag: may end a compound (`COMPOUNDEND`). */
  readonly compoundEndFlag: string | undefined
  /** Flag: only valid inside a compound (`ONLYINCOMPOUND`). */
  readonly onlyInCompoundFlag: string | undefined
  /** Suffix classes by flag. */
  readonly suffixes: ReadonlyMap<string, AffixClass>
  /** Prefix classes by flag. */
  readonly prefixes: ReadonlyMap<string, AffixClass>
}

/**
 * One `PFX`/`SFX` class: all rules sharing a flag.
 *
 * @example
 * const cls: AffixClass = { flag: 'A', crossProduct: true, rules: [] }
 */
export interface AffixClass {
  readonly flag: string
  /** Whether the class combines with affixes of the other kind (`Y` in the header). */
  readonly crossProduct: boolean
  readonly rules: readonly AffixRule[]
}

/**
 * One affix rule: remove `strip`, add `add` where the stem matches `condition`.
 *
 * @example
 * // SFX G a or a   (fråga → frågor)
 * const rule: AffixRule = { strip: 'a', add: 'or', continuation: '', condition: /a$/u }
 */
export interface AffixRule {
  readonly strip: string
  readonly add: string
  /** Flags the affixed form carries (for example the compound flags `WXZ`). */
  readonly continuation: string
  /** Anchored test of the stem (at its end for suffixes, its start for prefixes). */
  readonly condition: RegExp
}

const DIRECTIVE_FLAGS = {
  NEEDAFFIX: 'needAffixFlag',
  FORBIDDENWORD: 'forbiddenFlag',
  COMPOUNDBEGIN: 'compoundBeginFlag',
  COMPOUNDMIDDLE: 'compoundMiddleFlag',
  COMPOUNDEND: 'compoundEndFlag',
  ONLYINCOMPOUND: 'onlyInCompoundFlag',
} as const

type FlagDirective = keyof typeof DIRECTIVE_FLAGS

/**
 * Parses the `.aff` text. Only single-character flags (Hunspell's default `FLAG` mode) are
 * supported, because that is what dictionary-sv uses; other modes fail loudly.
 *
 * @example
 * parseAffixFile('NEEDAFFIX ¤\n').needAffixFlag // '¤'
 */
export function parseAffixFile(text: string): AffixFile {
  const flags: Record<(typeof DIRECTIVE_FLAGS)[FlagDirective], string | undefined> = {
    needAffixFlag: undefined,
    forbiddenFlag: undefined,
    compoundBeginFlag: undefined,
    compoundMiddleFlag: undefined,
    compoundEndFlag: undefined,
    onlyInCompoundFlag: undefined,
  }
  const suffixes = new Map<string, { flag: string; crossProduct: boolean; rules: AffixRule[] }>()
  const prefixes = new Map<string, { flag: string; crossProduct: boolean; rules: AffixRule[] }>()

  const lines = text.split(/\r?\n/u)
  for (const [index, rawLine] of lines.entries()) {
    const line = rawLine.replace(/#.*$/u, '').trim()
    if (line === '') continue
    const fields = line.split(/\s+/u)
    const [directive, ...args] = fields
    if (directive === 'FLAG') {
      throw new Error(
        `parseAffixFile: line ${index + 1}: FLAG ${args[0] ?? ''} is not supported; expected the default single-character flags`,
      )
    }
    if (directive !== undefined && directive in DIRECTIVE_FLAGS) {
      flags[DIRECTIVE_FLAGS[directive as FlagDirective]] = args[0]
      continue
    }
    if (directive !== 'SFX' && directive !== 'PFX') continue
    const classes = directive === 'SFX' ? suffixes : prefixes
    const [flag, second, third, fourth] = args
    if (flag === undefined || second === undefined || third === undefined) {
      throw new Error(`parseAffixFile: line ${index + 1}: incomplete ${directive} line "${line}"`)
    }
    const existing = classes.get(flag)
    if (existing === undefined) {
      // The header line: SFX flag Y|N count
      classes.set(flag, { flag, crossProduct: second === 'Y', rules: [] })
      continue
    }
    const [add, continuation = ''] = third.split('/')
    existing.rules.push({
      strip: second === '0' ? '' : second,
      add: add === '0' || add === undefined ? '' : add,
      continuation,
      condition: compileCondition(fourth ?? '.', directive),
    })
  }

  return { ...flags, suffixes, prefixes }
}

/**
 * Hunspell conditions are a tiny regex dialect (`.`, `[abc]`, `[^abc]`, literals), so they
 * translate directly into an anchored JavaScript RegExp.
 */
function compileCondition(condition: string, kind: 'SFX' | 'PFX'): RegExp {
  if (condition === '.') return /(?:)/u
  const escaped = condition.replace(/[\\$()*+?{}|]/gu, '\\$&')
  return kind === 'SFX' ? new RegExp(`${escaped}$`, 'u') : new RegExp(`^${escaped}`, 'u')
}
