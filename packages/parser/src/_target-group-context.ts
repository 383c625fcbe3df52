/**
 * Whether a term found in the narrative really names the project's participants, judged from
 * the sentence it stands in. Keywords alone mistake the people a project is about for the
 * people it is for: staff being recruited, employers, and the people staff care for.
 * The cues are Swedish stems, matched lower-cased within the sentence.
 */

/** Groups of people that staff work with or care for; a sentence about staff does not make them participants. */
const CLIENT_GROUPS = new Set([
  'unga',
  'personer med funktionsnedsättning',
  'personer med psykisk ohälsa',
  'äldre',
  'elever',
  'barn och familjer',
])

/** Staff, named by role or as employees. */
const STAFF =
  /(?:^|[^\p{L}])(?:personal(?:en)?|medarbetar\p{L}*|anställda|lärare|elevassistent\p{L}*|\p{L}*sköterskor|skötare|\p{L}*biträden|\p{L}*chefer(?:na)?|fritidsledare|boendestödjare|handläggare|läkare|socialsekreterare|barnskötare)(?![\p{L}])/u

/** A sentence that starts with staff and trains them is about the staff, not their clients. */
const STARTS_WITH_STAFF =
  /^(?:\p{L}+ )?(?:och )?(?:personal(?:en)?|medarbetar\p{L}*|anställda|lärare|\p{L}*sköterskor|skötare|\p{L}*biträden|\p{L}*chefer|fritidsledare|boendestödjare|socialsekreterare|barnskötare)(?![\p{L}])/u

/** The people a sentence's staff work with come right after one of these. */
const WORKS_WITH =
  /(?:arbetar med|arbetar inom|möter|i mötet med|bemöter|utbildas i hur|vård av|omsorg om|tar hand om)\s+(?:\S+\s+){0,3}$/u

/** Staff being trained, coached or kept on: what makes employees participants. */
const TRAINED =
  /utbild|kompetensutveckl|kompetenslyft|lär sig|handledning|validera|språkstöd|kurser|omställning|stöd att stanna|får (?:\S+ )?stöd/u

/** Staff being recruited or needed: a labour shortage, not participants. */
const RECRUITED =
  /rekryter|anställa (?:många |fler )?nya|behöver anställa|nya medarbetare|brist(?:en)? på|personalförsörjning|kräver mer personal/u

/** Unemployed people trained for a job are not its employees yet. */
const NOT_EMPLOYED = /arbetslös|arbetssökande|utan arbete|långt (?:i)?från arbetsmarknaden/u

/** Sick leave a project means to prevent is not its participants' sick leave. */
const PREVENTED = /(?:förebygg|minska|färre|undvika|motverka)\S*\s+(?:\S+\s+){0,4}$/u

/** `Svenska för invandrare` is a course, not a group. */
const COURSE_NAME = /svenska för $/u

/** The groups whose every mention counts, whatever its sentence: no need to find the sentence. */
const JUDGED_GROUPS = new Set([...CLIENT_GROUPS, 'sysselsatta', 'sjukskrivna', 'utrikes födda'])

/**
 * Whether {@link countsAsParticipants} looks at the sentence for `group` at all; when not, it
 * returns true. Most matches are of such groups, and cutting out and lower-casing their
 * sentences was a tenth of the parser's time.
 *
 * @example
 * isJudgedInContext('nyanlända') // false
 */
export function isJudgedInContext(group: string): boolean {
  return JUDGED_GROUPS.has(group)
}

/**
 * Whether {@link countsAsParticipants} judges `group` by the sentence alone (not by the words
 * before the term), so that one verdict holds for every mention in the sentence.
 *
 * @example
 * isJudgedBySentenceAlone('sysselsatta') // true
 */
export function isJudgedBySentenceAlone(group: string): boolean {
  return group === 'sysselsatta'
}

/**
 * Whether a term shows `group` as the project's participants, judged from its sentence and the
 * part of the sentence before the term (both lower-cased).
 *
 * @example
 * countsAsParticipants('sysselsatta', 'regionen behöver rekrytera fler medarbetare.', 'regionen behöver rekrytera fler ') // false
 * countsAsParticipants('sysselsatta', 'medarbetare får kompetensutveckling.', '') // true
 */
export function countsAsParticipants(group: string, sentence: string, before: string): boolean {
  if (group === 'sysselsatta') {
    return TRAINED.test(sentence) && !RECRUITED.test(sentence) && !NOT_EMPLOYED.test(sentence)
  }
  if (group === 'sjukskrivna') return !PREVENTED.test(before)
  if (group === 'utrikes födda') return !COURSE_NAME.test(before)
  if (!CLIENT_GROUPS.has(group)) return true
  // The words before the term are fewer than the sentence's, and rarely name a kind of work.
  if (WORKS_WITH.test(before) && STAFF.test(sentence)) return false
  return !(STARTS_WITH_STAFF.test(sentence) && TRAINED.test(sentence))
}
