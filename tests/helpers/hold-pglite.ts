// Child process for the lock test: opens the embedded database on a directory, prints "ready", waits to be killed.
import { getConnection } from "@/lib/db/client";

await getConnection();
console.log("ready");
setInterval(() => {}, 1000);
