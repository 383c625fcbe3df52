import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

test('the README names every export of the package', async () => {
  const unnamed = Object.keys(await import('../src/index.js')).filter(
    (name) => !readme.includes(`\`${name}`),
  )
  expect(unnamed).toEqual([])
})
