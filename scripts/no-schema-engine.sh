#!/bin/sh
echo "The Prisma schema engine binary is not available on this machine; use npm run db:migrate / db:migration." >&2
exit 1
