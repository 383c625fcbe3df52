import { expect } from 'vitest'
import { BLIND_JUDGMENTS_FILE, HOLDOUT_JUDGMENTS_FILE, JUDGMENTS_FILE } from '../src/paths.js'
import { testSharedCorpusSet } from './_shared-corpus-set.js'

await testSharedCorpusSet({
  name: 'blind-judgments.json',
  file: BLIND_JUDGMENTS_FILE,
  minQueries: 50,
  minPerKind: 5,
  notIn: [JUDGMENTS_FILE, HOLDOUT_JUDGMENTS_FILE],
  onSheets: {
    title: 'holds 60 queries and 1 800 judged pairs, 185 of them relevant',
    check: (queries) => {
      const grades = queries.flatMap((q) => Object.values(q.judgments))
      expect([queries.length, grades.length, grades.filter((g) => g > 0).length]).toEqual([
        60, 1800, 185,
      ])
    },
  },
})
