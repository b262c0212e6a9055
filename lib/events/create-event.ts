import "server-only";
import { authorize, organizationScope, type Actor } from "@/lib/auth/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { invalidField } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/zod";
import { eventFormSchema, toEventData, type EventFormInput } from "./schema";

export interface CreateEventOptions {
  actor: Actor | null;
  input: EventFormInput;
}

/** A new event starts as a draft: nobody outside the console sees it until it is published. */
export async function createEvent({ actor, input }: CreateEventOptions): Promise<{ id: string; slug: string }> {
  const organizer = authorize(actor, "event:manage");
  const organizationId = organizationScope(organizer, "event:manage");
  const data = toEventData(parseInput(eventFormSchema, input));
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.event.findUnique({ where: { slug: data.slug }, select: { id: true } })) {
        throw invalidField("slug", "events.errors.slugTaken");
      }
      const event = await tx.event.create({
        data: { ...data, status: "DRAFT", organizationId, createdById: organizer.userId },
      });
      await recordAudit(tx, { actor: organizer, action: "event.create", entityType: "Event", entityId: event.id, eventId: event.id, after: event });
      return { id: event.id, slug: event.slug };
    });
  } catch (error) {
    // Two organizers choosing the same address in the same second: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw invalidField("slug", "events.errors.slugTaken");
    }
    throw error;
  }
}
