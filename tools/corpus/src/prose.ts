import type { Random } from './random.js'
import { VOCABULARY } from './vocabulary.js'

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1)

/**
 * One Swedish-looking sentence built from the vocabulary, e.g. `Dessutom kartlägger projektet
 * språkträning på arbetsplatsen i hela länet.` Sentences always end in a full stop, so a prose
 * line is never mistaken for a heading.
 */
export function sentence(random: Random): string {
  const v = VOCABULARY
  const agency = random.chance(0.2)
  const subject = agency ? random.pick(v.agencies) : random.pick(v.subjects)
  const inner = agency ? subject : lowerFirst(subject)
  const verb = random.pick(v.verbs)
  const object = random.pick(v.objects)
  const adverbial = random.chance(0.6) ? ` ${random.pick(v.adverbials)}` : ''
  switch (random.int(0, 3)) {
    case 0: {
      // Swedish puts the verb second and a verb particle after the subject: "bygger regionen upp".
      const [finite, particle] = verb.split(' ')
      const after = particle === undefined ? '' : ` ${particle}`
      return `${random.pick(v.connectors)} ${finite} ${inner}${after} ${object}${adverbial}.`
    }
    case 1:
      return `${random.pick(v.claims)} ${inner} ${verb} ${object}${adverbial}.`
    default:
      return `${subject} ${verb} ${object}${adverbial}.`
  }
}

/** A paragraph of `count` sentences on one line. */
export function paragraph(random: Random, count: number): string {
  return Array.from({ length: count }, () => sentence(random)).join(' ')
}
