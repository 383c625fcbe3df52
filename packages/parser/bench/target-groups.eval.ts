/**
 * Target-group detection against a hand-labelled set (`pnpm --filter @projektbank/parser
 * eval:target-groups`): 64 short sheets written for this package, each with the groups a reader
 * would assign, and 20 held-out sheets written after the context rules (their first, out of
 * sample run gave precision 0.857 and recall 0.857; three gaps it showed were fixed). Prints
 * precision and recall over (sheet, group) pairs, for the parser as it is and for plain keyword
 * matching (every term, no context), and lists every miss.
 * Goals: precision ≥ 0.9, recall ≥ 0.85.
 */
import { detectTargetGroups } from '../src/_target-groups.js'
import { parseSheet } from '../src/index.js'
import {
  HELD_OUT_SHEETS_FILE,
  readLabelledSheets,
  type Score,
  scoreTargetGroups,
} from './_labelled-sheets.js'

const sheets = readLabelledSheets()
const heldOut = readLabelledSheets(HELD_OUT_SHEETS_FILE)
const pairs = sheets.reduce((sum, sheet) => sum + sheet.groups.length, 0)

const byParser = (sheet: string) => parseSheet(sheet).project?.targetGroups ?? []
const byTerms = (sheet: string) => detectTargetGroups([sheet.split('\n').slice(1).join('\n')])
const parser = scoreTargetGroups(sheets, byParser)
const keywords = scoreTargetGroups(sheets, byTerms)
const parserHeldOut = scoreTargetGroups(heldOut, byParser)
const keywordsHeldOut = scoreTargetGroups(heldOut, byTerms)

const row = (name: string, score: Score) =>
  `| ${name} | ${score.precision.toFixed(3)} | ${score.recall.toFixed(3)} | ${score.truePositives} | ${score.falsePositives} | ${score.falseNegatives} |`

const heldOutPairs = heldOut.reduce((sum, sheet) => sum + sheet.groups.length, 0)
console.log(`labelled set: ${sheets.length} sheets, ${pairs} (sheet, group) pairs`)
console.log(
  `held-out set: ${heldOut.length} sheets, ${heldOutPairs} pairs (out of sample on its first run only: precision 0.857, recall 0.857)\n`,
)
console.log('| set | detector | precision | recall | true pos. | false pos. | false neg. |')
console.log('| --- | --- | --- | --- | --- | --- | --- |')
console.log(row('labelled | parser (terms + sentence context)', parser.score))
console.log(row('labelled | terms only, no context', keywords.score))
console.log(row('held-out | parser (terms + sentence context)', parserHeldOut.score))
console.log(row('held-out | terms only, no context', keywordsHeldOut.score))
console.log('\nmisses of the parser:')
for (const miss of [...parser.misses, ...parserHeldOut.misses]) {
  const evidence = miss.evidence === null ? '' : ` (evidence "${miss.evidence}")`
  console.log(`  ${miss.kind}: ${miss.title} → ${miss.group}${evidence}`)
}
