// The bad-input corpus (docs/security.md): what an attacker or a broken client sends. Every route and socket command
// must answer it with a 4xx (or a success), never a 500, and store nothing half-way.

const LONG = "A".repeat(200_000);

/** Values put into every field of a body, one at a time. */
export const BAD_VALUES: unknown[] = [
  "\u0000",
  "名字\u0000后",
  "bell\u0007",
  "\u001b[31mred",
  "\ud800",
  "x\udc00y",
  "\u202egnp.exe",
  "\u2066isolate\u2069",
  LONG,
  "",
  "   ",
  2 ** 31,
  2 ** 53 + 2,
  -1,
  -(2 ** 31) - 1,
  1e308,
  -1e308,
  0.5,
  null,
  true,
  [],
  {},
  ["\u0000"],
  { nested: "\u0000" },
  "-100000-01-01T00:00:00.000Z",
  "+275760-09-13T00:00:00.000Z",
  "%E0%A4%A",
  "../../etc/passwd",
];

/** Field names the routes and commands read, so a bad value reaches each schema's fields. */
export const FIELDS = [
  "name",
  "email",
  "password",
  "body",
  "subject",
  "description",
  "title",
  "topic",
  "clientId",
  "comment",
  "status",
  "priority",
  "locale",
  "slug",
  "categoryId",
  "afterSeq",
  "seq",
  "score",
  "helpful",
  "toAgentId",
  "toTeamId",
  "assigneeId",
  "teamId",
  "tags",
  "ids",
  "tickets",
  "action",
  "internal",
  "attachmentIds",
  "translations",
  "publish",
  "baseUpdatedAt",
  "startsAt",
  "endsAt",
  "q",
  "key",
  "number",
  "replying",
  "typing",
  "conversationId",
  "message",
  "limit",
  "cursor",
  "name",
  "notice",
  "position",
];

/** Whole bodies that are broken in themselves. */
export function badRawBodies(): string[] {
  return [
    "{",
    "null",
    "[]",
    '"text"',
    "1e999",
    "[".repeat(50_000) + "]".repeat(50_000),
    '{"a":'.repeat(5_000) + "1" + "}".repeat(5_000),
    JSON.stringify({ body: "a".repeat(5 * 1024 * 1024) }),
    "\u0000",
    '{"body":"\\u0000"}',
    '{"name":"\\ud800"}',
    "\ufeff{}",
  ];
}

/** Query parameter names the GET routes read. */
export const QUERY_NAMES = [
  "q",
  "afterSeq",
  "limit",
  "cursor",
  "status",
  "email",
  "page",
  "view",
  "days",
  "locale",
  "category",
  "key",
  "purpose",
  "drafts",
  "priority",
  "missing",
  "pageSize",
];

/** Route segments that are broken, for every dynamic route. */
export const BAD_SEGMENTS = ["%E0%A4%A", "%", "%00", "\u0000", "x".repeat(5000), "BCN-99999999999", "-1", "2147483648"];
