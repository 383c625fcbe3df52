import { outdent } from 'outdent'
import { describe, expect, test } from 'vitest'
import { parseSheet } from '../src/index.js'
import { unaccountedLines } from './_nothing-lost.js'

/** A short layout A sheet with prose of our own; variants below edit a line or two. */
const SHEET = outdent`
  Logotyp på utskrifter

  Lärlingar i Gävleborg

  ProgramområdeProgramområde 2 Ökat arbetskraftsutbud
  ProjektfasGenomförande
  ProjektägareHantverkarnas riksförbund, region Mitt
  KontaktpersonPer Åkesson
  E-postper.akesson@hantverk.example
  Telefonnummer026-17 42 00
  Beviljat ESF-stöd2\u00a0100\u00a0000 kr
  Total projektbudget4\u00a0200\u00a0000 kr
  Projektperiod2011-03-01 till 2013-02-28
  RegionNorra Mellansverige
  In English

  Sammanfattning

  Unga arbetslösa får gå som lärlingar hos hantverksföretag i Gävle och Sandviken.
  Region Gävleborg har länge saknat plåtslagare och murare.

  Bakgrund

  Kommunerna i länet har många unga utan gymnasieexamen.

  Kommun

   • Gävle
   • Sandviken
`

const codes = (text: string) => parseSheet(text).diagnostics.map((d) => d.code)

