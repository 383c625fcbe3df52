import type { Layout, Project } from '@projektbank/model'

// Not the parser's createDraft (_context.ts): that is its private draft of printed values
// (titleLine, hasContact, …), not a Project, and a published package exports no test scaffolding.

/**
 * A project with every optional field empty, to be filled in by fixtures and generators.
 * `id` and `source` are placeholders: the parser derives both from the sheet.
 *
 * @example
 * const project = { ...blankProject('C'), title: 'Hela vägen' }
 */
export function blankProject(layout: Layout): Project {
  return {
    id: 'blank',
    title: null,
    layout,
    programArea: null,
    phase: null,
    owner: null,
    contact: null,
    esfGrant: null,
    totalBudget: null,
    reportedCosts: null,
    period: null,
    region: null,
    projectNumber: null,
    caseNumber: null,
    call: null,
    plannedParticipants: null,
    specificObjective: null,
    cofinancingRate: null,
    interventionType: null,
    fund: null,
    programmeCci: null,
    country: null,
    ownerOrgNumber: null,
    nuts2: null,
    recipientPostalCode: null,
    recipientAddress: null,
    recipientCity: null,
    strategicImportance: null,
    secondaryThemes: [],
    sections: {
      summary: null,
      background: null,
      purpose: null,
      goals: null,
      accessibility: null,
      genderEquality: null,
      transnational: null,
    },
    otherSections: [],
    partners: [],
    actors: [],
    municipalities: [],
    targetGroups: [],
    years: [],
    esfShare: null,
    source: { sha256: '0'.repeat(64), bytes: 0 },
  }
}
