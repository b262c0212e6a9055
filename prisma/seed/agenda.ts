import { DEMO_AGENDA, DEMO_ROOMS, DEMO_SPEAKERS } from "./agenda-data";
import type { SeedContext } from "./context";
import { wibAt, wibDayOf } from "./schedule";

// Rooms, speakers and sessions of the demo event. Only rooms have a unique key in the schema, so
// speakers are identified by (event, name) and sessions by (event, title, start) before creating.

export async function seedDemoAgenda(ctx: SeedContext, event: { id: string; startsAt: Date }): Promise<void> {
  const { tx } = ctx;
  const eventId = event.id;

  const roomIds = new Map<string, string>();
  for (const room of DEMO_ROOMS) {
    const row = await ctx.findOrCreate(
      () => tx.room.findUnique({ where: { eventId_name: { eventId, name: room.name } }, select: { id: true } }),
      () => tx.room.create({ data: { ...room, eventId }, select: { id: true } }),
    );
    roomIds.set(room.name, row.id);
  }

  const speakerIds = new Map<string, string>();
  for (const [key, speaker] of Object.entries(DEMO_SPEAKERS)) {
    const row = await ctx.findOrCreate(
      () => tx.speaker.findFirst({ where: { eventId, name: speaker.name }, select: { id: true } }),
      () => tx.speaker.create({ data: { ...speaker, eventId }, select: { id: true } }),
    );
    speakerIds.set(key, row.id);
  }

  // Days count from the stored start, not from today, so a re-run on a later day finds the
  // sessions it created before instead of adding a second programme.
  const firstDay = wibDayOf(event.startsAt);
  for (const item of DEMO_AGENDA) {
    const startsAt = wibAt(firstDay + item.day, item.from);
    const session = await ctx.findOrCreate(
      () => tx.agendaSession.findFirst({ where: { eventId, title: item.title, startsAt }, select: { id: true } }),
      () =>
        tx.agendaSession.create({
          select: { id: true },
          data: {
            eventId,
            title: item.title,
            kind: item.kind,
            description: item.description ?? null,
            startsAt,
            endsAt: wibAt(firstDay + item.day, item.to),
            roomId: item.room === null ? null : (roomIds.get(item.room) ?? null),
          },
        }),
    );

    for (const [sortOrder, { key, role }] of item.speakers.entries()) {
      const speakerId = speakerIds.get(key);
      if (!speakerId) throw new Error(`agenda names unknown speaker "${key}"`);
      const id = { sessionId: session.id, speakerId };
      await ctx.findOrCreate(
        () => tx.sessionSpeaker.findUnique({ where: { sessionId_speakerId: id }, select: { sessionId: true } }),
        () => tx.sessionSpeaker.create({ data: { ...id, role, sortOrder }, select: { sessionId: true } }),
      );
    }
  }
}