describe('layout A', () => {
  test('reads the glued header block', () => {
    const { project, diagnostics } = parseSheet(SHEET)
    expect(project).toMatchObject({
      title: 'Lärlingar i Gävleborg',
      layout: 'A',
      programArea: { code: '2', name: 'Ökat arbetskraftsutbud' },
      phase: 'Genomförande',
      owner: 'Hantverkarnas riksförbund, region Mitt',
      contact: { name: 'Per Åkesson', email: 'per.akesson@hantverk.example', phone: '+4626174200' },
      esfGrant: 2100000,
      totalBudget: 4200000,
      period: { start: '2011-03-01', end: '2013-02-28' },
      region: 'Norra Mellansverige',
      years: [2011, 2012, 2013],
      esfShare: 0.5,
      municipalities: [
        { name: 'Gävle', code: '2180', county: 'Gävleborgs län' },
        { name: 'Sandviken', code: '2181', county: 'Gävleborgs län' },
      ],
    })
    expect(diagnostics.map((d) => [d.line, d.code])).toEqual([
      [1, 'skipped-banner'],
      [15, 'skipped-banner'],
    ])
  })

  test('prose lines that start with a label or heading word stay prose', () => {
    const { project } = parseSheet(SHEET)
    expect(project?.sections).toMatchObject({
      summary:
        'Unga arbetslösa får gå som lärlingar hos hantverksföretag i Gävle och Sandviken.\nRegion Gävleborg har länge saknat plåtslagare och murare.',
      background: 'Kommunerna i länet har många unga utan gymnasieexamen.',
    })
    expect(project?.region).toEqual('Norra Mellansverige')
  })

  test.each([
    [
      'covid',
      'Information med anledning av covid-19\n\nUppdaterad information med anledning av covid-19\u00a0\u00a0',
    ],
    [
      'webinar',
      'Stäng\n\n3 december - Webbinarium om fattigdom i dagens Sverige\n\nMer information och anmälan.',
    ],
    [
      'maintenance',
      'Stäng\n\nEBS2020 har driftstopp på söndag den 29 mars 2020\n\nDriftstopp pga servicearbete söndagen 29/3 från kl 15.00.\u00a0',
    ],
  ])('skips the %s banner with an info diagnostic per line', (_kind, banner) => {
    const text = SHEET.replace('Lärlingar i Gävleborg', `${banner}\n\nLärlingar i Gävleborg`)
    const { project, diagnostics } = parseSheet(text)
    expect(project?.title).toEqual('Lärlingar i Gävleborg')
    const skipped = diagnostics.filter((d) => d.code === 'skipped-banner')
    expect(skipped.map((d) => d.severity)).toEqual(
      Array(banner.split('\n\n').length + 2).fill('info'),
    )
    expect(unaccountedLines(text)).toEqual([])
  })

  test('a cut-off banner fragment where the title stands is kept as the title, flagged', () => {
    const text = SHEET.replace('Lärlingar i Gävleborg', 'Lär')
    const { project, diagnostics } = parseSheet(text)
    expect(project?.title).toEqual('Lär')
    expect(diagnostics.find((d) => d.code === 'ambiguous-title')).toMatchObject({
      severity: 'info',
      line: 3,
      column: 1,
      field: 'title',
    })
  })

  test('a cut-off banner fragment before the title is skipped', () => {
    const text = SHEET.replace('Lärlingar i Gävleborg', 'Lär dig\n\nLärlingar i Gävleborg')
    const { project, diagnostics } = parseSheet(text)
    expect(project?.title).toEqual('Lärlingar i Gävleborg')
    expect(diagnostics[1]).toMatchObject({ code: 'skipped-banner', line: 3, actual: 'Lär dig' })
  })

  test('an unknown line before the title is reported, not taken for the title', () => {
    const text = SHEET.replace(
      'Lärlingar i Gävleborg',
      'Nyhetsbrev: anmäl dig här\n\nLärlingar i Gävleborg',
    )
    const { project, diagnostics } = parseSheet(text)
    expect(project?.title).toEqual('Lärlingar i Gävleborg')
    expect(diagnostics[1]).toMatchObject({
      code: 'unparsed-line',
      severity: 'warning',
      line: 3,
      column: 1,
      actual: 'Nyhetsbrev: anmäl dig här',
    })
  })

  test('no title at all is an error, and the project is still made', () => {
    const text = SHEET.replace('Lärlingar i Gävleborg\n\n', '')
    const { project, diagnostics } = parseSheet(text)
    expect(project?.title).toEqual(null)
    expect(project?.owner).toEqual('Hantverkarnas riksförbund, region Mitt')
    expect(diagnostics.find((d) => d.code === 'missing-title')?.severity).toEqual('error')
  })

  test('saknas as owner or phone is null with a placeholder-value info', () => {
    const text = SHEET.replace('Hantverkarnas riksförbund, region Mitt', 'saknas').replace(
      '026-17 42 00',
      'saknas',
    )
    const { project, diagnostics } = parseSheet(text)
    expect(project?.owner).toEqual(null)
    expect(project?.contact).toEqual({
      name: 'Per Åkesson',
      email: 'per.akesson@hantverk.example',
      phone: null,
    })
    expect(diagnostics.filter((d) => d.code === 'placeholder-value')).toEqual([
      {
        code: 'placeholder-value',
        severity: 'info',
        line: 7,
        column: 13,
        field: 'owner',
        actual: 'saknas',
        message: '"Projektägare" says "saknas" instead of a value; owner is set to null',
      },
      {
        code: 'placeholder-value',
        severity: 'info',
        line: 10,
        column: 14,
        field: 'contact.phone',
        actual: 'saknas',
        message: '"Telefonnummer" says "saknas" instead of a value; contact.phone is set to null',
      },
    ])
  })

  test('a bad amount is an error pointing at the glued value', () => {
    const text = SHEET.replace(
      'Beviljat ESF-stöd2\u00a0100\u00a0000 kr',
      'Beviljat ESF-stödcirka 2 mkr',
    )
    const { project, diagnostics } = parseSheet(text)
    expect(project?.esfGrant).toEqual(null)
    expect(project?.esfShare).toEqual(null)
    expect(diagnostics.find((d) => d.code === 'bad-amount')).toEqual({
      code: 'bad-amount',
      severity: 'error',
      line: 11,
      column: 18,
      field: 'esfGrant',
      actual: 'cirka 2 mkr',
      expected: '1 234 567 kr',
      message: 'Beviljat ESF-stöd: expected 1 234 567 kr, found "cirka 2 mkr"',
    })
  })

  test('an impossible date is a bad-date error; the other end is kept', () => {
    const text = SHEET.replace('2011-03-01 till 2013-02-28', '2011-03-01 till 2013-02-30')
    const { project, diagnostics } = parseSheet(text)
    expect(project?.period).toEqual({ start: '2011-03-01', end: null })
    expect(project?.years).toEqual([2011])
    expect(diagnostics.find((d) => d.code === 'bad-date')).toMatchObject({
      line: 13,
      column: 30,
      field: 'period.end',
      actual: '2013-02-30',
    })
  })

  test('a reversed period is kept as printed with a warning', () => {
    const text = SHEET.replace('2011-03-01 till 2013-02-28', '2013-02-28 till 2011-03-01')
    const { project } = parseSheet(text)
    expect(project?.period).toEqual({ start: '2013-02-28', end: '2011-03-01' })
    expect(project?.years).toEqual([2011, 2012, 2013])
    expect(codes(text)).toContain('period-reversed')
  })

  test('a grant larger than the budget is kept with a warning', () => {
    const text = SHEET.replace(
      'Total projektbudget4\u00a0200\u00a0000 kr',
      'Total projektbudget1\u00a0000\u00a0000 kr',
    )
    expect(parseSheet(text).project?.esfShare).toEqual(2.1)
    expect(codes(text)).toContain('grant-exceeds-budget')
  })

  test('a duplicate label keeps the first value', () => {
    const text = SHEET.replace(
      'RegionNorra Mellansverige',
      'RegionNorra Mellansverige\nRegionStockholm',
    )
    const { project, diagnostics } = parseSheet(text)
    expect(project?.region).toEqual('Norra Mellansverige')
    expect(diagnostics.find((d) => d.code === 'duplicate-label')).toMatchObject({
      severity: 'warning',
      line: 15,
      column: 7,
      actual: 'Stockholm',
    })
  })

  test('a region outside the list is kept as printed with a warning', () => {
    const text = SHEET.replace('RegionNorra Mellansverige', 'RegionMellannorrland')
    expect(parseSheet(text).project?.region).toEqual('Mellannorrland')
    expect(codes(text)).toContain('unknown-region')
  })

  test('a missing label is a missing-field warning; absent optional lists are not', () => {
    const text = SHEET.replace('Telefonnummer026-17 42 00\n', '')
    const { project, diagnostics } = parseSheet(text)
    expect(project?.contact?.phone).toEqual(null)
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([
      {
        code: 'missing-field',
        severity: 'warning',
        line: 5,
        column: 1,
        field: 'contact.phone',
        expected: 'Telefonnummer',
        message: `Layout A always has the label "Telefonnummer", but this sheet's field block does not`,
      },
    ])
  })

  test('an unknown line inside the header block is reported and the block goes on', () => {
    const text = SHEET.replace('ProjektfasGenomförande', 'ProjektfasGenomförande\nDelprojekt 3')
    const { project, diagnostics } = parseSheet(text)
    expect(project?.owner).toEqual('Hantverkarnas riksförbund, region Mitt')
    expect(diagnostics.find((d) => d.code === 'unparsed-line')).toMatchObject({ line: 7 })
  })
})

