import { stemmer } from '@orama/stemmers/swedish'

/**
 * Snowball's Swedish stemmer (from `@orama/stemmers`), the fallback for words the lexicon does
 * not know. It strips endings by rule, so it returns stems ("projekt" → "projek"), not words;
 * the lexicon fixes such cases for every word it knows.
 *
 * @example
 * snowballStem('utredningarna') // 'utredning'
 */
export function snowballStem(word: string): string {
  return stemmer(word)
}
