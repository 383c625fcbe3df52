import type { Project } from '@projektbank/model'
import { h } from './_dom.js'
import { beginLoad } from './_in-flight.js'
import { fetchProject } from './api.js'
import { config, elements } from './elements.js'
import { formatted, integer, joined, kronor, percent, period } from './format.js'
import { pageUrl } from './url-state.js'

type SectionName = keyof Project['sections']

/** Shows one whole project over the results, and moves the focus to its title. */
export async function showProject(id: string): Promise<void> {
  const { searchView, projectView, statsView } = elements
  const controller = beginLoad()
  document.body.dataset.view = 'project'
  searchView.hidden = true
  statsView.hidden = true
  projectView.hidden = false
  projectView.setAttribute('aria-busy', 'true')
  projectView.replaceChildren(backLink(), h('p', {}, 'Hämtar projektet …'))
  try {
    renderProject(await fetchProject(id, controller.signal))
  } catch (error) {
    if (controller.signal.aborted) return
    projectView.replaceChildren(
      backLink(),
      h('h2', { id: 'project-title', tabindex: '-1' }, 'Projektet kunde inte visas'),
      h(
        'p',
        { class: 'error', role: 'alert' },
        error instanceof Error ? error.message : String(error),
      ),
    )
  } finally {
    projectView.setAttribute('aria-busy', 'false')
  }
  document.getElementById('project-title')?.focus()
  window.scrollTo(0, 0)
}

function backLink(): HTMLParagraphElement {
  const results = pageUrl(new URLSearchParams(location.search), location.pathname)
  return h('p', {}, h('a', { href: results, class: 'back' }, '← Tillbaka till sökresultaten'))
}

function renderProject(project: Project): void {
  document.title = `${project.title ?? project.id} – Projektbank`
  const facts: [string, string | Node | null][] = [
    ['Projektägare', project.owner],
    ['Organisationsnummer', project.ownerOrgNumber],
    ['Region', project.region],
    ['Programområde', joined(' ', project.programArea?.code, project.programArea?.name)],
    ['Fas', project.phase],
    ['Period', project.period ? period(project.period.start, project.period.end) : null],
    ['ESF-stöd', formatted(project.esfGrant, kronor)],
    ['Total budget', formatted(project.totalBudget, kronor)],
    ['Redovisade kostnader', formatted(project.reportedCosts, kronor)],
    ['ESF-andel', formatted(project.esfShare, percent)],
    ['Projektnummer', project.projectNumber],
    ['Diarienummer', project.caseNumber],
    ['Utlysning', project.call],
    ['Planerat antal deltagare', formatted(project.plannedParticipants, integer)],
    ['Specifikt mål', project.specificObjective],
    ['Medfinansieringsgrad', formatted(project.cofinancingRate, percent)],
    ['Insatstyp', project.interventionType],
    ['Fond', project.fund],
    ['Program (CCI)', project.programmeCci],
    ['Land', project.country],
    ['NUTS 2', project.nuts2],
    [
      'Mottagare',
      joined(
        ', ',
        project.recipientAddress,
        joined(' ', project.recipientPostalCode, project.recipientCity),
      ),
    ],
    [
      'Strategisk betydelse',
      project.strategicImportance === null ? null : project.strategicImportance ? 'Ja' : 'Nej',
    ],
    ['Sekundära teman', joined(', ', ...project.secondaryThemes)],
    ['År', joined(', ', ...project.years.map(String))],
    ['Kontaktperson', project.contact ? contactNode(project.contact) : null],
  ]
  const sections = Object.entries(config.sections).flatMap(([name, heading]) => {
    const text = project.sections[name as SectionName]
    return text ? [textSection(heading, text, name)] : []
  })
  const others = project.otherSections.map((s) => textSection(s.heading, s.text, 'other'))
  elements.projectView.replaceChildren(
    backLink(),
    h('h2', { id: 'project-title', tabindex: '-1' }, project.title ?? project.id),
    h(
      'dl',
      { class: 'facts' },
      ...facts.flatMap(([term, value]) =>
        value === null || value === '' ? [] : [h('div', {}, h('dt', {}, term), h('dd', {}, value))],
      ),
    ),
    ...sections,
    ...others,
    listSection(
      'Kommuner',
      project.municipalities.map((m) => (m.county ? `${m.name} (${m.county})` : m.name)),
      'municipalities',
    ),
    listSection('Samarbetspartners', project.partners, 'partners'),
    listSection('Deltagande aktörer', project.actors, 'actors'),
    listSection(
      'Målgrupper',
      project.targetGroups.map((t) => `${t.group} – ”${t.evidence}”`),
      'target-groups',
    ),
    h(
      'p',
      { class: 'quiet' },
      h('a', { href: `projects/${encodeURIComponent(project.id)}` }, 'Projektet som JSON'),
    ),
  )
}

function contactNode(contact: NonNullable<Project['contact']>): HTMLSpanElement | null {
  const parts: (Node | string)[] = []
  if (contact.name) parts.push(contact.name)
  if (contact.email) parts.push(h('a', { href: `mailto:${contact.email}` }, contact.email))
  if (contact.phone) parts.push(h('a', { href: `tel:${contact.phone}` }, contact.phone))
  if (parts.length === 0) return null
  const node = h('span', {})
  for (const [i, part] of parts.entries()) node.append(...(i ? [', ', part] : [part]))
  return node
}

function textSection(heading: string, text: string, name: string): HTMLElement {
  return h(
    'section',
    { class: 'project-section', 'data-section': name },
    h('h3', {}, heading),
    ...text.split(/\n\s*\n/).map((paragraph) => h('p', {}, paragraph)),
  )
}

function listSection(heading: string, items: string[], name: string): HTMLElement | '' {
  if (items.length === 0) return ''
  return h(
    'section',
    { class: 'project-section', 'data-section': name },
    h('h3', {}, heading),
    h('ul', {}, ...items.map((item) => h('li', {}, item))),
  )
}
