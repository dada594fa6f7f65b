import { describe, expect, it } from "vitest";
import { classifyEmail } from "@/lib/mail/inbound/classify-email";
import { extractReply } from "@/lib/mail/inbound/extract-reply";
import { inboundKey, rawHeaders } from "@/lib/mail/inbound/raw-headers";

const headers = (text: string) => rawHeaders(Buffer.from(`${text}\r\n\r\nbody`));

describe("inbound mail rules", () => {
  it("folds quoted history and signatures away in the usual client styles", () => {
    expect(extractReply("Thanks!\n\nOn Mon, 1 Dec 2026, Beacon <support@beacon.test> wrote:\n> old").body).toBe(
      "Thanks!",
    );
    expect(extractReply("好的\n\n在 2026年12月1日 周二 10:00，Beacon 写道：\n> 旧内容").body).toBe("好的");
    expect(extractReply("Done.\n\nFrom: Beacon Support\nSent: Monday\nTo: me\nSubject: x\n\nold").body).toBe("Done.");
    expect(extractReply("See below\n-----Original Message-----\nold").body).toBe("See below");
    expect(extractReply("Call me\n-- \nLi Lei\n+86 138").body).toBe("Call me");
    expect(extractReply("Sure\n\nSent from my iPhone").body).toBe("Sure");
    // "From:" in the customer's own words is not a quote header.
    expect(extractReply("From: my main account I sent 2 BTC\nto the wrong address").body).toBe(
      "From: my main account I sent 2 BTC\nto the wrong address",
    );
    // Only quotes: the text is kept rather than losing everything.
    expect(extractReply("> only a quote").body).toBe("> only a quote");
  });

  it("recognises auto-replies, bounces and Beacon's own mail (RFC 3834, RFC 3464)", () => {
    const own = ["support@beacon.test"];
    expect(classifyEmail(headers("Auto-Submitted: auto-replied"), "a@x.com", own)).toBe("autoReply");
    expect(classifyEmail(headers("Auto-Submitted: no"), "a@x.com", own)).toBeNull();
    expect(classifyEmail(headers("Precedence: bulk"), "a@x.com", own)).toBe("autoReply");
    expect(classifyEmail(headers("X-Auto-Response-Suppress: All"), "a@x.com", own)).toBe("autoReply");
    expect(
      classifyEmail(
        headers('Content-Type: multipart/report; report-type="delivery-status"; boundary=x'),
        "a@x.com",
        own,
      ),
    ).toBe("bounce");
    expect(classifyEmail(headers("Return-Path: <>"), "a@x.com", own)).toBe("bounce");
    expect(classifyEmail(headers("Subject: x"), "MAILER-DAEMON@mx.example", own)).toBe("bounce");
    expect(classifyEmail(headers("X-Beacon-Outbox-Id: abc"), "a@x.com", own)).toBe("ownMail");
    expect(classifyEmail(headers("Subject: hi"), "Support@Beacon.test", own)).toBe("ownMail");
    expect(classifyEmail(headers("Subject: hi"), null, own)).toBe("noSender");
    expect(classifyEmail(headers("Subject: hi"), "a@x.com", own)).toBeNull();
  });

  it("keys a mail by its Message-ID, or by its bytes when it has none", () => {
    expect(inboundKey(Buffer.from("Message-ID:\r\n <ABC@Example.com>\r\n\r\nx"))).toBe("<abc@example.com>");
    const raw = Buffer.from("Subject: no id\r\n\r\nx");
    expect(inboundKey(raw)).toMatch(/^<sha256\.[0-9a-f]{64}@no-message-id>$/);
    expect(inboundKey(raw)).toBe(inboundKey(Buffer.from(raw)));
  });
});
