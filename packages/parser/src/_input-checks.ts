/** How much of the text to look at when judging whether it is binary. */
const SAMPLE = 4096

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0001-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/

/** Share of control characters above which the input is not text. */
const MAX_CONTROL_SHARE = 0.1

/**
 * Whether decoded input looks like binary data: a NUL anywhere, or more than a tenth control
 * characters (other than tab, line breaks and form feed) at the start.
 *
 * @example
 * looksBinary('PK\u0003\u0004\u0000\u0000') // true
 * looksBinary('Logotyp på utskrifter') // false
 */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true
  const end = Math.min(text.length, SAMPLE)
  // Real sheets have no control characters at all; only count when there are some.
  if (!CONTROL.test(text.slice(0, end))) return false
  let control = 0
  for (let index = 0; index < end; index += 1) {
    const char = text.charCodeAt(index)
    const isControl =
      (char < 0x20 && char !== 9 && char !== 10 && char !== 12 && char !== 13) ||
      (char >= 0x7f && char < 0xa0) ||
      char === 0xfffd
    if (isControl) control += 1
  }
  return end > 0 && control / end > MAX_CONTROL_SHARE
}

/**
 * Whether text holds anything but white space.
 *
 * @example
 * hasText(' \n\u00a0') // false
 */
export function hasText(text: string): boolean {
  return /[^\s\u200b]/.test(text)
}
