// Addresses of the public agenda's pages, shared by pages, feeds and the agenda page's script.

export function agendaPath(slug: string): string {
  return `/e/${slug}/agenda`;
}

export function sessionPath(slug: string, sessionId: string): string {
  return `/e/${slug}/agenda/${sessionId}`;
}

export function speakerPhotoPath(slug: string, speakerId: string): string {
  return `/e/${slug}/speakers/${speakerId}/photo`;
}
