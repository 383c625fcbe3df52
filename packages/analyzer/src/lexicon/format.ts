/**
 * Binary layout of a lexicon file (`dist/lexicon/sv.lexicon`). Everything is little-endian and
 * every section starts on a 4-byte boundary so that typed arrays can view the file in place:
 *
 * ```text
 * header      12 × u32: magic "PBLX", version, wordCount, stateCount, edgeCount, root,
 *             alphabetLength, transformCount, compoundLemmaCount, transformWidth (1|2),
 *             transformsByteLength, metadataByteLength
 * alphabet    u16 × alphabetLength         label code k (1-based) is alphabet[k − 1]
 * transforms  UTF-8, one "strip\tadd\n" per transform id (lemma = form minus `strip` chars + add)
 * metadata    UTF-8 JSON ({ source, license, … }), informational only
 * edgeStart   u32 × (stateCount + 1)       edges of state s: edgeStart[s] … edgeStart[s + 1] − 1
 * final       u8 × ⌈stateCount / 8⌉         bit s: a word ends in state s
 * edgeTarget  u32 × edgeCount              states are in post-order: targets are always lower
 * edgeLabel   u8 × edgeCount                label codes, ascending within a state
 * lemma       u8|u16 × wordCount            transform id per word rank
 * usage       u8 × wordCount                low nibble: FORM_* bits; high nibble: compound
 *                                          productivity of the lemma, 0–15
 * compound    u32 × compoundLemmaCount      ascending word ranks whose compound-part lemma differs
 *             u8|u16 × compoundLemmaCount   … and that lemma's transform id
 * ```
 *
 * A word's rank is its position in code-unit order; walking the automaton yields it (the
 * classic "word numbering" of Lucchesi & Kowaltowski), so values need no keys.
 *
 * @example
 * LEXICON_MAGIC // 0x584c4250 ("PBLX" read as a little-endian u32)
 */
export const LEXICON_MAGIC = 0x584c4250

/**
 * Version of the layout above; bumped on any incompatible change.
 *
 * @example
 * LEXICON_VERSION // 2
 */
export const LEXICON_VERSION = 2

/**
 * Number of u32 fields in the header.
 *
 * @example
 * LEXICON_HEADER_FIELDS * 4 // header size in bytes
 */
export const LEXICON_HEADER_FIELDS = 12

/**
 * The word form can stand alone as a word.
 *
 * @example
 * (entry.usage & FORM_IS_WORD) !== 0
 */
export const FORM_IS_WORD = 1

/**
 * The form may begin a compound ("arbets" in "arbetsmarknad").
 *
 * @example
 * (entry.usage & FORM_BEGINS_COMPOUND) !== 0
 */
export const FORM_BEGINS_COMPOUND = 2

/**
 * The form may stand between two other compound parts ("försörjnings" in
 * "kompetensförsörjningsfrågor").
 *
 * @example
 * (entry.usage & FORM_IN_COMPOUND_MIDDLE) !== 0
 */
export const FORM_IN_COMPOUND_MIDDLE = 4

/**
 * The form may end a compound ("frågorna" in "arbetsmarknadsfrågorna").
 *
 * @example
 * (entry.usage & FORM_ENDS_COMPOUND) !== 0
 */
export const FORM_ENDS_COMPOUND = 8

/**
 * Rounds a byte offset up to the next 4-byte boundary (sections are aligned so that typed
 * arrays can view them without copying).
 *
 * @example
 * alignTo4(13) // 16
 */
export function alignTo4(offset: number): number {
  return (offset + 3) & ~3
}
