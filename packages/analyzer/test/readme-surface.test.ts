import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

test('the README names every export of both entries', async () => {
  const names = [
    ...Object.keys(await import('../src/index.js')),
    ...Object.keys(await import('../src/node.js')),
  ]
  expect(names.filter((name) => !readme.includes(`\`${name}`))).toEqual([])
})
