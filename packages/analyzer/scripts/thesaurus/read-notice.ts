/**
 * The copyright and licence notice of one file in a Debian `copyright` file (the
 * machine-readable format, DEP-5): the `Copyright:` lines of the `Files:` stanza that names
 * `fileName`, then its licence text, with the format's continuation markup undone (one
 * leading space dropped, a line of " ." an empty line). Where the stanza names the licence
 * without its text, the text comes from the stand-alone `License:` stanza of that name.
 * Throws when the file is not named or has no licence text: the table must not ship without
 * its notice.
 *
 * @example
 * readNotice(copyrightText, 'th_sv_SE.dat')[0] // 'Copyright: 2009 Viggo Kann'
 */
export function readNotice(copyright: string, fileName: string): string[] {
  const stanzas = copyright.split(/\n[ \t]*\n/u).map(parseStanza)
  const stanza = stanzas.find((s) =>
    (s.get('Files') ?? []).some((line) =>
      line
        .split(/\s+/u)
        .some((pattern) => pattern.endsWith(`/${fileName}`) || pattern === fileName),
    ),
  )
  if (stanza === undefined) {
    throw new Error(`readNotice: no "Files:" stanza names ${fileName}`)
  }
  const copyrightLines = stanza.get('Copyright') ?? []
  const [licenseName = '', ...licenseText] = stanza.get('License') ?? []
  const text =
    licenseText.length > 0
      ? licenseText
      : (stanzas
          .find((s) => !s.has('Files') && s.get('License')?.[0] === licenseName)
          ?.get('License')
          ?.slice(1) ?? [])
  if (copyrightLines.length === 0 || text.length === 0) {
    throw new Error(
      `readNotice: the stanza of ${fileName} needs a Copyright field and a licence text (License: ${licenseName || 'missing'})`,
    )
  }
  const [first, ...more] = copyrightLines.map((line) => line.trim()).filter((l) => l !== '')
  return [
    `Copyright: ${first}`,
    ...more.map((line) => `           ${line}`),
    `License: ${licenseName}`,
    ...text,
  ]
}

/** A stanza's fields: the first line's value, then each continuation line unescaped. */
function parseStanza(stanza: string): Map<string, string[]> {
  const fields = new Map<string, string[]>()
  let current: string[] | undefined
  for (const line of stanza.split('\n')) {
    if (/^[ \t]/u.test(line)) {
      const body = line.slice(1)
      current?.push(body.trim() === '.' ? '' : body)
      continue
    }
    const colon = line.indexOf(':')
    if (colon < 0) continue
    current = [line.slice(colon + 1).trim()]
    fields.set(line.slice(0, colon), current)
  }
  return fields
}
