import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as download } from "@/app/api/v1/attachments/[attachmentId]/route";
import { POST as upload } from "@/app/api/v1/attachments/route";
import { getPrisma } from "@/lib/db/client";
import { createUser, sessionCookie } from "../factories/users";
import { noParams, request, withParams } from "../helpers/http";

// A 1×1 PNG.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
// The start of a Windows executable ("MZ" header), as a disguised file would carry it.
const EXE = Buffer.concat([Buffer.from("4d5a90000300000004000000ffff0000", "hex"), Buffer.alloc(200)]);

async function post(cookie: string, name: string, bytes: Uint8Array, purpose = "chat") {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], name));
  const req = new NextRequest(`http://localhost:3000/api/v1/attachments?purpose=${purpose}`, {
    method: "POST",
    body: form,
    headers: { cookie, "accept-language": "en" },
  });
  return upload(req, noParams);
}

describe("attachments", () => {
  it("stores an image with its sniffed type and serves it back to its uploader only", async () => {
    const [owner, stranger] = await Promise.all([createUser(), createUser()]);
    const response = await post(await sessionCookie(owner.id), "screenshot.png", PNG);
    expect(response.status).toBe(201);
    const { attachment } = await response.json();
    expect(attachment).toMatchObject({ filename: "screenshot.png", mimeType: "image/png", size: PNG.length });

    const mine = await download(
      request(attachment.url, { cookie: await sessionCookie(owner.id) }),
      withParams({ attachmentId: attachment.id }),
    );
    expect(mine.status).toBe(200);
    expect(mine.headers.get("content-type")).toBe("image/png");
    expect(mine.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await mine.arrayBuffer()).equals(PNG)).toBe(true);

    const theirs = await download(
      request(attachment.url, { cookie: await sessionCookie(stranger.id) }),
      withParams({ attachmentId: attachment.id }),
    );
    expect(theirs.status).toBe(404);
    const anonymous = await download(request(attachment.url), withParams({ attachmentId: attachment.id }));
    expect(anonymous.status).toBe(404);
  });

  it("refuses an executable renamed .png, an oversized file and an empty one, storing nothing", async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user.id);
    const disguised = await post(cookie, "invoice.png", EXE);
    expect(disguised.status).toBe(415);
    expect((await disguised.json()).error.message).toMatch(/not accepted/);

    const huge = await post(cookie, "big.png", Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]));
    expect(huge.status).toBe(413);
    expect((await post(cookie, "empty.png", new Uint8Array())).status).toBe(400);

    const prisma = await getPrisma();
    expect(await prisma.attachment.count({ where: { uploaderId: user.id } })).toBe(0);
  });

  it("asks anonymous uploaders to log in", async () => {
    const response = await upload(request("/api/v1/attachments", { method: "POST", locale: "en" }), noParams);
    expect(response.status).toBe(401);
  });
});
