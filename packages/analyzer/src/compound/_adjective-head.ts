/**
 * Whether `form` is `base` inflected as a Swedish adjective: the base itself or with one of
 * the endings -a, -e, -t (arbetslös → arbetslösa, relaterad → relaterade, lös → löst); a
 * participle in -d swaps it for -t (relaterad → relaterat), and a base in -el, -en or -er drops
 * its e before -a (enkel → enkla, driven → drivna, säker → säkra).
 *
 * @example
 * isAdjectiveInflection('relaterade', 'relaterad') // true
 * isAdjectiveInflection('formarna', 'form') // false
 */
export function isAdjectiveInflection(form: string, base: string): boolean {
  if (form === base) return true
  if (form.length === base.length + 1 && form.startsWith(base))
    return 'aet'.includes(form.at(-1) ?? '')
  const stem = base.slice(0, -1)
  if (base.endsWith('d') && form === `${stem}t`) return true
  return /e[lnr]$/.test(base) && form === `${base.slice(0, -2)}${base.at(-1)}a`
}

/**
 * Whether `form` is the past participle of the verb `verb` in the common -a conjugation
 * (relatera → relaterad, inrikta → inriktad): the participles that the dictionary lists as
 * adjective headwords of their own while it reads the bare form as the verb.
 *
 * @example
 * isPastParticiple('relaterad', 'relatera') // true
 * isPastParticiple('ständiga', 'ständig') // false
 */
export function isPastParticiple(form: string, verb: string): boolean {
  return verb.endsWith('a') && form === `${verb}d`
}
