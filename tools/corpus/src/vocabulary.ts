import vocabulary from './data/vocabulary.json' with { type: 'json' }

/**
 * Hand-written Swedish word lists (names, organisations, sentence parts) from which the corpus
 * generator and the property tests build realistic sheets. Kept as data in
 * `data/vocabulary.json`; none of it is taken from real pages.
 */
export const VOCABULARY: Readonly<typeof vocabulary> = vocabulary

/** Folds Swedish letters for e-mail addresses and domains: `Åsa Öberg` → `asa.oberg`. */
export function asciiFold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9.-]+/g, '')
}