describe('layout A body', () => {
  test('ALL-CAPS and colon sub-headings stay inside their section', () => {
    const text = SHEET.replace(
      'Kommunerna i länet har många unga utan gymnasieexamen.',
      'UTGÅNGSLÄGE\nKommunerna i länet har många unga utan gymnasieexamen.\n\nBakgrund:\nFöretagen vill anställa.\n\nBEHOV\n\nFler lärlingsplatser.',
    )
    expect(parseSheet(text).project?.sections.background).toEqual(
      'UTGÅNGSLÄGE\nKommunerna i länet har många unga utan gymnasieexamen.\n\nBakgrund:\nFöretagen vill anställa.\n\nBEHOV\n\nFler lärlingsplatser.',
    )
  })

  test('a short stand-alone heading that is not a known one starts an other section', () => {
    const text = SHEET.replace(
      '\n\nKommun\n',
      '\n\nOrganisation och styrning\n\nEn styrgrupp med företagare leder arbetet.\n\nKommun\n',
    )
    const { project } = parseSheet(text)
    expect(project?.otherSections).toEqual([
      { heading: 'Organisation och styrning', text: 'En styrgrupp med företagare leder arbetet.' },
    ])
    expect(project?.sections.background).toEqual(
      'Kommunerna i länet har många unga utan gymnasieexamen.',
    )
  })

  test('three line breaks before a heading are the same as two', () => {
    const text = SHEET.replace('murare.\n\nBakgrund', 'murare.\n\n\n\nBakgrund')
    expect(parseSheet(text).project?.sections).toEqual(parseSheet(SHEET).project?.sections)
  })

  test('paragraphs are joined by a blank line, lines within one by a line break', () => {
    const text = SHEET.replace('murare.\n', 'murare.\n\n\nAndra stycket.\nSamma stycke.\n')
    expect(parseSheet(text).project?.sections.summary).toEqual(
      'Unga arbetslösa får gå som lärlingar hos hantverksföretag i Gävle och Sandviken.\nRegion Gävleborg har länge saknat plåtslagare och murare.\n\nAndra stycket.\nSamma stycke.',
    )
  })

  test('lists: one or two leading spaces, duplicates kept, unknown names warned about', () => {
    const text = outdent`
      ${SHEET.replace(' • Gävle\n • Sandviken', '  • Gävle\n • Gävle\n • Sandviken kommun\n • Norrstad')}

      Samarbetspartners

       • Byggföretagen
        • Byggföretagen
    `
    const { project, diagnostics } = parseSheet(text)
    expect(project?.municipalities).toEqual([
      { name: 'Gävle', code: '2180', county: 'Gävleborgs län' },
      { name: 'Gävle', code: '2180', county: 'Gävleborgs län' },
      { name: 'Sandviken kommun', code: '2181', county: 'Gävleborgs län' },
      { name: 'Norrstad', code: null, county: null },
    ])
    expect(project?.partners).toEqual(['Byggföretagen', 'Byggföretagen'])
    expect(diagnostics.find((d) => d.code === 'unknown-municipality')).toMatchObject({
      severity: 'warning',
      line: 31,
      column: 4,
      actual: 'Norrstad',
    })
    expect(unaccountedLines(text)).toEqual([])
  })

  test('a county in the Kommun list is read as that county, with an info and no warning', () => {
    const text = SHEET.replace(
      ' • Gävle\n • Sandviken',
      ' • Gävle\n • Västerbottens län\n • västerbotten\n • Skåne  län',
    )
    const { project, diagnostics } = parseSheet(text)
    expect(project?.municipalities).toEqual([
      { name: 'Gävle', code: '2180', county: 'Gävleborgs län' },
      { name: 'Västerbottens län', code: null, county: 'Västerbottens län' },
      { name: 'västerbotten', code: null, county: 'Västerbottens län' },
      { name: 'Skåne  län', code: null, county: 'Skåne län' },
    ])
    expect(diagnostics.filter((d) => d.code === 'unknown-municipality')).toEqual([])
    expect(diagnostics.filter((d) => d.code === 'county-in-municipality-list')).toEqual([
      {
        code: 'county-in-municipality-list',
        severity: 'info',
        line: 29,
        column: 4,
        field: 'municipalities',
        message:
          '"Västerbottens län" is a county, not a municipality; it is kept as printed with the county "Västerbottens län" and no municipality code',
        actual: 'Västerbottens län',
      },
      expect.objectContaining({ line: 30, actual: 'västerbotten' }),
      expect.objectContaining({ line: 31, actual: 'Skåne  län' }),
    ])
    expect(unaccountedLines(text)).toEqual([])
  })

  test('a municipality that shares its name with a county stays a municipality', () => {
    const text = SHEET.replace(' • Gävle\n • Sandviken', ' • Gotland\n • Uppsala')
    const { project, diagnostics } = parseSheet(text)
    expect(project?.municipalities).toEqual([
      { name: 'Gotland', code: '0980', county: 'Gotlands län' },
      { name: 'Uppsala', code: '0380', county: 'Uppsala län' },
    ])
    expect(diagnostics.filter((d) => d.code === 'county-in-municipality-list')).toEqual([])
  })

  test('a list heading with no items is a truncated list', () => {
    const text = SHEET.replace(' • Gävle\n • Sandviken', '').trimEnd()
    const { project, diagnostics } = parseSheet(text)
    expect(project?.municipalities).toEqual([])
    expect(diagnostics.find((d) => d.code === 'truncated-list')).toMatchObject({
      severity: 'warning',
      line: 26,
      field: 'municipalities',
    })
  })

  test('a sheet cut in its last municipality keeps the cut name', () => {
    const text = SHEET.replace(' • Sandviken', ' • Sandvi')
    const { project, diagnostics } = parseSheet(text)
    expect(project?.municipalities.at(-1)).toEqual({ name: 'Sandvi', code: null, county: null })
    expect(diagnostics.at(-1)).toMatchObject({ code: 'truncated-list', line: 29, actual: 'Sandvi' })
  })

  test('a sheet cut mid-sentence keeps the cut word, with an info', () => {
    const text = SHEET.slice(0, SHEET.indexOf('gymnasieex') + 'gymnasieex'.length)
    const { project, diagnostics } = parseSheet(text)
    expect(project?.sections.background).toEqual(
      'Kommunerna i länet har många unga utan gymnasieex',
    )
    expect(diagnostics.at(-1)).toMatchObject({
      code: 'truncated-input',
      severity: 'info',
      line: 24,
      column: 50,
    })
  })
})
