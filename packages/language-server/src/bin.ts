import { startServer } from './server/start-server.js'

startServer()
