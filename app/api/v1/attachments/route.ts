import { requireUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { readBodyCapped } from "@/lib/http/body";
import { route, methodNotAllowed } from "@/lib/http/route";
import { consumeOrThrow, limiter } from "@/lib/rate-limit";
import { createAttachment } from "@/lib/services/attachments/create-attachment";
import { MAX_ATTACHMENT_BYTES } from "@/lib/contracts/attachment";
import { uploadPurposeSchema } from "@/lib/contracts/uploads";

/** Upload one file (multipart field "file"); `?purpose=chat|ticket` picks the allowed types. */
export const POST = route(
  async ({ req, actor, query }) => {
    const uploader = requireUser(actor);
    const { purpose } = query(uploadPurposeSchema);
    await consumeOrThrow(limiter("upload", 30, 60), uploader.id);
    // Counted while the body streams in (a chunked upload has no Content-Length to refuse it by).
    const tooLarge = new AppError("PAYLOAD_TOO_LARGE", "fileTooLarge", { maxMb: MAX_ATTACHMENT_BYTES / 1024 / 1024 });
    const body = await readBodyCapped(req, MAX_ATTACHMENT_BYTES + 64 * 1024, tooLarge);
    const form = await new Response(Buffer.from(body), {
      headers: { "content-type": req.headers.get("content-type") ?? "" },
    })
      .formData()
      .catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File)) throw new AppError("BAD_REQUEST", "fileMissing");
    const attachment = await createAttachment({
      actor: uploader,
      filename: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      purpose,
    });
    return Response.json({ attachment }, { status: 201 });
  },
  { body: "multipart" },
);

export { methodNotAllowed as GET, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE };
