import { describe, expect, test } from 'vitest'
import { isAdjectiveInflection, isPastParticiple } from '../src/compound/_adjective-head.js'
import { analyzer } from './_analyzer.js'

const partsOf = (word: string) =>
  analyzer.splitCompound(word)?.parts.map((part) => `${part.text}→${part.lemma}`)

describe('compounds with an adjective or participle head', () => {
  test('a participle the dictionary lists as an adjective splits, in every form', () => {
    expect(partsOf('stressrelaterad')).toEqual(['stress→stress', 'relaterad→relaterad'])
    expect(partsOf('stressrelaterade')).toEqual(['stress→stress', 'relaterade→relaterad'])
    expect(partsOf('arbetsrelaterade')).toEqual(['arbets→arbete', 'relaterade→relaterad'])
    expect(partsOf('yrkesinriktade')).toEqual(['yrkes→yrke', 'inriktade→inriktad'])
    expect(partsOf('webbaserat')).toEqual(['webb→webb', 'baserat→baserad'])
    expect(analyzer.splitCompound('stressrelaterade')?.lemma).toBe('stressrelaterad')
  })

  test('an adjective head read by the dictionary as a homograph splits as the adjective', () => {
    expect(partsOf('långtidssjuka')).toEqual(['långtids→långtids', 'sjuka→sjuk']) // not "sjuka"
    expect(partsOf('samhällsekonomiska')).toEqual(['samhälls→samhälle', 'ekonomiska→ekonomisk'])
    expect(partsOf('träffsäkra')).toEqual(['träff→träff', 'säkra→säker'])
  })

  test('the part and the verb behind the participle are index terms', () => {
    expect(analyzer.analyzeWord('stressrelaterade').terms).toEqual([
      'stressrelaterade',
      'stressrelaterad',
      'stress',
      'relaterad',
      'relatera',
    ])
    expect(analyzer.analyzeText('Stressrelaterad ohälsa')).toContain('stress')
  })

  test('words with a short or unlicensed part, or a noun head, stay whole', () => {
    // Parts under four letters: "jäm", "an", "ny", "be", and the three-letter base "lös".
    for (const word of ['jämställd', 'anställd', 'nyanlända', 'behöriga', 'arbetslösa']) {
      expect(analyzer.splitCompound(word), word).toBeUndefined()
    }
    // "formarna" inflects "formare", not "form"; "hättan" is no adjective.
    for (const word of ['plattformarna', 'trollhättan', 'fullständiga']) {
      expect(analyzer.splitCompound(word), word).toBeUndefined()
    }
    // "född" is no compound head in the dictionary.
    expect(analyzer.splitCompound('utrikesfödda')).toBeUndefined()
  })
})

describe('adjectives in -isk', () => {
  test('a compound splits in every form, its head read as the adjective, not the noun', () => {
    expect(partsOf('samhällsekonomisk')).toEqual(['samhälls→samhälle', 'ekonomisk→ekonomisk'])
    expect(partsOf('samhällsekonomiska')).toEqual(['samhälls→samhälle', 'ekonomiska→ekonomisk'])
    expect(analyzer.analyzeWord('samhällsekonomiska').terms).not.toContain('ekonom')
  })

  test('one derived from a noun splits where the noun does, or not at all', () => {
    // neurolog + isk, not neuro + logisk (logical); radiolog + isk, not radio + logisk.
    for (const word of ['neurologisk', 'neurologiska', 'radiologiskt', 'datalogisk']) {
      expect(analyzer.splitCompound(word), word).toBeUndefined()
    }
    // "smittorisk" ends in -isk but is smitta + risk: "smittor" is no base form.
    expect(partsOf('smittorisk')).toEqual(['smitto→smitta', 'risk→risk'])
  })

  test('a Latin prefix spelt like a word is not split off an adjective as that word', () => {
    // The dictionary knows "post" only as the mail, "mikro" as the microwave oven.
    for (const word of ['posttraumatisk', 'posttraumatiska', 'postmodern', 'postkoloniala']) {
      expect(analyzer.splitCompound(word), word).toBeUndefined()
    }
    expect(analyzer.splitCompound('mikroekonomiska')).toBeUndefined()
    // Before a noun the word is the noun, also in a noun's form of an adjective's spelling.
    expect(partsOf('postkontor')).toEqual(['post→post', 'kontor→kontor'])
    expect(partsOf('postterminalen')).toEqual(['post→post', 'terminalen→terminal'])
  })
})

describe('isAdjectiveInflection', () => {
  test('the base with -a, -e or -t, a -d participle with -t, and -el/-en/-er contracted', () => {
    expect(isAdjectiveInflection('relaterad', 'relaterad')).toBe(true)
    expect(isAdjectiveInflection('relaterade', 'relaterad')).toBe(true)
    expect(isAdjectiveInflection('relaterat', 'relaterad')).toBe(true)
    expect(isAdjectiveInflection('sjuka', 'sjuk')).toBe(true)
    expect(isAdjectiveInflection('säkra', 'säker')).toBe(true)
    expect(isAdjectiveInflection('drivna', 'driven')).toBe(true)
    expect(isAdjectiveInflection('enkla', 'enkel')).toBe(true)
  })

  test('noun inflections and other words are not', () => {
    expect(isAdjectiveInflection('formarna', 'form')).toBe(false)
    expect(isAdjectiveInflection('träffar', 'träff')).toBe(false)
    expect(isAdjectiveInflection('roller', 'roll')).toBe(false)
    expect(isAdjectiveInflection('sjukas', 'sjuk')).toBe(false)
    expect(isAdjectiveInflection('hätta', 'hättan')).toBe(false)
  })
})

describe('isPastParticiple', () => {
  test('an -a verb with -d', () => {
    expect(isPastParticiple('relaterad', 'relatera')).toBe(true)
    expect(isPastParticiple('inriktad', 'inrikta')).toBe(true)
  })

  test('not a derivation, an adjective ending or a noun form', () => {
    expect(isPastParticiple('traumatisk', 'traumat')).toBe(false)
    expect(isPastParticiple('ständiga', 'ständig')).toBe(false)
    expect(isPastParticiple('hättan', 'hätta')).toBe(false)
  })
})
