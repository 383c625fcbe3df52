import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TargetGroupMatch } from '@projektbank/model'

/** One hand-labelled sheet: its text (a layout E page) and the groups a reader would assign. */
export interface LabelledSheet {
  readonly title: string
  readonly sheet: string
  readonly groups: readonly string[]
}

/** The labelled set shipped with the package's benches. */
export const LABELLED_SHEETS_FILE = join(import.meta.dirname, 'target-groups/labelled-sheets.txt')

/** Sheets written after the context rules, run once out of sample, then used to fix three gaps. */
export const HELD_OUT_SHEETS_FILE = join(import.meta.dirname, 'target-groups/held-out-sheets.txt')

/**
 * Reads the labelled set: blocks that start with `## <title line>`, then `groups: a, b` (or
 * `-`), then the prose; `#` lines before the first block are comments.
 *
 * @example
 * readLabelledSheets()[0]?.groups // []
 */
export function readLabelledSheets(file: string = LABELLED_SHEETS_FILE): LabelledSheet[] {
  const blocks = readFileSync(file, 'utf8').split(/^## /m).slice(1)
  return blocks.map((block) => {
    const [titleLine = '', groupsLine = '', ...prose] = block.trimEnd().split('\n')
    const groups = /^groups: (.*)$/.exec(groupsLine)?.[1]
    if (groups === undefined) throw new Error(`"${titleLine}" has no "groups:" line`)
    return {
      title: titleLine,
      sheet: [titleLine, ...prose].join('\n'),
      groups: groups.trim() === '-' ? [] : groups.split(',').map((g) => g.trim()),
    }
  })
}

/** Counts over (sheet, group) pairs. */
export interface Score {
  readonly truePositives: number
  readonly falsePositives: number
  readonly falseNegatives: number
  readonly precision: number
  readonly recall: number
}

/** What went wrong on one sheet, for the report. */
export interface Miss {
  readonly title: string
  readonly group: string
  readonly kind: 'false positive' | 'false negative'
  /** The supporting sentence of a false positive. */
  readonly evidence: string | null
}

/**
 * Scores detected groups against the labels: precision and recall over (sheet, group) pairs.
 *
 * @example
 * scoreTargetGroups(sheets, (sheet) => parseSheet(sheet).project?.targetGroups ?? []).score.precision
 */
export function scoreTargetGroups(
  sheets: readonly LabelledSheet[],
  detect: (sheet: string) => readonly TargetGroupMatch[],
): { score: Score; misses: Miss[] } {
  let truePositives = 0
  const misses: Miss[] = []
  for (const { title, sheet, groups } of sheets) {
    const found = detect(sheet)
    for (const match of found) {
      if (groups.includes(match.group)) truePositives += 1
      else
        misses.push({ title, group: match.group, kind: 'false positive', evidence: match.evidence })
    }
    for (const group of groups) {
      if (!found.some((match) => match.group === group)) {
        misses.push({ title, group, kind: 'false negative', evidence: null })
      }
    }
  }
  const falsePositives = misses.filter((m) => m.kind === 'false positive').length
  const falseNegatives = misses.length - falsePositives
  return {
    score: {
      truePositives,
      falsePositives,
      falseNegatives,
      precision: truePositives / Math.max(1, truePositives + falsePositives),
      recall: truePositives / Math.max(1, truePositives + falseNegatives),
    },
    misses,
  }
}
