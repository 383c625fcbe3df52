import { HOLDOUT_JUDGMENTS_FILE, JUDGMENTS_FILE } from '../src/paths.js'
import { testSharedCorpusSet } from './_shared-corpus-set.js'

await testSharedCorpusSet({
  name: 'holdout-judgments.json',
  file: HOLDOUT_JUDGMENTS_FILE,
  minQueries: 40,
  minPerKind: 3,
  notIn: [JUDGMENTS_FILE],
})
