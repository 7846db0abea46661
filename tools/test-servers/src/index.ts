export {
  closeAll,
  closedPort,
  startRawServer,
  startServer,
  type Handler,
  type RecordedRequest,
  type TestServer
} from './servers.js'
