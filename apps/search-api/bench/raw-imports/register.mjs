// `node --import ./bench/raw-imports/register.mjs`: lets plain Node (with tsx) run the API from
// src/, which imports its page assets as text (`./page/index.html?raw`) the way Vite and
// tsup.config.ts's esbuild plugin resolve them.
import { register } from 'node:module'

register('./hooks.mjs', import.meta.url)
