import { z } from "zod";

const id = z.string().trim().min(1).max(64);

export const markNotificationsReadSchema = z.object({ ids: z.array(id).max(200).optional() });
export const listNotificationsSchema = z.object({ limit: z.coerce.number().int().min(1).max(50).default(20) });
export const outboxQuerySchema = z.object({
  status: z.enum(["PENDING", "SENT", "FAILED"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

/** An in-app notification as the bell shows it (also the payload of `notification.created`). */
export type NotificationDto = {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt?: string;
  readAt?: string | null;
};
