// Imported first by server.ts, before any module that reads the configuration: a bad variable stops the start with
// the message that names it, not with a stack trace from whichever module happened to read it first.
import { ConfigError, loadConfig } from "./config";

try {
  loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
