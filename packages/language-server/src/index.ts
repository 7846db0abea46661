export { startServer, type ServerOptions } from './server/start-server.js'
