import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { POST as upload } from "@/app/api/v1/attachments/route";
import { getPrisma } from "@/lib/db/client";
import { deleteUnattachedAttachments } from "@/lib/services/attachments/delete-unattached-attachments";
import { cleanFilename } from "@/lib/attachments/filename";
import { createUser, sessionCookie } from "../factories/users";
import { noParams } from "../helpers/http";
import { PNG } from "../helpers/tickets-api";

async function uploadAs(cookie: string, name: string, bytes: Uint8Array) {
  const form = new FormData();
  form.set("file", new File([Buffer.from(bytes)], name));
  return upload(
    new NextRequest("http://localhost:3000/api/v1/attachments?purpose=chat", {
      method: "POST",
      body: form,
      headers: { cookie },
    }),
    noParams,
  );
}

describe("upload names", () => {
  it.each([
    ["invoice\u202egnp.exe", "image/png", "invoicegnp.png"],
    ["photo.exe", "image/png", "photo.png"],
    ["../../etc/passwd", "application/pdf", "passwd.pdf"],
    ["C:\\Users\\x\\scan.JPG", "image/jpeg", "scan.jpg"],
    ["\u2066report\u2069.pdf", "application/pdf", "report.pdf"],
    ["zero\u200bwidth.png", "image/png", "zerowidth.png"],
    ["bell\u0007.gif", "image/gif", "bell.gif"],
    [".htaccess", "image/png", "htaccess.png"],
    ["", "image/webp", "file.webp"],
    ["clip.mov", "video/quicktime", "clip.mov"],
  ])("%j served as %s is stored as %j", (name, type, expected) => expect(cleanFilename(name, type)).toBe(expected));

  it("stores the cleaned name through the route", async () => {
    const cookie = await sessionCookie((await createUser()).id);
    const response = await uploadAs(cookie, "cat\u202egnp.exe", new Uint8Array(PNG));
    expect(response.status).toBe(201);
    expect((await response.json()).attachment.filename).toBe("catgnp.png");
  });
});

describe("upload size while streaming", () => {
  it("refuses a 20 MB body without Content-Length after reading just past the limit", async () => {
    const cookie = await sessionCookie((await createUser()).id);
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 20) return controller.close();
        sent++;
        controller.enqueue(chunk);
      },
    });
    const init = {
      method: "POST",
      body,
      headers: { cookie, "content-type": "multipart/form-data; boundary=x" },
      duplex: "half",
    };
    const req = new NextRequest(
      "http://localhost:3000/api/v1/attachments?purpose=chat",
      init as ConstructorParameters<typeof NextRequest>[1],
    );
    const response = await upload(req, noParams);
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(14);
  });
});

describe("unattached uploads", () => {
  it("are deleted after a day; fresh ones stay", async () => {
    const user = await createUser();
    const cookie = await sessionCookie(user.id);
    const ids = await Promise.all(
      [0, 1].map(
        async () => (await (await uploadAs(cookie, "a.png", new Uint8Array(PNG))).json()).attachment.id as string,
      ),
    );
    const prisma = await getPrisma();
    const old = new Date(Date.now() - 25 * 60 * 60 * 1000);
    await prisma.attachment.updateMany({ where: { id: { in: ids } }, data: { createdAt: old } });
    const fresh = (await (await uploadAs(cookie, "b.png", new Uint8Array(PNG))).json()).attachment.id as string;
    expect(await deleteUnattachedAttachments()).toBeGreaterThanOrEqual(2);
    expect(await prisma.attachment.count({ where: { id: { in: ids } } })).toBe(0);
    expect(await prisma.attachment.count({ where: { id: fresh } })).toBe(1);
  });
});
