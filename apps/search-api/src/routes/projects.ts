import { createRoute, z } from '@hono/zod-openapi'
import { ProjectSchema } from '@projektbank/model'
import { createRouter, type RouteDeps, upstreamSignal } from '../_router.js'
import { publishedContact } from '../contact-policy.js'
import { quoteFilterValue } from '../filter.js'
import { ProblemError, problemResponses } from '../problems.js'

const ParamsSchema = z.object({
  id: ProjectSchema.shape.id.meta({
    description: 'Project id: lower-case letters, digits, `_` and `-`',
    example: '2010-3040046',
    param: { name: 'id', in: 'path' },
  }),
})

const projectRoute = createRoute({
  method: 'get',
  path: '/projects/{id}',
  summary: 'One whole project',
  description:
    'The whole `Project` as parsed from its sheet, except that `contact` holds only what the deployment publishes (`PUBLIC_CONTACT`: nothing, the name, or name, e-mail and phone).',
  request: { params: ParamsSchema },
  responses: {
    200: {
      description: 'The project',
      content: { 'application/json': { schema: ProjectSchema } },
    },
    ...problemResponses(400, 404, 429, 503, 504),
  },
})

/**
 * `GET /projects/:id`.
 *
 * @example
 * await app.request('/projects/2010-3040046')
 */
export function projectRoutes(deps: RouteDeps) {
  return createRouter().openapi(projectRoute, async (c) => {
    const { id } = c.req.valid('param')
    // The id is validated against the model's pattern; it is quoted all the same.
    const result = await deps.search.search(
      { filter: `id = ${quoteFilterValue(id)}`, limit: 1, attributesToRetrieve: ['project'] },
      upstreamSignal(deps.config),
    )
    const project = result.hits[0]?.project as z.infer<typeof ProjectSchema> | undefined
    if (!project) throw new ProblemError('not-found', `No project with id "${id}"`)
    const contact = publishedContact(project.contact, deps.config.publicContact)
    return c.json({ ...project, contact }, 200)
  })
}
