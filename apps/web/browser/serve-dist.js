// @ts-check
// A static file server for the built site, on loopback only, for the browser
// tests and the screenshots: it answers as a static host does (a folder's
// index.html, 404.html with status 404), and nothing more.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'

const contentTypes = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8'
})

/**
 * The file a request path names inside `root`, or undefined when there is
 * none. Paths that climb out of `root` name nothing.
 *
 * @param {string} root
 * @param {string} pathname
 * @returns {Promise<string | undefined>}
 */
async function fileFor(root, pathname) {
  let decoded
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return undefined
  }
  const path = normalize(join(root, decoded))
  if (path !== root && !path.startsWith(root + sep)) return undefined
  for (const candidate of [path, join(path, 'index.html')]) {
    const stats = await stat(candidate).catch(() => undefined)
    if (stats?.isFile()) return candidate
  }
  return undefined
}

/**
 * Serve `root` on 127.0.0.1 at a free port.
 *
 * @example
 *   const site = await serveDist('apps/web/dist')
 *   await fetch(`${site.url}api/roadmaps.json`)
 *   await site.close()
 *
 * @param {string} root the folder to serve, such as `dist`
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} `url` ends with `/`
 */
export async function serveDist(root) {
  const absoluteRoot = resolve(root)
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1')
    const file = await fileFor(absoluteRoot, pathname)
    const served = file ?? join(absoluteRoot, '404.html')
    response.writeHead(file ? 200 : 404, {
      'Content-Type': contentTypes[extname(served)] ?? 'application/octet-stream'
    })
    if (request.method === 'HEAD') return response.end()
    createReadStream(served)
      .on('error', () => response.end())
      .pipe(response)
  })
  await new Promise((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolveListen(undefined))
  })
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('The site server has no TCP address')
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections()
        server.close(() => resolveClose())
      })
  }
}
