import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

test.each([
  ['@projektbank/seeded-index', () => import('../src/index.js')],
  ['@projektbank/seeded-index/bench', () => import('../src/bench.js')],
])('the README names every export of %s', async (_, load) => {
  const unnamed = Object.keys(await load()).filter((name) => !readme.includes(`\`${name}`))
  expect(unnamed).toEqual([])
})
