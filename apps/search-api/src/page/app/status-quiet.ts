/**
 * How long the page must rest — no letter typed, no newer results drawn — before a screen
 * reader is told what the results are. The page searches at each pause in typing (a quarter
 * of a second), and a live region that followed every search would speak the count and the
 * reading of each half word ("16 träffar. Visar resultat för försörj …") over the letters
 * being typed.
 */
export const STATUS_QUIET_MS = 1_000
